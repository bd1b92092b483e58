import { HTML_TYPE, replaceBody, textResponse } from '../response';
import type { Fault } from './fault';

const PAGE =
  '<!DOCTYPE html><html><head><title>429 Too Many Requests</title></head><body><h1>Slow down</h1></body></html>';

export const limitBodyHtml: Fault = {
  name: 'limit-body-html',
  description: 'Answers a 429 with an HTML page, neither the text `limit exceeded` nor the JSON error body.',
  breaks: ['rate.limit-body'],
  install: () => ({
    beforeRespond: (response) =>
      response.status === 429 ? replaceBody(response, textResponse(429, PAGE, HTML_TYPE)) : response,
  }),
};
