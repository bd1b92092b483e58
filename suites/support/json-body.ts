export { isPlainObject, type JsonBody, readJsonBody } from '../../src/http/json-body';
