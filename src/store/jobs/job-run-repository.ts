import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Claims for scheduled work: the first instance to insert a key does the work, once. */
export class JobRunRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** True when this caller claimed the key; false when someone already had. */
  async claim(key: string, ownerId: string | null, now: string): Promise<boolean> {
    const result = await this.db
      .insertInto('job_runs')
      .values({ key, owner_id: ownerId, ran_at: now })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** Whether the key was claimed: a cheap look before preparing work that needs the claim. */
  async has(key: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('job_runs')
      .select('key')
      .where('key', '=', key)
      .executeTakeFirst();
    return Boolean(row);
  }

  /** Gives a claim back, so failed work is tried again on a later tick. */
  async release(key: string): Promise<void> {
    await this.db.deleteFrom('job_runs').where('key', '=', key).execute();
  }
}
