import type { SuiteContext } from './suite-context';

const memos = new WeakMap<SuiteContext, Map<string, Promise<unknown>>>();

/**
 * Sends a suite's shared probes once and hands the same answer to every check of that suite, so
 * that checks which read the same responses cost the server no extra requests.
 */
export function once<T>(context: SuiteContext, key: string, make: () => Promise<T>): Promise<T> {
  let memo = memos.get(context);
  if (!memo) {
    memo = new Map();
    memos.set(context, memo);
  }
  let promise = memo.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = make();
    memo.set(key, promise);
  }
  return promise;
}
