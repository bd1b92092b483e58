import type { Fault } from './fault';

/** The request id of the document's login example, given to every request. */
const THE_ONE_ID = 'smda55ckcfy89b6tia58shk5fh';

export const constantRequestId: Fault = {
  name: 'constant-request-id',
  description: 'Gives every request the same id, in the header and the error body alike.',
  breaks: ['api.request-id-unique'],
  install: () => ({ requestId: () => THE_ONE_ID }),
};
