import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database';
import { newId } from '../ids';
import type { Database } from '../schema';

/** A limit on one key: at most `max` attempts after `since`. */
export interface AttemptLimit {
  key: string;
  max: number;
}

export type Reservation =
  | { ok: true; ids: Record<string, string> }
  | { ok: false; key: string; oldest: string };

/**
 * Attempts at something guessable (sign-in, current-password checks, reset mails), kept in the
 * database so a limit holds across server instances. An attempt is reserved before the slow
 * check runs, atomically: the row is inserted and counted under a per-key lock, so no number of
 * parallel requests gets more than `max` checks per window. (The table keeps its first name,
 * `signin_failures`; a reserved attempt counts until it succeeds.)
 */
export class SigninFailureRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /**
   * Reserves one attempt on every key, or none: when any key is at its limit, nothing is written
   * and the answer names that key with its oldest attempt in the window (for Retry-After).
   */
  async reserve(limits: AttemptLimit[], since: string, now: string): Promise<Reservation> {
    const ordered = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return this.db
      .transaction()
      .execute(async (trx) => {
        const ids: Record<string, string> = {};
        for (const { key, max } of ordered) {
          // SQLite: the insert below takes the database's write lock for the whole transaction.
          // PostgreSQL: a transaction-scoped advisory lock per key serializes reservations on it.
          if (this.dialect === 'postgres') {
            await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
          }
          await trx
            .deleteFrom('signin_failures')
            .where('key', '=', key)
            .where('at', '<=', since)
            .execute();
          const id = newId();
          await trx.insertInto('signin_failures').values({ id, key, at: now }).execute();
          const row = await trx
            .selectFrom('signin_failures')
            .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
            .where('key', '=', key)
            .executeTakeFirstOrThrow();
          if (Number(row.n) > max)
            throw new LimitReached(key, (row.oldest as string | null) ?? now);
          ids[key] = id;
        }
        return { ok: true as const, ids };
      })
      .catch((error: unknown) => {
        if (error instanceof LimitReached)
          return { ok: false as const, key: error.key, oldest: error.oldest };
        throw error;
      });
  }

  /** Gives back reserved attempts (the check succeeded, so they were not guesses). */
  async release(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.deleteFrom('signin_failures').where('id', 'in', ids).execute();
  }

  /** Forgets every attempt on a key (a correct password ends the run of guesses). */
  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('signin_failures').where('key', '=', key).execute();
  }

  async prune(before: string): Promise<void> {
    await this.db.deleteFrom('signin_failures').where('at', '<=', before).execute();
  }
}

class LimitReached extends Error {
  constructor(
    readonly key: string,
    readonly oldest: string,
  ) {
    super(`limit reached on ${key}`);
  }
}
