import type { Fault } from './fault';
import { inputAnswered500 } from './support/input-answered-500';

/** A login body field that is present but not text: a number, a boolean, an object. */
function hasFieldOfWrongType(body: string): boolean {
  try {
    const data = JSON.parse(body) as Record<string, unknown>;
    return ['name', 'email', 'password'].some((f) => f in data && typeof data[f] !== 'string');
  } catch {
    return false;
  }
}

export const wrongType500: Fault = {
  name: 'wrong-type-500',
  description: 'Answers a login whose name, email or password is not a string with 500.',
  breaks: ['op.login.input_classes'],
  install: () =>
    inputAnswered500(
      'login',
      (request) => hasFieldOfWrongType(request.body),
      'json: cannot unmarshal number into Go value of type string',
    ),
};
