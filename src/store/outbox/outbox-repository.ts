import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, OutboxRow } from '../schema';

export type OutboxChannel = OutboxRow['channel'];

export interface NewOutboxMessage {
  channel: OutboxChannel;
  /** The user the message is for or about; their account's deletion removes it. */
  ownerId: string | null;
  /** Where it goes: e-mail addresses, or a workspace id for Slack. */
  recipient: string[] | string;
  payload: unknown;
  /** Makes a stable Message-ID from the row id: "<id@domain>". */
  messageDomain: string;
  /** Not sent before this instant (default: at once). */
  notBefore?: string;
  /** What it belongs to, so it can be withdrawn: `team:<workspace id>`. */
  topic?: string | null;
}

export interface OutboxMessage {
  id: string;
  channel: OutboxChannel;
  ownerId: string | null;
  recipient: unknown;
  payload: unknown;
  messageId: string;
  status: OutboxRow['status'];
  attempts: number;
  nextAttemptAt: string;
  leasedUntil: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

const toMessage = (row: OutboxRow): OutboxMessage => ({
  id: row.id,
  channel: row.channel,
  ownerId: row.owner_id,
  recipient: JSON.parse(row.recipient),
  payload: JSON.parse(row.payload),
  messageId: row.message_id,
  status: row.status,
  attempts: Number(row.attempts),
  nextAttemptAt: row.next_attempt_at,
  leasedUntil: row.leased_until,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
});

/**
 * Messages waiting to be delivered. Enqueue inside the transaction that decides to send; the
 * sender leases a due row with a conditional update, so one sender at a time owns it, and a
 * lease that runs out (its sender died) makes the row due again.
 */
export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(message: NewOutboxMessage, now: string): Promise<string> {
    const id = newId();
    await this.db
      .insertInto('outbox')
      .values({
        id,
        channel: message.channel,
        topic: message.topic ?? null,
        owner_id: message.ownerId,
        recipient: JSON.stringify(message.recipient),
        payload: JSON.stringify(message.payload),
        message_id: `<${id}@${message.messageDomain}>`,
        status: 'pending',
        attempts: 0,
        next_attempt_at: message.notBefore && message.notBefore > now ? message.notBefore : now,
        leased_until: null,
        last_error: null,
        created_at: now,
        sent_at: null,
      })
      .execute();
    return id;
  }

  /** Ids of pending rows whose time has come and whose lease (if any) ran out, oldest first. */
  async dueIds(now: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('outbox')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', now)]))
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Takes a due row for this sender until `until`, counting the attempt; null when another
   * sender holds it, it was sent, or it is not due yet.
   */
  async lease(id: string, now: string, until: string): Promise<OutboxMessage | null> {
    const result = await this.db
      .updateTable('outbox')
      .set((eb) => ({ leased_until: until, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', now)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return null;
    return this.findById(id);
  }

  async markSent(id: string, now: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: now, leased_until: null, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  /** Records a failed attempt: tried again at `retryAt`, or given up when it is null. */
  async markFailed(id: string, error: string, retryAt: string | null): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({
        status: retryAt ? 'pending' : 'failed',
        next_attempt_at: retryAt ?? undefined,
        leased_until: null,
        last_error: error.slice(0, 1000),
      })
      .where('id', '=', id)
      .execute();
  }

  /** When mail under this topic last went out to the user (within the week the outbox keeps). */
  async lastSent(ownerId: string, topic: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.max('sent_at').as('at'))
      .where('owner_id', '=', ownerId)
      .where('topic', '=', topic)
      .where('status', '=', 'sent')
      .executeTakeFirst();
    return (row?.at as string | null | undefined) ?? null;
  }

  /** How many mails under this topic were queued for the user since then (any outcome). */
  async countSince(ownerId: string, topic: string, since: string): Promise<number> {
    const row = await this.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', ownerId)
      .where('topic', '=', topic)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /** Forgets delivered and given-up messages sent before `before`: their bodies are private. */
  async prune(before: string): Promise<number> {
    const result = await this.db
      .deleteFrom('outbox')
      .where('status', 'in', ['sent', 'failed'])
      .where('created_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /**
   * Withdraws what still waits under a topic (`team:<ws>`, with or without the `|<ids>` it names)
   * for this person or naming them: a member who left. Ids are letters and digits only, so they
   * are safe in a LIKE pattern.
   */
  async withdraw(personId: string, topic: string): Promise<void> {
    await this.db
      .deleteFrom('outbox')
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('topic', '=', topic), eb('topic', 'like', `${topic}|%`)]))
      .where((eb) => eb.or([eb('owner_id', '=', personId), eb('topic', 'like', `%${personId}%`)]))
      .execute();
  }

  async findById(id: string): Promise<OutboxMessage | null> {
    const row = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toMessage(row) : null;
  }

  async list(): Promise<OutboxMessage[]> {
    const rows = await this.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();
    return rows.map(toMessage);
  }
  /**
   * What should have gone out and has not: messages due before `overdueBefore` still waiting
   * (no sender is running, or it keeps failing), and messages given up since `failedSince`.
   */
  async undelivered(overdueBefore: string, failedSince: string) {
    const rows = await this.db
      .selectFrom('outbox')
      .select(['status', 'channel', 'next_attempt_at', 'last_error'])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<', overdueBefore)]),
          eb.and([eb('status', '=', 'failed'), eb('created_at', '>=', failedSince)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .limit(1000)
      .execute();
    return {
      overdue: rows.filter((r) => r.status === 'pending').length,
      failed: rows.filter((r) => r.status === 'failed').length,
      oldestDueAt: rows.find((r) => r.status === 'pending')?.next_attempt_at ?? null,
      lastError: rows.find((r) => r.last_error)?.last_error ?? null,
    };
  }
}
