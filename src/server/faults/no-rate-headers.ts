import type { Fault } from './fault';
import { withoutRateHeaders } from './support/without-rate-headers';

export const noRateHeaders: Fault = {
  name: 'no-rate-headers',
  description: 'Sends no rate-limit headers at all, though it still enforces the limit.',
  breaks: ['rate.headers-present'],
  collateral: ['op.login.response_headers_conformance', 'op.getMe.response_headers_conformance'],
  // With no headers there is no Limit, Remaining or Reset to judge, so no burst is sent.
  skips: [
    'rate.headers-integers',
    'rate.limit-constant',
    'rate.remaining-in-range',
    'rate.remaining-decrements',
    'rate.limit-enforced',
    'rate.limit-response-headers',
    'rate.limit-body',
    'rate.reset-form',
    'rate.recovers-after-reset',
    'rate.reset-truthful',
    'rate.budget-scope',
  ],
  install: () => ({ beforeRespond: withoutRateHeaders }),
};
