import type { Kysely } from 'kysely';
import type { Database, IdempotencyKeyRow } from '../schema';

export interface IdempotencyKey {
  ownerId: string;
  route: string;
  key: string;
}

/** Claims of idempotency keys and the responses stored under them, per owner and route. */
export class IdempotencyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private where(id: IdempotencyKey) {
    return this.db
      .selectFrom('idempotency_keys')
      .where('owner_id', '=', id.ownerId)
      .where('route', '=', id.route)
      .where('key', '=', id.key);
  }

  /** True when this caller claimed the key (the primary key lets only one insert win). */
  async claim(id: IdempotencyKey, requestHash: string, now: string): Promise<boolean> {
    const result = await this.db
      .insertInto('idempotency_keys')
      .values({
        owner_id: id.ownerId,
        route: id.route,
        key: id.key,
        request_hash: requestHash,
        status: null,
        response: null,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['owner_id', 'route', 'key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async find(id: IdempotencyKey): Promise<IdempotencyKeyRow | undefined> {
    return this.where(id).selectAll().executeTakeFirst();
  }

  /**
   * Takes over a claim that was seen with `createdAt` (expired, or abandoned by a request that
   * died): only one caller's update matches, so only one takes it.
   */
  async reclaim(
    id: IdempotencyKey,
    createdAt: string,
    requestHash: string,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('idempotency_keys')
      .set({ request_hash: requestHash, status: null, response: null, created_at: now })
      .where('owner_id', '=', id.ownerId)
      .where('route', '=', id.route)
      .where('key', '=', id.key)
      .where('created_at', '=', createdAt)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async complete(id: IdempotencyKey, status: number, response: string): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ status, response })
      .where('owner_id', '=', id.ownerId)
      .where('route', '=', id.route)
      .where('key', '=', id.key)
      .execute();
  }

  /** Gives the key back (the request failed on our side), so a retry runs it again. */
  async release(id: IdempotencyKey): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('owner_id', '=', id.ownerId)
      .where('route', '=', id.route)
      .where('key', '=', id.key)
      .execute();
  }

  /** Forgets an owner's keys claimed before `before` (kept 48 hours). */
  async purge(ownerId: string, before: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('owner_id', '=', ownerId)
      .where('created_at', '<', before)
      .execute();
  }
}
