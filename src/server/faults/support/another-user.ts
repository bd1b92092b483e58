import { DEMO_USER } from '../../auth/demo-user';
import type { User } from '../../auth/user';

/** A teammate of the demo user: what a server answers when it mixes users up. */
export const ANOTHER_USER: User = {
  ...DEMO_USER,
  id: 'q7t1wbd8p3gmxjrc5ukzeh9sya',
  username: 'someone-else',
  email: 'someone-else@nowhere.com',
};
