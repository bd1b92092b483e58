import { withHeaders } from '../response';
import type { Fault } from './fault';

export const noRequestId: Fault = {
  name: 'no-request-id',
  description: 'Sends no X-Request-Id header, though error bodies still carry a request_id.',
  breaks: [
    'api.request-id',
    'op.login.response_headers_conformance',
    'op.getMe.response_headers_conformance',
    'op.logout.response_headers_conformance',
    'op.getUserById.response_headers_conformance',
  ],
  // With no id at all there are none to compare.
  skips: ['api.request-id-unique'],
  install: () => ({
    beforeRespond: (response) => withHeaders(response, { 'x-request-id': undefined }),
  }),
};
