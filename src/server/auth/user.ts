/**
 * A Mattermost 1.x User object as the API sends it. `password` is always sent empty, as real
 * servers do: the field exists in the model, its value never leaves the server.
 */
export interface User {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  team_id: string;
  username: string;
  password: string;
  auth_data: string;
  email: string;
  email_verified: boolean;
  nickname: string;
  first_name: string;
  last_name: string;
  roles: string;
  last_activity_at: number;
  last_ping_at: number;
  allow_marketing: boolean;
  props: Record<string, string>;
  notify_props: Record<string, string>;
  last_password_update: number;
}
