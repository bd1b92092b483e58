import type { Contract } from '../../../src/contract/contract';
import type { StrictReadings } from '../../../src/runner/run-config';
import type { Check } from '../../support/clause-test';
import type { Findings } from '../../support/findings';
import { traceOf } from './context-io';
import type { Trace } from './trace';

/** What a judge needs beside the trace: the documented denial, and the readings pinned by --strict. */
export interface JudgeContext {
  contract: Pick<Contract, 'limitExceeded' | 'validateError'>;
  strict: StrictReadings;
}

/**
 * One rate clause judged from the probe's trace: pure, so that it can be tried on hand-built
 * traces. It records violations and notes, or throws NotApplicable / CannotDecide / the transport
 * error that cut the trace short.
 */
export type Judge = (trace: Trace, findings: Findings, context: JudgeContext) => void;

/** The harness's check for a judge: it reads the suite's one trace, probing the target the first time. */
export function judged(judge: Judge): Check {
  return async (findings, context) => {
    const trace = await traceOf(context);
    judge(trace, findings, { contract: context.contract, strict: context.config.strict });
  };
}
