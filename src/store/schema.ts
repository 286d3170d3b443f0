// Row shapes as stored. Instants are UTC ISO-8601 strings (they sort as text on both databases);
// flags are 0/1 integers and structured values JSON text, so both dialects store the same thing.

export interface UserRow {
  id: string;
  email: string;
  email_key: string;
  display_name: string;
  time_zone: string;
  working_hours: string;
  role: 'owner' | 'member';
  password_hash: string;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InviteRow {
  id: string;
  token_hash: string;
  created_by: string;
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface SigninFailureRow {
  id: string;
  key: string;
  at: string;
}

export interface MigrationRow {
  name: string;
  applied_at: string;
}

export interface Database {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  invites: InviteRow;
  signin_failures: SigninFailureRow;
  rapport_migrations: MigrationRow;
}
