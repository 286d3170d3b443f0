import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, PushSubscriptionRow } from '../schema';

export interface PushSubscriptionRecord {
  id: string;
  ownerId: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  deviceName: string;
  createdAt: string;
  lastPushAt: string | null;
}

/** Push subscriptions (one per device), what was pushed each day, and fleet-wide server keys. */
export class PushRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Saves a browser's subscription for the user. An endpoint is one browser: when it was saved
   * before (by this user or another who signed in on the same device), that row is replaced, so
   * a device never receives a previous user's pushes.
   */
  async subscribe(input: {
    ownerId: string;
    endpoint: string;
    keys: { p256dh: string; auth: string };
    deviceName: string;
    now: string;
  }): Promise<PushSubscriptionRecord> {
    const row: PushSubscriptionRow = {
      id: newId(),
      owner_id: input.ownerId,
      endpoint: input.endpoint,
      p256dh: input.keys.p256dh,
      auth: input.keys.auth,
      device_name: input.deviceName,
      created_at: input.now,
      last_push_at: null,
    };
    await this.db.deleteFrom('push_subscriptions').where('endpoint', '=', input.endpoint).execute();
    await this.db.insertInto('push_subscriptions').values(row).execute();
    return toRecord(row);
  }

  async list(ownerId: string): Promise<PushSubscriptionRecord[]> {
    const rows = await this.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  async find(ownerId: string, id: string): Promise<PushSubscriptionRecord | undefined> {
    const row = await this.db
      .selectFrom('push_subscriptions')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Users with at least one device: the only ones the nudge task looks at. */
  async ownersWithDevices(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('push_subscriptions')
      .select('owner_id')
      .distinct()
      .orderBy('owner_id')
      .execute();
    return rows.map((r) => r.owner_id);
  }

  async remove(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('push_subscriptions')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async markPushed(id: string, now: string): Promise<void> {
    await this.db
      .updateTable('push_subscriptions')
      .set({ last_push_at: now })
      .where('id', '=', id)
      .execute();
  }

  /** The card keys pushed to the user on `day` (their calendar). */
  async nudgedOn(ownerId: string, day: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('push_nudges')
      .select('card_key')
      .where('owner_id', '=', ownerId)
      .where('day', '=', day)
      .execute();
    return new Set(rows.map((r) => r.card_key));
  }

  /** Records a nudge; false when the item was already pushed that day (by any instance). */
  async recordNudge(input: {
    ownerId: string;
    day: string;
    cardKey: string;
    kind: string;
    now: string;
  }): Promise<boolean> {
    const result = await this.db
      .insertInto('push_nudges')
      .values({
        owner_id: input.ownerId,
        day: input.day,
        card_key: input.cardKey,
        kind: input.kind,
        sent_at: input.now,
      })
      .onConflict((oc) => oc.columns(['owner_id', 'day', 'card_key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async serverKey(name: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('server_keys')
      .select('sealed')
      .where('name', '=', name)
      .executeTakeFirst();
    return row?.sealed;
  }

  /** Stores a key unless one exists; returns the one that is stored (the first writer's). */
  async keepServerKey(name: string, sealed: string, now: string): Promise<string> {
    await this.db
      .insertInto('server_keys')
      .values({ name, sealed, created_at: now })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    return (await this.serverKey(name))!;
  }
}

function toRecord(row: PushSubscriptionRow): PushSubscriptionRecord {
  return {
    id: row.id,
    ownerId: row.owner_id,
    endpoint: row.endpoint,
    keys: { p256dh: row.p256dh, auth: row.auth },
    deviceName: row.device_name,
    createdAt: row.created_at,
    lastPushAt: row.last_push_at,
  };
}
