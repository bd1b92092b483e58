import type { Fault } from './fault';
import { userPasswordSetTo } from './support/user-password';

/** A bcrypt hash, the shape a stored password has: not the password, still not to be sent. */
const STORED_HASH = '$2a$10$YZxC9mAUp2vRkq7nE5hFhO6m1tWcJ3bLr8sQ0dGuTfVwXy4iKzN8e';

export const passwordHashInUser: Fault = {
  name: 'password-hash-in-user',
  description:
    "Sends the stored password hash in the User object's password field, from login and /users/me.",
  // The other way a server leaks it: not the password sent, but what it keeps of it.
  breaks: [
    'auth.no-password-in-user',
    'op.login.response_schema_conformance',
    'op.getMe.response_schema_conformance',
    'op.getUserById.response_schema_conformance',
  ],
  install: () => userPasswordSetTo(STORED_HASH),
};
