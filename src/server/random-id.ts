import { randomBytes } from 'node:crypto';

// Mattermost's id alphabet (base32, lower-case letters and digits): ids look like the document's
// `hyr5dmb1mbb49c44qmx4whniso`. 32 symbols, so one byte masked to 5 bits picks one without bias.
const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';
const ID_LENGTH = 26;

/** A fresh random 26-character id of lower-case letters and digits: request ids and session tokens. */
export function randomId(): string {
  let id = '';
  for (const byte of randomBytes(ID_LENGTH)) id += ALPHABET[byte & 31];
  return id;
}
