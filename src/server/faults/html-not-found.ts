import { HTML_TYPE, textResponse } from '../response';
import type { Fault } from './fault';

const PAGE =
  '<!DOCTYPE html><html><head><title>Mattermost</title></head><body><h1>Page not found</h1></body></html>';

export const htmlNotFound: Fault = {
  name: 'html-not-found',
  description: 'Answers an unknown route with an HTML page instead of the JSON error body.',
  breaks: ['api.json-body', 'errors.body-schema', 'op.getUserById.error_response_conformance'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      return response.status === 404 ? textResponse(404, PAGE, HTML_TYPE) : response;
    },
  }),
};
