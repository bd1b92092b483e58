import { expectEach4xx } from '../../support/expect-4xx';
import { inputProbes } from '../../support/input-probes';
import type { OperationCheck } from './operation-check';

/** Each faulty input generated from the operation's request schemas is answered with a 4xx. */
export const inputClassesAnswered4xx: OperationCheck = async (findings, context, operation) => {
  expectEach4xx(findings, context, await inputProbes(context, operation));
};
