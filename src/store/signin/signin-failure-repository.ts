import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';

/** Failed sign-ins, kept in the database so the limit holds across server instances. */
export class SigninFailureRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(keys: string[], now: string): Promise<void> {
    await this.db
      .insertInto('signin_failures')
      .values(keys.map((key) => ({ id: newId(), key, at: now })))
      .execute();
  }

  /** How many failures each key had since the given instant, and the oldest of them. */
  async countSince(key: string, since: string): Promise<{ count: number; oldest: string | null }> {
    const row = await this.db
      .selectFrom('signin_failures')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
      .where('key', '=', key)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    return { count: Number(row.n), oldest: (row.oldest as string | null) ?? null };
  }

  async clear(key: string): Promise<void> {
    await this.db.deleteFrom('signin_failures').where('key', '=', key).execute();
  }

  async prune(before: string): Promise<void> {
    await this.db.deleteFrom('signin_failures').where('at', '<=', before).execute();
  }
}
