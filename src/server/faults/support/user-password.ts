import type { ServerHooks } from '../../hooks';

/** Sets the password field of every User object login and /users/me answer (a leak, when not empty). */
export function userPasswordSetTo(password: string): ServerHooks {
  return {
    beforeRespond: (response) =>
      response.operation !== undefined &&
      response.status === 200 &&
      typeof response.json === 'object' &&
      response.json !== null
        ? { ...response, json: { ...response.json, password } }
        : response,
  };
}
