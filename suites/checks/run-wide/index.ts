import {
  runWideBodySchema,
  runWideMessagePresent,
  runWideRequestIdMatches,
  runWideStatusCodeMatches,
} from './error-bodies';
import { runWideNoPasswordInUser } from './no-password-in-user';
import type { RunWideJudge } from './run-wide-judge';
import { runWideSessionKept } from './session-kept';

/** The run-wide judge of each clause the run-wide suite judges, by clause id (src/runner/run-wide.ts lists them). */
export const RUN_WIDE_JUDGES: Record<string, RunWideJudge> = {
  'errors.body-schema': runWideBodySchema,
  'errors.status-code-matches': runWideStatusCodeMatches,
  'errors.request-id-matches': runWideRequestIdMatches,
  'errors.message-present': runWideMessagePresent,
  'auth.no-password-in-user': runWideNoPasswordInUser,
  'auth.session-kept': runWideSessionKept,
};
