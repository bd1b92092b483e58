import { DEMO_ACCOUNT } from '../server-options';
import type { User } from './user';

/** 11 Sep 2015, the day of the document's login example. */
const CREATED_AT = 1441977600000;

export const DEMO_TEAM_ID = 'h9bfyn4ex3rtxgqpzzwh5qn6ny';

/** The one user the reference server knows: the document's `someone@nowhere.com` of `exampleteam`. */
export const DEMO_USER: User = {
  id: 'n8rdd6ghz7fmdcfj3qpxoq1xmo',
  create_at: CREATED_AT,
  update_at: CREATED_AT,
  delete_at: 0,
  team_id: DEMO_TEAM_ID,
  username: 'someone',
  password: '',
  auth_data: '',
  email: DEMO_ACCOUNT.email,
  email_verified: true,
  nickname: '',
  first_name: '',
  last_name: '',
  roles: '',
  last_activity_at: 0,
  last_ping_at: 0,
  allow_marketing: false,
  props: {},
  notify_props: {
    all: 'true',
    channel: 'true',
    desktop: 'all',
    desktop_sound: 'true',
    email: 'true',
    mention_keys: 'someone,@someone',
    first_name: 'false',
  },
  last_password_update: CREATED_AT,
};
