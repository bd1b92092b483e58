import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const limitBodyStatusCode400: Fault = {
  name: 'limit-body-status-code-400',
  description:
    'Says status_code 400 in the JSON body of its 429 (a 429 in plain text is left as it is); every other error body is right.',
  // Only the rate burst meets a 429 on purpose: only the run-wide judgement of the error body sees it.
  breaks: ['errors.status-code-matches'],
  shows: { server: { limitBody: 'json' }, inBurst: true },
  install: () => ({
    beforeRespond: (response) =>
      response.status === 429 ? editErrorBody(response, (body) => ({ ...body, status_code: 400 })) : response,
  }),
};
