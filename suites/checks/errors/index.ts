import type { Check } from '../../support/clause-test';
import { bodySchema } from './body-schema';
import { clientFault4xx } from './client-fault-4xx';
import { messagePresent } from './message-present';
import { requestIdMatches } from './request-id-matches';
import { statusCodeMatches } from './status-code-matches';

/** The check of each errors clause, by clause id. */
export const ERRORS_CHECKS: Record<string, Check> = {
  'errors.body-schema': bodySchema,
  'errors.status-code-matches': statusCodeMatches,
  'errors.request-id-matches': requestIdMatches,
  'errors.message-present': messagePresent,
  'errors.client-fault-4xx': clientFault4xx,
};
