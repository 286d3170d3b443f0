// Sources a user connected (calendars, mailboxes, repositories): their settings, sealed
// credentials, cursor and sync state. A lease on the row lets one instance sync it at a time.
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, SourceRow } from '../schema';

export type SourceKind = 'ics' | 'caldav' | 'imap' | 'git';
export type SourceMode = 'review' | 'auto';

/** What a user chooses about a source (everything but its secrets and its sync state). */
export interface SourceFields {
  name: string;
  mode: SourceMode;
  paused: boolean;
  keepSubjects: boolean;
  largeMeetingSize: number;
  countLargeMeetings: boolean;
  reachBackMonths: number;
  intervalMinutes: number;
  replyDelayHours: number;
  settings: Record<string, unknown>;
}

export interface SourceRecord extends SourceFields {
  id: string;
  ownerId: string;
  kind: SourceKind;
  /** Sealed; opened only to connect. */
  credentials: string | null;
  cursor: string | null;
  windowFrom: string;
  lastSyncAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failingSince: string | null;
  nextSyncAt: string;
  failures: number;
  seenLast: number;
  capturedTotal: number;
  createdAt: string;
}

/** The outcome of one sync, written back to the source. */
export type SyncOutcome =
  | { ok: true; cursor: string | null; seen: number; captured: number; nextSyncAt: string }
  | { ok: false; error: string; nextSyncAt: string };

export class SourceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(
    ownerId: string,
    kind: SourceKind,
    fields: SourceFields,
    credentials: string | null,
    windowFrom: string,
    now: string,
  ): Promise<SourceRecord> {
    const id = newId();
    await this.db
      .insertInto('sources')
      .values({
        id,
        owner_id: ownerId,
        kind,
        ...toColumns(fields),
        credentials,
        cursor: null,
        window_from: windowFrom,
        last_sync_at: null,
        last_success_at: null,
        last_error: null,
        failing_since: null,
        next_sync_at: now,
        failures: 0,
        lease_until: null,
        seen_last: 0,
        captured_total: 0,
        created_at: now,
        updated_at: now,
      } as SourceRow)
      .execute();
    return (await this.findById(ownerId, id))!;
  }

  async findById(ownerId: string, id: string): Promise<SourceRecord | undefined> {
    const row = await this.db
      .selectFrom('sources')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async list(ownerId: string): Promise<SourceRecord[]> {
    const rows = await this.db
      .selectFrom('sources')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toRecord);
  }

  /** Sources of every user whose next sync is due, not paused: what the scheduler runs. */
  async listDue(now: string, limit = 200): Promise<SourceRecord[]> {
    const rows = await this.db
      .selectFrom('sources')
      .selectAll()
      .where('paused', '=', 0)
      .where('next_sync_at', '<=', now)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_sync_at')
      .limit(limit)
      .execute();
    return rows.map(toRecord);
  }

  /** The owner's sources failing since before `before`: what Today warns about. */
  async listFailing(ownerId: string, before: string) {
    return this.db
      .selectFrom('sources')
      .select(['id', 'name', 'last_error', 'failing_since'])
      .where('owner_id', '=', ownerId)
      .where('paused', '=', 0)
      .where('failing_since', '<=', before)
      .orderBy('failing_since')
      .execute();
  }

  async update(
    ownerId: string,
    id: string,
    fields: Partial<SourceFields> & { credentials?: string | null; lastError?: string | null },
    now: string,
  ): Promise<boolean> {
    const { credentials, lastError, ...rest } = fields;
    const result = await this.db
      .updateTable('sources')
      .set({
        ...toColumns(rest),
        ...(credentials !== undefined && { credentials }),
        ...(lastError !== undefined && { last_error: lastError }),
        updated_at: now,
      })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Takes the sync lease; false while another sync (another request, another instance) holds it. */
  async lease(id: string, now: string, until: string): Promise<boolean> {
    const result = await this.db
      .updateTable('sources')
      .set({ lease_until: until })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Records a sync's outcome and gives the lease back. */
  async finishSync(id: string, outcome: SyncOutcome, now: string): Promise<void> {
    if (outcome.ok) {
      await this.db
        .updateTable('sources')
        .set((eb) => ({
          cursor: outcome.cursor,
          last_sync_at: now,
          last_success_at: now,
          last_error: null,
          failing_since: null,
          failures: 0,
          next_sync_at: outcome.nextSyncAt,
          lease_until: null,
          seen_last: outcome.seen,
          captured_total: eb('captured_total', '+', outcome.captured),
          updated_at: now,
        }))
        .where('id', '=', id)
        .execute();
      return;
    }
    await this.db
      .updateTable('sources')
      .set((eb) => ({
        last_sync_at: now,
        last_error: outcome.error,
        failing_since: eb.fn.coalesce('failing_since', eb.val(now)),
        failures: eb('failures', '+', 1),
        next_sync_at: outcome.nextSyncAt,
        lease_until: null,
        updated_at: now,
      }))
      .where('id', '=', id)
      .execute();
  }

  async releaseLease(id: string): Promise<void> {
    await this.db.updateTable('sources').set({ lease_until: null }).where('id', '=', id).execute();
  }

  async delete(ownerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('sources')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toColumns(fields: Partial<SourceFields>): Partial<SourceRow> {
  const columns: Partial<SourceRow> = {};
  if (fields.name !== undefined) columns.name = fields.name;
  if (fields.mode !== undefined) columns.mode = fields.mode;
  if (fields.paused !== undefined) columns.paused = fields.paused ? 1 : 0;
  if (fields.keepSubjects !== undefined) columns.keep_subjects = fields.keepSubjects ? 1 : 0;
  if (fields.largeMeetingSize !== undefined) columns.large_meeting_size = fields.largeMeetingSize;
  if (fields.countLargeMeetings !== undefined)
    columns.count_large_meetings = fields.countLargeMeetings ? 1 : 0;
  if (fields.reachBackMonths !== undefined) columns.reach_back_months = fields.reachBackMonths;
  if (fields.intervalMinutes !== undefined) columns.interval_minutes = fields.intervalMinutes;
  if (fields.replyDelayHours !== undefined) columns.reply_delay_hours = fields.replyDelayHours;
  if (fields.settings !== undefined) columns.settings = JSON.stringify(fields.settings);
  return columns;
}

function toRecord(row: SourceRow): SourceRecord {
  return {
    id: row.id,
    ownerId: row.owner_id,
    kind: row.kind as SourceKind,
    name: row.name,
    mode: row.mode as SourceMode,
    paused: Boolean(row.paused),
    keepSubjects: Boolean(row.keep_subjects),
    largeMeetingSize: Number(row.large_meeting_size),
    countLargeMeetings: Boolean(row.count_large_meetings),
    reachBackMonths: Number(row.reach_back_months),
    intervalMinutes: Number(row.interval_minutes),
    replyDelayHours: Number(row.reply_delay_hours),
    settings: JSON.parse(row.settings) as Record<string, unknown>,
    credentials: row.credentials,
    cursor: row.cursor,
    windowFrom: row.window_from,
    lastSyncAt: row.last_sync_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    failingSince: row.failing_since,
    nextSyncAt: row.next_sync_at,
    failures: Number(row.failures),
    seenLast: Number(row.seen_last),
    capturedTotal: Number(row.captured_total),
    createdAt: row.created_at,
  };
}
