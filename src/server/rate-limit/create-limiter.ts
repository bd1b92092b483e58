import type { ServerOptions } from '../server-options';
import { FixedWindowLimiter } from './fixed-window';
import type { RateLimiter } from './rate-limiter';
import { TokenBucketLimiter } from './token-bucket';

export function createLimiter(options: Pick<ServerOptions, 'limiter' | 'rate' | 'burst'>): RateLimiter {
  return options.limiter === 'token-bucket'
    ? new TokenBucketLimiter(options.rate, options.burst ?? options.rate)
    : new FixedWindowLimiter(options.rate);
}
