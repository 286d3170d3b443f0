// Suggested accomplishments from the user's commits, one per repository and day. A row stays after
// the user answers (accepted or dismissed) so that the next sync leaves that day alone.
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, WorkSuggestionRow } from '../schema';

/** What a suggestion keeps of a commit (the domain's SuggestedCommit). */
export interface SuggestedCommit {
  sha: string;
  at: string;
  title: string;
}

export type WorkSuggestionStatus = WorkSuggestionRow['status'];

export interface WorkSuggestionRecord {
  id: string;
  key: string;
  repository: string;
  date: string;
  commits: SuggestedCommit[];
  text: string;
  status: WorkSuggestionStatus;
  accomplishmentId: string | null;
  createdAt: string;
}

export interface NewWorkSuggestion {
  key: string;
  repository: string;
  date: string;
  commits: SuggestedCommit[];
  text: string;
}

/** Keys per query, well under SQLite's bound-parameter limit. */
const KEYS_PER_QUERY = 500;

export class WorkSuggestionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts it unless the user already has one for that key (another instance may have raced). */
  async insert(ownerId: string, fields: NewWorkSuggestion, now: string): Promise<boolean> {
    const result = await this.db
      .insertInto('work_suggestions')
      .values({
        id: newId(),
        owner_id: ownerId,
        key: fields.key,
        repository: fields.repository,
        date: fields.date,
        commits: JSON.stringify(fields.commits),
        text: fields.text,
        status: 'open',
        accomplishment_id: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['owner_id', 'key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** The user's suggestions with these keys, whatever their status, by key. */
  async findByKeys(ownerId: string, keys: string[]): Promise<Map<string, WorkSuggestionRecord>> {
    const found = new Map<string, WorkSuggestionRecord>();
    for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
      const rows = await this.db
        .selectFrom('work_suggestions')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('key', 'in', keys.slice(i, i + KEYS_PER_QUERY))
        .execute();
      for (const row of rows) found.set(row.key, toRecord(row));
    }
    return found;
  }

  /** Open suggestions, newest day first. */
  async listOpen(ownerId: string): Promise<WorkSuggestionRecord[]> {
    const rows = await this.db
      .selectFrom('work_suggestions')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('status', '=', 'open')
      .orderBy('date', 'desc')
      .orderBy('repository', 'asc')
      .execute();
    return rows.map(toRecord);
  }

  async findById(ownerId: string, id: string): Promise<WorkSuggestionRecord | undefined> {
    const row = await this.db
      .selectFrom('work_suggestions')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** New commits for a day still waiting for an answer; an answered day is left as it is. */
  async updateOpen(
    ownerId: string,
    id: string,
    fields: { commits: SuggestedCommit[]; text: string },
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('work_suggestions')
      .set({ commits: JSON.stringify(fields.commits), text: fields.text, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Moves an open suggestion to `status`; false when it was not open (answered already). */
  async answer(
    ownerId: string,
    id: string,
    status: 'accepted' | 'dismissed',
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('work_suggestions')
      .set({ status, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async linkAccomplishment(ownerId: string, id: string, accomplishmentId: string, now: string) {
    await this.db
      .updateTable('work_suggestions')
      .set({ accomplishment_id: accomplishmentId, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
  }

  /** Undoes an answer whose follow-up failed, so the user can try again. */
  async reopen(ownerId: string, id: string, now: string) {
    await this.db
      .updateTable('work_suggestions')
      .set({ status: 'open', accomplishment_id: null, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
  }
}

function toRecord(row: WorkSuggestionRow): WorkSuggestionRecord {
  return {
    id: row.id,
    key: row.key,
    repository: row.repository,
    date: row.date,
    commits: JSON.parse(row.commits) as SuggestedCommit[],
    text: row.text,
    status: row.status,
    accomplishmentId: row.accomplishment_id,
    createdAt: row.created_at,
  };
}
