import type { Check } from '../../support/clause-test';
import { basePath } from './base-path';
import { jsonBody } from './json-body';
import { jsonContentType } from './json-content-type';
import { requestId } from './request-id';
import { requestIdUnique } from './request-id-unique';

/** The check of each api clause, by clause id. */
export const API_CHECKS: Record<string, Check> = {
  'api.base-path': basePath,
  'api.json-body': jsonBody,
  'api.json-content-type': jsonContentType,
  'api.request-id': requestId,
  'api.request-id-unique': requestIdUnique,
};
