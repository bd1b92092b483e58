import type { Fault } from './fault';

export const bearerIgnored: Fault = {
  name: 'bearer-ignored',
  description:
    'Ignores the Bearer token in Authorization and Authentication; only the MMSID cookie authenticates.',
  breaks: ['auth.bearer-accepted'],
  collateral: ['op.getMe.status_code_conformance', 'op.getUserById.status_code_conformance'],
  skips: [
    'op.getMe.response_headers_conformance',
    'op.getMe.response_schema_conformance',
    'op.getUserById.response_headers_conformance',
    'op.getUserById.response_schema_conformance',
  ],
  install: () => ({
    authenticate: (tokens, next) => next({ ...tokens, bearer: undefined }),
  }),
};
