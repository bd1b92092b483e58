import type http from 'node:http';
import request from 'supertest';
import { DEMO_ACCOUNT } from '../../../src/server';

/** The body of the document's curl example, byte for byte. */
export const CURL_EXAMPLE_BODY = `{"name":"${DEMO_ACCOUNT.team}","email":"${DEMO_ACCOUNT.email}","password":"${DEMO_ACCOUNT.password}"}`;

/** Logs in as the document's curl example does: its JSON, labelled with curl's default form type. */
export function curlLogin(server: http.Server, body = CURL_EXAMPLE_BODY) {
  return request(server)
    .post('/api/v1/users/login')
    .set('Content-Type', 'application/x-www-form-urlencoded')
    .send(body);
}

/** A login with the demo account where `fields` replace (or, undefined, drop) its credentials. */
export function loginWith(server: http.Server, fields: Record<string, string | undefined> = {}) {
  const body = {
    name: DEMO_ACCOUNT.team,
    email: DEMO_ACCOUNT.email,
    password: DEMO_ACCOUNT.password,
    ...fields,
  };
  return curlLogin(server, JSON.stringify(body));
}

/** The session token of a good login. */
export async function tokenOf(server: http.Server): Promise<string> {
  const response = await loginWith(server);
  return response.headers.token as string;
}
