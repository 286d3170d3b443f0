import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import type { Database, SessionRow } from '../schema';

export interface SessionRecord {
  /** The SHA-256 of the cookie value; the cookie itself is never stored. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface DeviceInfo {
  userAgent: string | null;
}

/** A session is live before its stored end, and within the current lifetime and idle limits. */
export interface LiveFilter {
  now: string;
  createdAfter?: string;
  seenAfter?: string;
}

type SessionQuery = SelectQueryBuilder<Database, 'sessions', Selectable<SessionRow>>;

function liveOnly(query: SessionQuery, live: LiveFilter): SessionQuery {
  let filtered = query.where('expires_at', '>', live.now);
  if (live.createdAfter) filtered = filtered.where('created_at', '>', live.createdAfter);
  if (live.seenAfter) filtered = filtered.where('last_seen_at', '>', live.seenAfter);
  return filtered;
}

function toRecord(row: Selectable<SessionRow>): SessionRecord {
  return {
    id: row.id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(session: SessionRecord, userAgent: string | null): Promise<void> {
    const row: SessionRow = {
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      last_seen_at: session.lastSeenAt,
      expires_at: session.expiresAt,
      user_agent: userAgent,
    };
    await this.db.insertInto('sessions').values(row).execute();
  }

  async findLive(id: string, live: LiveFilter): Promise<SessionRecord | undefined> {
    const row = await liveOnly(this.db.selectFrom('sessions').selectAll(), live)
      .where('id', '=', id)
      // A disabled account has no session (disabling deletes them; this covers any made since).
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('users')
              .select('users.id')
              .whereRef('users.id', '=', 'sessions.user_id')
              .where('users.disabled_at', 'is not', null),
          ),
        ),
      )
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** One user's live sessions, most recently used first. */
  async listLive(userId: string, live: LiveFilter): Promise<(SessionRecord & DeviceInfo)[]> {
    const rows = await liveOnly(this.db.selectFrom('sessions').selectAll(), live)
      .where('user_id', '=', userId)
      .orderBy('last_seen_at', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({ ...toRecord(row), userAgent: row.user_agent }));
  }

  async deleteForUser(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async extend(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of the user, except one when given (the one changing the password). */
  async deleteAllForUser(userId: string, exceptId?: string): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptId) query = query.where('id', '!=', exceptId);
    await query.execute();
  }

  async deleteExpired(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }
}
