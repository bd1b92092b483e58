import { randomBytes } from 'node:crypto';

/** A Mattermost id: 26 lower-case letters and digits (model.NewId). */
export function newId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** The error body of a Mattermost 1.x AppError: the four documented fields and `is_oauth`. */
export function appError(status: number, requestId: string, message: string, detailedError = ''): string {
  return JSON.stringify({
    message,
    detailed_error: detailedError,
    request_id: requestId,
    status_code: status,
    is_oauth: false,
  });
}

/** A Mattermost 1.x User object, its many fields included, with the password blanked to "". */
export function userObject(user: { id: string; teamId: string; email: string }): string {
  return JSON.stringify({
    id: user.id,
    create_at: 1441983590123,
    update_at: 1441983590123,
    delete_at: 0,
    team_id: user.teamId,
    username: 'someone',
    auth_data: '',
    email: user.email,
    email_verified: true,
    nickname: '',
    first_name: '',
    last_name: '',
    roles: 'admin',
    last_activity_at: 0,
    last_ping_at: 0,
    allow_marketing: false,
    props: {},
    notify_props: { desktop: 'all', email: 'true', mention_keys: 'someone,@someone' },
    theme_props: {},
    last_password_update: 1441983590123,
    last_picture_update: 0,
    failed_attempts: 0,
    password: '',
  });
}

/** The web app's page, which a 1.x release serves for any path it does not route. */
export const NOT_FOUND_PAGE =
  '<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>Mattermost</title></head>\n<body><div id="error">Page not found</div>';
