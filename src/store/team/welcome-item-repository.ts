import type { Kysely, Selectable } from 'kysely';
import { newId } from '../ids';
import type { Database, WelcomeItemRow } from '../schema';

export type WelcomeDirection = WelcomeItemRow['direction'];
export type WelcomeState = NonNullable<WelcomeItemRow['state']>;

/** One introduction as its owner sees it on Today: whom to greet (or welcome), and whether done. */
export interface WelcomeItemRecord {
  id: string;
  workspaceId: string;
  roundId: string;
  otherId: string;
  direction: WelcomeDirection;
  reason: string;
  roundDate: string;
  state: WelcomeState | null;
  createdAt: string;
}

/** A new item: the record's facts, and whose Today it is on. */
export type NewWelcomeItem = Omit<WelcomeItemRecord, 'id' | 'state' | 'createdAt'> & {
  ownerId: string;
};

/**
 * Welcome items, one per owner and introduction. Every read and write is scoped by the owner:
 * another user's item is "not found". Database triggers bump the owner's data_version.
 */
export class WelcomeItemRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createMany(items: readonly NewWelcomeItem[], now: string): Promise<void> {
    if (items.length === 0) return;
    await this.db
      .insertInto('welcome_items')
      .values(
        items.map((item) => ({
          id: newId(),
          owner_id: item.ownerId,
          workspace_id: item.workspaceId,
          round_id: item.roundId,
          other_id: item.otherId,
          direction: item.direction,
          reason: item.reason,
          round_date: item.roundDate,
          state: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['owner_id', 'round_id', 'other_id']).doNothing())
      .execute();
  }

  /** A leaving member's items go, both theirs and those about them in others' Todays. */
  async removeMember(workspaceId: string, memberId: string) {
    await this.db
      .deleteFrom('welcome_items')
      .where('workspace_id', '=', workspaceId)
      .where((eb) => eb.or([eb('owner_id', '=', memberId), eb('other_id', '=', memberId)]))
      .execute();
  }

  /** The owner's open items created at or after `since`, newest first. */
  async listOpen(ownerId: string, since: string): Promise<WelcomeItemRecord[]> {
    const rows = await this.db
      .selectFrom('welcome_items')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('created_at', '>=', since)
      .where('state', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  async find(ownerId: string, id: string): Promise<WelcomeItemRecord | undefined> {
    const row = await this.db
      .selectFrom('welcome_items')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Sets the owner's state of one item; a repeat of the same state writes nothing. */
  async setState(ownerId: string, id: string, state: WelcomeState, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('welcome_items')
      .set({ state, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('state', 'is', null), eb('state', '!=', state)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

function toRecord(row: Selectable<WelcomeItemRow>): WelcomeItemRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    roundId: row.round_id,
    otherId: row.other_id,
    direction: row.direction,
    reason: row.reason,
    roundDate: row.round_date,
    state: row.state,
    createdAt: row.created_at,
  };
}
