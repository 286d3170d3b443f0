// CardDAV accounts, the link of each synced person to their card, and the conflicts found.
// Every method is scoped to the owner; links are written in batches (a first sync links
// thousands of people).
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type {
  ContactSyncAccountRow,
  ContactSyncConflictRow,
  ContactSyncLinkRow,
  Database,
} from '../schema';

export interface ContactSyncAccount {
  id: string;
  url: string;
  username: string;
  credentials: string;
  bookUrl: string;
  bookName: string;
  pushNew: boolean;
  paused: boolean;
  cursor: string | null;
  lastSyncAt: string | null;
  lastError: string | null;
  /** Failed syncs in a row (the scheduler waits longer after each). */
  failures: number;
  createdAt: string;
  conflicts: number;
}

export interface ContactSyncLink {
  id: string;
  personId: string;
  uid: string;
  href: string;
  etag: string | null;
  snapshot: string;
  /** When the card left the address book; equal to the person's archivedAt: the sync archived them. */
  removedAt: string | null;
  /** The pause before the old "paused + tag" archiving; null since 0027 moved those people over. */
  wasPaused: boolean | null;
  syncedAt: string;
}

export interface ContactSyncConflict {
  id: string;
  accountId: string;
  personId: string;
  personName: string;
  field: string;
  localValue: string;
  remoteValue: string;
  createdAt: string;
}

const ROWS_PER_INSERT = 500;

const toAccount = (row: ContactSyncAccountRow, conflicts: number): ContactSyncAccount => ({
  id: row.id,
  url: row.url,
  username: row.username,
  credentials: row.credentials,
  bookUrl: row.book_url,
  bookName: row.book_name,
  pushNew: Boolean(row.push_new),
  paused: Boolean(row.paused),
  cursor: row.cursor,
  lastSyncAt: row.last_sync_at,
  lastError: row.last_error,
  failures: Number(row.failures),
  createdAt: row.created_at,
  conflicts,
});

const toLink = (row: ContactSyncLinkRow): ContactSyncLink => ({
  id: row.id,
  personId: row.person_id,
  uid: row.uid,
  href: row.href,
  etag: row.etag,
  snapshot: row.snapshot,
  removedAt: row.removed_at,
  wasPaused: row.was_paused === null ? null : Boolean(row.was_paused),
  syncedAt: row.synced_at,
});

export type AccountChanges = Partial<
  Pick<ContactSyncAccount, 'pushNew' | 'paused' | 'cursor' | 'lastSyncAt' | 'lastError'>
>;

export class ContactSyncRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createAccount(
    ownerId: string,
    fields: Pick<
      ContactSyncAccount,
      'url' | 'username' | 'credentials' | 'bookUrl' | 'bookName' | 'pushNew'
    >,
    now: string,
  ): Promise<ContactSyncAccount> {
    const id = newId();
    await this.db
      .insertInto('contact_sync_accounts')
      .values({
        id,
        owner_id: ownerId,
        url: fields.url,
        username: fields.username,
        credentials: fields.credentials,
        book_url: fields.bookUrl,
        book_name: fields.bookName,
        push_new: fields.pushNew ? 1 : 0,
        paused: 0,
        cursor: null,
        last_sync_at: null,
        last_error: null,
        next_sync_at: null,
        failures: 0,
        lease_until: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return (await this.findAccount(ownerId, id))!;
  }

  async listAccounts(ownerId: string): Promise<ContactSyncAccount[]> {
    const rows = await this.db
      .selectFrom('contact_sync_accounts')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const counts = await this.conflictCounts(ownerId);
    return rows.map((row) => toAccount(row, counts.get(row.id) ?? 0));
  }

  async findAccount(ownerId: string, id: string): Promise<ContactSyncAccount | undefined> {
    const row = await this.db
      .selectFrom('contact_sync_accounts')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return toAccount(row, (await this.conflictCounts(ownerId)).get(id) ?? 0);
  }

  async updateAccount(ownerId: string, id: string, changes: AccountChanges, now: string) {
    const set: Partial<ContactSyncAccountRow> = { updated_at: now };
    if (changes.pushNew !== undefined) set.push_new = changes.pushNew ? 1 : 0;
    if (changes.paused !== undefined) set.paused = changes.paused ? 1 : 0;
    if (changes.cursor !== undefined) set.cursor = changes.cursor;
    if (changes.lastSyncAt !== undefined) set.last_sync_at = changes.lastSyncAt;
    if (changes.lastError !== undefined) set.last_error = changes.lastError;
    const result = await this.db
      .updateTable('contact_sync_accounts')
      .set(set)
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Accounts of every user whose scheduled sync is due (not paused, not syncing now). */
  async listDue(now: string, limit = 200): Promise<{ ownerId: string; id: string }[]> {
    const rows = await this.db
      .selectFrom('contact_sync_accounts')
      .select(['owner_id', 'id'])
      .where('paused', '=', 0)
      .where((eb) => eb.or([eb('next_sync_at', 'is', null), eb('next_sync_at', '<=', now)]))
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('next_sync_at')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ownerId: row.owner_id, id: row.id }));
  }

  /** Takes the sync lease; false while another sync (a request, the scheduler, another instance) holds it. */
  async lease(ownerId: string, id: string, now: string, until: string): Promise<boolean> {
    const result = await this.db
      .updateTable('contact_sync_accounts')
      .set({ lease_until: until })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Gives the lease back, with when to sync next and the failures in a row so far. */
  async release(ownerId: string, id: string, ok: boolean, nextSyncAt: string): Promise<void> {
    await this.db
      .updateTable('contact_sync_accounts')
      .set((eb) => ({
        lease_until: null,
        next_sync_at: nextSyncAt,
        failures: ok ? 0 : eb('failures', '+', 1),
      }))
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
  }

  async deleteAccount(ownerId: string, id: string): Promise<boolean> {
    await this.db
      .deleteFrom('contact_sync_conflicts')
      .where('owner_id', '=', ownerId)
      .where('account_id', '=', id)
      .execute();
    await this.db
      .deleteFrom('contact_sync_links')
      .where('owner_id', '=', ownerId)
      .where('account_id', '=', id)
      .execute();
    const result = await this.db
      .deleteFrom('contact_sync_accounts')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async links(ownerId: string, accountId: string): Promise<ContactSyncLink[]> {
    const rows = await this.db
      .selectFrom('contact_sync_links')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('account_id', '=', accountId)
      .execute();
    return rows.map(toLink);
  }

  async insertLinks(ownerId: string, accountId: string, links: Omit<ContactSyncLink, 'id'>[]) {
    const rows: ContactSyncLinkRow[] = links.map((link) => ({
      id: newId(),
      owner_id: ownerId,
      account_id: accountId,
      person_id: link.personId,
      uid: link.uid,
      href: link.href,
      etag: link.etag,
      snapshot: link.snapshot,
      removed_at: link.removedAt,
      was_paused: link.wasPaused === null ? null : link.wasPaused ? 1 : 0,
      synced_at: link.syncedAt,
    }));
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await this.db
        .insertInto('contact_sync_links')
        .values(rows.slice(start, start + ROWS_PER_INSERT))
        .execute();
    }
  }

  async updateLink(ownerId: string, link: ContactSyncLink) {
    await this.db
      .updateTable('contact_sync_links')
      .set({
        uid: link.uid,
        href: link.href,
        etag: link.etag,
        snapshot: link.snapshot,
        removed_at: link.removedAt,
        was_paused: link.wasPaused === null ? null : link.wasPaused ? 1 : 0,
        synced_at: link.syncedAt,
      })
      .where('owner_id', '=', ownerId)
      .where('id', '=', link.id)
      .execute();
  }

  async addConflicts(
    ownerId: string,
    accountId: string,
    conflicts: Omit<ContactSyncConflict, 'id' | 'accountId' | 'personName'>[],
  ) {
    const rows: ContactSyncConflictRow[] = conflicts.map((c) => ({
      id: newId(),
      owner_id: ownerId,
      account_id: accountId,
      person_id: c.personId,
      field: c.field,
      local_value: c.localValue,
      remote_value: c.remoteValue,
      created_at: c.createdAt,
    }));
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await this.db
        .insertInto('contact_sync_conflicts')
        .values(rows.slice(start, start + ROWS_PER_INSERT))
        .execute();
    }
  }

  async conflicts(ownerId: string): Promise<ContactSyncConflict[]> {
    const rows = await this.db
      .selectFrom('contact_sync_conflicts as c')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select([
        'c.id',
        'c.account_id',
        'c.person_id',
        'p.name',
        'c.field',
        'c.local_value',
        'c.remote_value',
        'c.created_at',
      ])
      .where('c.owner_id', '=', ownerId)
      .where('p.owner_id', '=', ownerId)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      accountId: row.account_id,
      personId: row.person_id,
      personName: row.name,
      field: row.field,
      localValue: row.local_value,
      remoteValue: row.remote_value,
      createdAt: row.created_at,
    }));
  }

  private async conflictCounts(ownerId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('contact_sync_conflicts')
      .select(['account_id', (eb) => eb.fn.countAll<number>().as('count')])
      .where('owner_id', '=', ownerId)
      .groupBy('account_id')
      .execute();
    return new Map(rows.map((r) => [r.account_id, Number(r.count)]));
  }
}
