import type { Fault } from './fault';
import { withoutRateHeaders } from './support/without-rate-headers';

export const noRateHeaders: Fault = {
  name: 'no-rate-headers',
  description: 'Sends no rate-limit headers at all, though it still enforces the limit.',
  breaks: ['rate.headers-present'],
  // Every check that reads Remaining or Reset has nothing to read; a 429 lacks its headers.
  collateral: [
    'rate.remaining-decrements',
    'rate.limit-enforced',
    'rate.limit-response-headers',
    'rate.reset-form',
    'rate.recovers-after-reset',
    'rate.reset-truthful',
  ],
  install: () => ({ beforeRespond: withoutRateHeaders }),
};
