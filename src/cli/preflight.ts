import type { Contract } from '../contract/contract';
import { HttpClient } from '../http/client';
import { Redactor } from '../http/redactor';
import type { Pacer } from '../ratelimit/pacer';
import { type Account, checkLogin } from './login-preflight';
import { reachTarget } from './reachability';
import { doubledBasePath, everyRequestRedirected, proxyInFront } from './target-diagnosis';
import { CannotRun } from './usage-error';

/**
 * Before the suites: can the run be done at all? The target answers (reachability.ts); its first
 * answer is not a doubled base path, a redirect of every request or a proxy's error page in front
 * of a server that is down (target-diagnosis.ts); and it accepts the configured credentials
 * (login-preflight.ts). Each "no" ends the run with one line naming the cause. A redirect and a
 * proxy page are confirmed by a second request without credentials, so that the password is
 * never sent to a target that answers like that. Returns the number of requests sent.
 *
 * `pacer` reads the rate-limit headers of its answers: the suites' pacing starts from them, and
 * the window they opened is known from its first answer (see Pacer.earliestResetAtMs).
 */
export async function preflight(
  target: string,
  contract: Contract,
  account: Account,
  options: { timeoutMs: number; insecure: boolean; pacer?: Pacer },
): Promise<number> {
  const redactor = new Redactor();
  redactor.add(account.password, 'MM_PASSWORD');
  const url = new URL(target);
  const prefix = url.pathname.replace(/\/$/, '');
  const client = new HttpClient({ origin: url.origin, ...options, redactor });
  try {
    const probe = await reachTarget(client, target, `${prefix}${contract.me.path}`);
    const doubled = doubledBasePath(target, contract.basePath, probe);
    if (doubled) throw new CannotRun(doubled);
    if (probe.status >= 300 && probe.status !== 304 && probe.status <= 399) {
      const second = await reachTarget(client, target, `${prefix}${contract.login.path}`);
      const redirected = everyRequestRedirected(contract.me.path, [probe, second]);
      if (redirected) throw new CannotRun(redirected);
    } else if (proxyInFront([probe])) {
      const second = await reachTarget(client, target, `${prefix}${contract.login.path}`);
      const down = proxyInFront([probe, second]);
      if (down) throw new CannotRun(down);
    }
    await checkLogin(client, prefix, contract, account);
    return client.requestsSent;
  } finally {
    await client.close();
  }
}
