import type { IncomingHttpHeaders } from 'node:http';
import { parseCookies } from './cookies';
import { SESSION_COOKIE } from './session-cookie';

/** The tokens a request presents: one in a header with the Bearer method, one in the MMSID cookie. */
export interface PresentedTokens {
  bearer?: string;
  cookie?: string;
}

const BEARER = /^bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * Reads the Bearer token from Authorization (the document's curl example) or, failing that, from
 * Authentication (the document's prose), and the session cookie.
 */
export function presentedTokens(headers: IncomingHttpHeaders): PresentedTokens {
  return {
    bearer: bearerToken(headers.authorization) ?? bearerToken(headers.authentication),
    cookie: parseCookies(headers.cookie).get(SESSION_COOKIE),
  };
}

function bearerToken(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined ? undefined : BEARER.exec(text)?.[1];
}
