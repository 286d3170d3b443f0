import type { Kysely } from 'kysely';
import { newId } from '../ids';
import { fromJsonArray, toJson } from '../json-columns';
import type { Database, StatusUpdateRow } from '../schema';

export interface StatusUpdateRecord {
  id: string;
  kind: string;
  periodStart: string;
  periodEnd: string;
  subject: string;
  markdown: string;
  recipients: string[];
  status: 'draft' | 'sent' | 'failed';
  error: string | null;
  origin: 'manual' | 'scheduled';
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewStatusUpdate = Pick<
  StatusUpdateRecord,
  'kind' | 'periodStart' | 'periodEnd' | 'subject' | 'markdown' | 'recipients' | 'origin'
>;

export class StatusUpdateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(ownerId: string, update: NewStatusUpdate, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto('status_updates')
      .values({
        id,
        owner_id: ownerId,
        kind: update.kind,
        period_start: update.periodStart,
        period_end: update.periodEnd,
        subject: update.subject,
        markdown: update.markdown,
        recipients: toJson(update.recipients),
        status: 'draft',
        error: null,
        origin: update.origin,
        sent_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  }

  async update(
    ownerId: string,
    id: string,
    changes: Partial<
      Pick<
        StatusUpdateRecord,
        'subject' | 'markdown' | 'recipients' | 'status' | 'error' | 'sentAt'
      >
    >,
    now: string,
  ): Promise<boolean> {
    const { recipients, sentAt, ...plain } = changes;
    const result = await this.db
      .updateTable('status_updates')
      .set({
        ...plain,
        ...(recipients !== undefined && { recipients: toJson(recipients) }),
        ...(sentAt !== undefined && { sent_at: sentAt }),
        updated_at: now,
      })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async findById(ownerId: string, id: string): Promise<StatusUpdateRecord | undefined> {
    const row = await this.db
      .selectFrom('status_updates')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async list(ownerId: string, limit = 100): Promise<StatusUpdateRecord[]> {
    const rows = await this.db
      .selectFrom('status_updates')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('status_updates')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where('status', '!=', 'sent')
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toRecord(row: StatusUpdateRow): StatusUpdateRecord {
  return {
    id: row.id,
    kind: row.kind,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    subject: row.subject,
    markdown: row.markdown,
    recipients: fromJsonArray(row.recipients),
    status: row.status,
    error: row.error,
    origin: row.origin,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
