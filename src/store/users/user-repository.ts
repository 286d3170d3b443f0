import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids';
import type { Database, UserRole, UserRow } from '../schema';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  /** JSON-decoded working hours; the app layer owns their shape. */
  workingHours: unknown;
  role: UserRole;
  passwordHash: string;
  /** When an owner or admin disabled the account, or null. */
  disabledAt: string | null;
  /** JSON-decoded preferences; the app layer owns their shape. */
  preferences: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  email: string;
  name: string;
  timeZone: string;
  workingHours: unknown;
  role: UserRole;
  passwordHash: string;
  now: string;
}

export interface UserChanges {
  name?: string;
  timeZone?: string;
  workingHours?: unknown;
  passwordHash?: string;
  preferences?: Record<string, unknown>;
}

/** E-mail addresses are unique regardless of case. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** Rows kept for findById; beyond this, the oldest goes (a fleet's active users fit). */
const MAX_KEPT_ROWS = 1_000;

export class UserRepository {
  /**
   * The user row, read by most requests for the zone and working hours, is kept per process
   * while the store's change stamp (Store.changeStamp: any write by any process moves it) is
   * what it was when the row was read, so nothing stale is ever returned. The raw row is kept
   * and a fresh record built from it on each call: callers may change what they get.
   */
  private readonly kept = new Map<string, { stamp: string; row: Selectable<UserRow> }>();

  constructor(
    private readonly db: Kysely<Database>,
    /** Absent in a transaction and on PostgreSQL (no free stamp there): nothing is kept. */
    private readonly changeStamp?: () => string,
  ) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async create(user: NewUser): Promise<UserRecord> {
    const row: UserRow = {
      id: newId(),
      email: user.email.trim(),
      email_key: emailKey(user.email),
      display_name: user.name,
      time_zone: user.timeZone,
      working_hours: JSON.stringify(user.workingHours),
      role: user.role,
      password_hash: user.passwordHash,
      preferences: '{}',
      data_version: 0,
      created_at: user.now,
      updated_at: user.now,
      disabled_at: null,
    };
    await this.db.insertInto('users').values(row).execute();
    return toRecord(row);
  }

  async findById(id: string): Promise<UserRecord | undefined> {
    // Read before the row: a write landing in between moves the next stamp (write-stamp.ts).
    const stamp = this.changeStamp?.();
    const kept = stamp === undefined ? undefined : this.kept.get(id);
    if (kept && kept.stamp === stamp) return toRecord(kept.row);
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (stamp !== undefined) {
      this.kept.delete(id);
      if (row) this.kept.set(id, { stamp, row });
      if (this.kept.size > MAX_KEPT_ROWS) this.kept.delete(this.kept.keys().next().value!);
    }
    return row && toRecord(row);
  }

  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('email_key', '=', emailKey(email))
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Changes whenever the user's people, dates or items change (kept by database triggers). */
  async dataVersion(id: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select('data_version')
      .where('id', '=', id)
      .executeTakeFirst();
    return row && Number(row.data_version);
  }

  /**
   * The user's data version and, in the same read, the people whose Today input changed after
   * version `since` ('' = the welcomes), from the log the triggers of 0025 keep: `limit + 1` at
   * most, so a caller can tell "too many". A kept copy (Today's input, the people
   * list) asks both after every write; on PostgreSQL that is one round trip instead of two, and
   * the two answers come from one snapshot.
   */
  async versionAndChangesSince(
    id: string,
    since: number,
    limit: number,
  ): Promise<{ version: number; changed: string[] } | undefined> {
    const rows = await this.db
      .selectFrom('users as u')
      .leftJoin('agenda_changes as a', (join) =>
        join.onRef('a.owner_id', '=', 'u.id').on('a.version', '>', since),
      )
      .select(['u.data_version', 'a.person_id'])
      .where('u.id', '=', id)
      .limit(limit + 1)
      .execute();
    const [first] = rows;
    if (!first) return undefined;
    const changed: string[] = [];
    for (const row of rows) if (row.person_id !== null) changed.push(row.person_id);
    return { version: Number(first.data_version), changed };
  }

  /** Every account, for scheduled work that looks at each user's own settings. */
  async listAll(): Promise<UserRecord[]> {
    const rows = await this.db.selectFrom('users').selectAll().orderBy('created_at').execute();
    return rows.map(toRecord);
  }

  async findOwner(): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('role', '=', 'owner')
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Every account with when it was last used (a session seen, a token used), for admins. */
  async listWithActivity(): Promise<(UserRecord & { lastActiveAt: string | null })[]> {
    const rows = await this.db
      .selectFrom('users')
      .selectAll('users')
      .select((eb) => [
        eb
          .selectFrom('sessions')
          .select((s) => s.fn.max('last_seen_at').as('at'))
          .whereRef('sessions.user_id', '=', 'users.id')
          .as('session_seen_at'),
        eb
          .selectFrom('api_tokens')
          .select((t) => t.fn.max('last_used_at').as('at'))
          .whereRef('api_tokens.user_id', '=', 'users.id')
          .as('token_used_at'),
      ])
      .orderBy('created_at')
      .execute();
    return rows.map((row) => {
      const seen = [row.session_seen_at, row.token_used_at].filter(
        (at): at is string => typeof at === 'string',
      );
      return { ...toRecord(row), lastActiveAt: seen.sort().at(-1) ?? null };
    });
  }

  async setRole(id: string, role: UserRole, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ role, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  /** Disables (a time) or enables (null) the account. */
  async setDisabled(id: string, disabledAt: string | null, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ disabled_at: disabledAt, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async update(id: string, changes: UserChanges, now: string): Promise<UserRecord | undefined> {
    await this.db
      .updateTable('users')
      .set({
        ...(changes.name !== undefined && { display_name: changes.name }),
        ...(changes.timeZone !== undefined && { time_zone: changes.timeZone }),
        ...(changes.workingHours !== undefined && {
          working_hours: JSON.stringify(changes.workingHours),
        }),
        ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
        ...(changes.preferences !== undefined && {
          preferences: JSON.stringify(changes.preferences),
        }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    return this.findById(id);
  }
}

function toRecord(row: Selectable<UserRow>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.display_name,
    timeZone: row.time_zone,
    workingHours: JSON.parse(row.working_hours),
    role: row.role,
    passwordHash: row.password_hash,
    preferences: JSON.parse(row.preferences ?? '{}'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    disabledAt: row.disabled_at ?? null,
  };
}
