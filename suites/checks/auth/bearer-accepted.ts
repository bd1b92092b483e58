import { loggedIn, meWithBearer, succeeded } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { summarize } from '../../support/describe-response';
import { describeReading, readUser, sameUser } from '../../support/user-object';

/** The header the example (and RFC 9110) sends the token in, and the one the prose names. */
const EXAMPLE_HEADER = 'Authorization';
const PROSE_HEADER = 'Authentication';

/**
 * The login Token, sent with the Bearer method, authenticates /users/me as the user who logged in.
 * The document names two headers for it (contradiction auth-header): the token goes in each, one
 * at a time; either one authenticating passes, and the note says which the server accepts.
 * `--strict auth-header=…` requires the one it names. An answer for another user is always wrong.
 */
export const bearerAccepted: Check = async (findings, context) => {
  const session = await loggedIn(context);
  const { bearer, me } = context.contract;
  const sent = [
    { header: EXAMPLE_HEADER, response: await meWithBearer(context) },
    {
      header: PROSE_HEADER,
      response: await context.me({ [PROSE_HEADER.toLowerCase()]: `${bearer.scheme} ${session.token}` }),
    },
  ];
  const tries = sent.map(({ header, response }) => {
    const reading = readUser(response.text, context.contract);
    const same = sameUser(reading, session.user);
    return {
      header,
      response,
      reading,
      otherUser: reading.user !== undefined && !same,
      accepted: succeeded(response) && same,
    };
  });
  const request = (header: string) => `/users/me with ${header}: ${bearer.scheme} <token>`;

  for (const t of tries.filter((t) => t.otherUser))
    findings.violation(
      `${request(t.header)} answers as ${session.user.email}`,
      `${t.response.status} with ${describeReading(t.reading)}`,
      t.response.exchange,
    );

  const accepting = tries.filter((t) => t.accepted).map((t) => t.header);
  const notes = [accepting.length > 0 ? `The server accepts the token in ${accepting.join(' and ')}.` : ''];
  for (const t of tries.filter((t) => !t.accepted)) {
    const answer = t.otherUser
      ? 'it answers for another user'
      : `it answers ${succeeded(t.response) ? summarize(t.response, context) : t.response.status}`;
    notes.push(`With the token in ${t.header}, ${answer}.`);
  }
  findings.note(notes.filter(Boolean).join(' '));

  const strict = context.config.strict.authHeader;
  const required = strict ? tries.filter((t) => t.header.toLowerCase() === strict) : tries;
  if (required.some((t) => t.accepted)) return;
  // A header that authenticated the wrong user is the server's reading; the other one refusing is no news.
  if (!strict && tries.some((t) => t.otherUser)) return;
  for (const t of required.filter((t) => !t.otherUser))
    findings.violation(
      `${request(t.header)} answers ${me.successStatus} with a User object for ${session.user.email}${strict ? ` (--strict auth-header=${strict})` : ''}`,
      summarize(t.response, context),
      t.response.exchange,
    );
};
