import { budgetScope } from './budget-scope';
import { contestable } from './contested';
import { headersIntegers } from './headers-integers';
import { headersPresent } from './headers-present';
import type { Judge } from './judge';
import { limitBody } from './limit-body';
import { limitConstant } from './limit-constant';
import { limitEnforced } from './limit-enforced';
import { limitResponseHeaders } from './limit-response-headers';
import { recoversAfterReset } from './recovers-after-reset';
import { remainingDecrements } from './remaining-decrements';
import { remainingInRange } from './remaining-in-range';
import { resetFormJudge } from './reset-form';
import { resetTruthful } from './reset-truthful';
import { unlessSessionLost } from './session-lost';

/**
 * The judge of each rate clause, by clause id: none judges a trace whose session was lost; those
 * another client could mislead are contestable.
 */
export const RATE_JUDGES: Record<string, Judge> = unlessSessionLost({
  'rate.headers-present': headersPresent,
  'rate.headers-integers': headersIntegers,
  'rate.limit-constant': limitConstant,
  'rate.remaining-in-range': remainingInRange,
  'rate.remaining-decrements': contestable('rate.remaining-decrements', remainingDecrements),
  'rate.limit-enforced': contestable('rate.limit-enforced', limitEnforced),
  'rate.limit-response-headers': limitResponseHeaders,
  'rate.limit-body': limitBody,
  'rate.reset-form': resetFormJudge,
  'rate.recovers-after-reset': contestable('rate.recovers-after-reset', recoversAfterReset),
  'rate.reset-truthful': resetTruthful,
  'rate.budget-scope': budgetScope,
});
