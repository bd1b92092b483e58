import { withHeaders } from '../response';
import type { Fault } from './fault';

export const emptyRequestId: Fault = {
  name: 'empty-request-id',
  description:
    'Sends the X-Request-Id header with an empty value, though error bodies still carry a request_id.',
  // The edge of "non-empty": the header is there, the id is not.
  breaks: [
    'api.request-id',
    'op.login.response_headers_conformance',
    'op.getMe.response_headers_conformance',
    'op.logout.response_headers_conformance',
    'op.getUserById.response_headers_conformance',
  ],
  // With no id there are none to compare.
  skips: ['api.request-id-unique'],
  install: () => ({
    beforeRespond: (response) => withHeaders(response, { 'x-request-id': '' }),
  }),
};
