// rate: rate-limit headers, 429 and recovery (#rate-limiting). One probe per run records a trace
// (checks/rate/probe.ts); each clause is a pure judge of that trace (checks/rate/<clause>.ts).
import { RATE_JUDGES } from './checks/rate';
import { judged } from './checks/rate/judge';
import { registerArea } from './support/clause-test';

registerArea(
  'rate',
  Object.fromEntries(Object.entries(RATE_JUDGES).map(([id, judge]) => [id, judged(judge)])),
);
