import type { HttpResponse } from '../../../src/http/client';
import { apiProbes } from '../../support/api-probes';
import type { Check } from '../../support/clause-test';
import { NotApplicable } from '../../support/not-applicable';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/** The responses of the api probe set that carry an X-Request-Id each carry a different one. */
export const requestIdUnique: Check = async (findings, context) => {
  const { all } = await apiProbes(context);
  const name = context.contract.headers.requestId;
  const seen = new Map<string, { label: string; response: HttpResponse }>();
  for (const { label, response } of answered(all)) {
    const id = response.header(name)?.trim();
    if (!id) continue;
    const first = seen.get(id);
    if (first) {
      findings.violation(
        `${probeName(label, response)} and ${probeName(first.label, first.response)} carry different ${name} values`,
        `both carry ${name}: ${id}`,
        response.exchange,
      );
      findings.attach(first.response.exchange);
    } else {
      seen.set(id, { label, response });
    }
  }
  requireAllAnswered(findings, all);
  if (seen.size + findings.violations.length < 2)
    throw new NotApplicable(
      `needs two responses with ${name}, and the probe set gave fewer (see api.request-id)`,
    );
};
