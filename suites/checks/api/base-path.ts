import type { Check } from '../../support/clause-test';

/** Both documented operations exist under the base path: neither answers 404 nor 405. */
export const basePath: Check = async (findings, context) => {
  const { login } = context.contract;
  const probes = [
    await context.send({
      method: login.method,
      path: login.path,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }),
    await context.me(),
  ];
  for (const response of probes) {
    const { method, url } = response.exchange.request;
    findings.expect(
      response.status !== 404 && response.status !== 405,
      `${method} ${new URL(url).pathname} is routed (any status but 404 or 405)`,
      `${response.status}`,
      response.exchange,
    );
  }
};
