import { type Probe, probe } from './probe';
import { once } from './probe-memo';
import type { SuiteContext } from './suite-context';

/** The api suite's probe set: a small sample of what the API answers, shared by its checks. */
export interface ApiProbes {
  /** A good login (a documented operation). */
  login: Probe;
  /** /users/me with the login's Token, when the login gave one (a documented operation). */
  meWithToken?: Probe;
  /** /users/me without credentials (a documented operation). */
  meWithoutCredentials: Probe;
  /** A route under the base path that no server has. */
  unknownRoute: Probe;
  all: Probe[];
}

/** Sends the api probe set once per suite (the two that need no login together) and shares the answers. */
export function apiProbes(context: SuiteContext): Promise<ApiProbes> {
  return once(context, 'api-probes', async () => {
    const { contract } = context;
    const login = await probe('a good login', () => context.login());
    const token = login.response?.header(contract.headers.token);
    const meWithToken = token
      ? await probe('with the login Token', () => context.me(context.bearer(token)))
      : undefined;
    const [meWithoutCredentials, unknownRoute] = (await context.sendAll(
      [
        () => probe('without credentials', () => context.me()),
        () => probe('an unknown route', () => context.send({ method: 'GET', path: context.unknownPath() })),
      ],
      { independent: true },
    )) as [Probe, Probe];
    const all = [login, meWithToken, meWithoutCredentials, unknownRoute].filter(
      (p): p is Probe => p !== undefined,
    );
    return { login, meWithToken, meWithoutCredentials, unknownRoute, all };
  });
}
