// One sync of one address book, in three steps. Read: the cards changed since the last sync
// (sync-token or ctag), nothing written; listed first, then their text a batch at a time, each
// batch decided and let go, so a first sync of thousands of cards never holds them all (a new
// card keeps only the person and link it becomes). Decide: each card merged with its person (three-way,
// against the card both sides last agreed on), new cards matched or made people, removed cards'
// people archived, Rapport's changes and (when the account says so) new people turned into cards.
// Write: the address book first, every write conditional on the etag (a 412 re-reads the card
// and merges again), then Rapport's side in one transaction. A sync that fails before the
// transaction leaves Rapport as it was; what it already wrote to the server merges cleanly next
// time, because the server's card then already holds Rapport's side.

import { readContactCard } from '../../domain/contacts/contact-card-reader';
import { writeContactCard } from '../../domain/contacts/contact-card-writer';
import {
  type ContactCard,
  changedFields,
  FIELD_LABELS,
  type FieldConflict,
  type MatchCandidate,
  matchContact,
  mergeContact,
} from '../../domain/contacts-sync/index';
import type {
  ContactSyncAccount,
  ContactSyncLink,
} from '../../store/contacts-sync/contact-sync-repository';
import {
  EMPTY_PERSON_FIELDS,
  type NewDate,
  type PersonFields,
  type PersonRecord,
} from '../../store/people/person-repository';
import type { NewPerson } from '../../store/transfer/people-bulk-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { openCredentials } from '../credentials';
import { AppError } from '../errors';
import { searchBodyOf } from '../people/person';
import type { CardDavConfig, RemoteCard } from '../ports/contacts-sync';
import {
  inTransferTransaction,
  type TransferStore,
  transferStore,
} from '../transfer/transfer-store';
import {
  cardOfPerson,
  matchKeysOf,
  newPersonFields,
  personChanges,
  readBase,
  storedBase,
  viewOfCard,
} from './person-card';

export interface SyncReport {
  id: string;
  /** People made in Rapport from new cards. */
  added: number;
  /** People Rapport changed from the address book. */
  updated: number;
  /** Cards written to the address book (changed or new). */
  written: number;
  /** Rapport people sent to the address book as new cards. */
  pushed: number;
  archived: number;
  restored: number;
  conflicts: number;
  lastSyncAt: string;
}

/** A card that becomes a new person: all the transaction needs of it. */
interface NewCard {
  person: NewPerson;
  uid: string;
  href: string;
  etag: string | null;
  snapshot: string;
}

interface PersonWork {
  person: PersonRecord;
  link: ContactSyncLink | null;
  merged: ContactCard;
  /** The card came from the server (false: a Rapport person pushed as a new card). */
  fromServer: boolean;
  /** Write the merged card to the server (at `href`, over `etag`; a new card when null). */
  write: boolean;
  href: string;
  etag: string | null;
  local: { fields: Partial<PersonFields>; dates: NewDate[] | undefined };
  noteLines: string[];
  conflicts: FieldConflict[];
  restore: boolean;
}

const NEW_KIND = 'other';
/** New people written per step: a first sync of thousands holds one step's records at a time. */
const PEOPLE_PER_WRITE = 250;
const MAX_WRITE_ATTEMPTS = 3;

export async function syncAccount(
  ctx: AppContext,
  userId: string,
  account: ContactSyncAccount,
): Promise<SyncReport> {
  const now = isoNow(ctx.clock);
  const network = { allowPrivate: Boolean(ctx.settings.sourcesAllowPrivate) };
  try {
    const { password } = openCredentials<{ password: string }>(
      ctx.settings.secret,
      account.credentials,
    );
    const config: CardDavConfig = { url: account.bookUrl, user: account.username, password };
    return await runSync(ctx, userId, account, config, network, now);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await ctx.repos.contactSync.updateAccount(
      userId,
      account.id,
      { lastError: message, lastSyncAt: now },
      now,
    );
    throw new AppError('delivery_failed', `The address book could not be synced: ${message}`);
  }
}

async function runSync(
  ctx: AppContext,
  userId: string,
  account: ContactSyncAccount,
  config: CardDavConfig,
  network: { allowPrivate: boolean },
  now: string,
): Promise<SyncReport> {
  const client = ctx.contactsSync;
  const store = transferStore(ctx.store.db, ctx.store.dialect);
  // Rapport's side is read while the server answers.
  const [changes, links, people] = await Promise.all([
    client.changes(config, account.bookUrl, account.cursor, network),
    ctx.repos.contactSync.links(userId, account.id),
    store.people.allRecords(userId),
  ]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const linkByHref = new Map(links.map((l) => [l.href, l]));
  const linkByUid = new Map(links.map((l) => [l.uid, l]));
  const linkedPeople = new Set(links.map((l) => l.personId));
  const work: PersonWork[] = [];
  const newCards: NewCard[] = [];
  const seen = new Set<string>();

  const candidates: MatchCandidate[] = people
    .filter((p) => !linkedPeople.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      uids: [`urn:rapport:person:${p.id}`],
      ...matchKeysOf(p),
    }));

  // Only cards whose etag moved are read: an unchanged card is never downloaded.
  const wanted: string[] = [];
  for (const listed of changes.listed) {
    seen.add(listed.href);
    if (!unchanged(linkByHref.get(listed.href), listed.etag)) wanted.push(listed.href);
  }
  for await (const batch of client.cards(config, account.bookUrl, wanted, network)) {
    for (const remote of batch) decide(remote);
  }

  function decide(remote: RemoteCard) {
    const link = linkByHref.get(remote.href);
    if (unchanged(link, remote.etag)) return;
    let card: ContactCard;
    try {
      card = readContactCard(remote.text);
    } catch {
      return; // Not a card Rapport can read; it stays on the server untouched.
    }
    const linked = link ?? linkByUid.get(card.uid);
    const person = linked ? personById.get(linked.personId) : undefined;
    if (linked && person) {
      work.push(plan(person, linked, readBase(linked.snapshot), card, remote));
      return;
    }
    const match = matchContact(
      {
        uid: card.uid,
        name: card.name,
        emails: card.emails.map((e) => e.value),
        phones: card.phones.map((p) => p.value),
      },
      candidates,
    );
    const matched = match ? personById.get(match.id) : undefined;
    if (matched) {
      candidates.splice(
        candidates.findIndex((c) => c.id === matched.id),
        1,
      );
      linkedPeople.add(matched.id);
      work.push(plan(matched, null, null, card, remote));
    } else {
      newCards.push({
        person: newPersonOf(card),
        uid: card.uid,
        href: remote.href,
        etag: remote.etag,
        snapshot: storedBase(card),
      });
    }
  }

  const removedHrefs = new Set(changes.removed);
  if (changes.complete)
    for (const link of links) if (!seen.has(link.href)) removedHrefs.add(link.href);
  const archive = links.filter(
    (l) => removedHrefs.has(l.href) && !l.removedAt && personById.has(l.personId),
  );

  // Rapport's own changes to people whose card did not change.
  const touched = new Set(work.map((w) => w.person.id));
  for (const link of links) {
    const person = personById.get(link.personId);
    if (!person || touched.has(person.id) || link.removedAt || removedHrefs.has(link.href))
      continue;
    if (person.updatedAt <= link.syncedAt) continue;
    const base = readBase(link.snapshot);
    const local = cardOfPerson(person, base, link.uid);
    if (changedFields(base, local).length === 0) continue;
    work.push({
      ...emptyWork(person, link, local),
      // Nothing, unless an old base lent the card values the person lacked (readBase).
      local: personChanges(person, local),
      write: true,
      href: link.href,
      etag: link.etag,
    });
  }
  if (account.pushNew) {
    const bookPath = new URL(account.bookUrl).pathname.replace(/\/?$/, '/');
    for (const person of people) {
      if (linkedPeople.has(person.id) || person.archivedAt) continue;
      const uid = `urn:rapport:person:${person.id}`;
      const card = cardOfPerson(person, null, uid);
      work.push({
        ...emptyWork(person, null, card),
        write: true,
        href: `${bookPath}rapport-${person.id}.vcf`,
        etag: null,
      });
    }
  }

  for (const item of work.filter((w) => w.write)) await writeCard(ctx, config, network, item);

  const report = await inTransferTransaction(ctx, async (tx) => {
    const counts = { added: 0, updated: 0, archived: 0, restored: 0, conflicts: 0 };
    const reindex: string[] = [];
    counts.added = await addPeople(tx, userId, account.id, newCards, now);
    const newLinks: Omit<ContactSyncLink, 'id'>[] = [];
    for (const item of work) {
      const fields: Partial<PersonFields> = { ...item.local.fields };
      const lines = [...item.noteLines];
      if (item.restore) {
        // Only what this sync archived comes back; a person archived by hand stays archived.
        if (item.person.archivedAt === item.link?.removedAt) {
          fields.archivedAt = null;
          counts.restored++;
        }
        lines.push(`Back in the address book (${account.bookName}) on ${now.slice(0, 10)}.`);
      }
      if (lines.length) fields.notes = withLines(item.person.notes, lines);
      const personChanged = Object.keys(fields).length > 0 || item.local.dates !== undefined;
      if (personChanged) {
        await tx.repos.people.update(userId, item.person.id, fields, item.local.dates, now);
        reindex.push(item.person.id);
        if (Object.keys(item.local.fields).length || item.local.dates) counts.updated++;
      }
      if (item.conflicts.length) {
        counts.conflicts += item.conflicts.length;
        await tx.repos.contactSync.addConflicts(
          userId,
          account.id,
          item.conflicts.map((c) => ({
            personId: item.person.id,
            field: FIELD_LABELS[c.field],
            localValue: c.local,
            remoteValue: c.remote,
            createdAt: now,
          })),
        );
      }
      // The person's updated_at moves on this write; the link is stamped after it.
      const syncedAt = personChanged ? laterThan(now) : now;
      const snapshot = storedBase(item.merged);
      if (item.link) {
        await tx.repos.contactSync.updateLink(userId, {
          ...item.link,
          href: item.href,
          etag: item.etag,
          uid: item.merged.uid,
          snapshot,
          removedAt: null,
          wasPaused: null,
          syncedAt,
        });
      } else {
        newLinks.push({
          personId: item.person.id,
          uid: item.merged.uid,
          href: item.href,
          etag: item.etag,
          snapshot,
          removedAt: null,
          wasPaused: null,
          syncedAt,
        });
      }
    }
    for (const link of archive) {
      const person = personById.get(link.personId)!;
      // removed_at equal to archived_at says this sync archived them (see the restore above);
      // someone already archived (by hand, or by another book) keeps that date and state.
      const alreadyArchived = person.archivedAt !== null;
      await tx.repos.people.update(
        userId,
        person.id,
        {
          archivedAt: person.archivedAt ?? now,
          notes: withLines(person.notes, [
            `Deleted from the address book (${account.bookName}) on ${now.slice(0, 10)}${alreadyArchived ? '' : '; archived by Rapport'}.`,
          ]),
        },
        undefined,
        now,
      );
      reindex.push(person.id);
      await tx.repos.contactSync.updateLink(userId, {
        ...link,
        removedAt: now,
        wasPaused: null,
        syncedAt: laterThan(now),
      });
      if (!alreadyArchived) counts.archived++;
    }
    await tx.repos.contactSync.insertLinks(userId, account.id, newLinks);
    const records = await tx.people.records(userId, reindex);
    await tx.people.replaceSearchRows(userId, records.map(searchRowOf));
    await tx.repos.contactSync.updateAccount(
      userId,
      account.id,
      { cursor: changes.cursor, lastSyncAt: now, lastError: null },
      now,
    );
    return counts;
  });
  return {
    id: account.id,
    ...report,
    written: work.filter((w) => w.write && w.link).length,
    pushed: work.filter((w) => w.write && !w.link && !w.fromServer).length,
    lastSyncAt: now,
  };

  function plan(
    person: PersonRecord,
    link: ContactSyncLink | null,
    base: ContactCard | null,
    card: ContactCard,
    remote: RemoteCard,
  ): PersonWork {
    const local = cardOfPerson(person, base, card.uid);
    const result = mergeContact(base, local, card);
    return {
      person,
      link,
      merged: result.merged,
      fromServer: true,
      write: result.remoteChanges.length > 0,
      href: remote.href,
      etag: remote.etag,
      local: personChanges(person, result.merged),
      noteLines: result.noteLines,
      conflicts: result.conflicts,
      restore: Boolean(link?.removedAt),
    };
  }
}

/** The card is the version last synced (and its person is not archived): nothing to read. */
function unchanged(link: ContactSyncLink | undefined, etag: string | null) {
  return Boolean(link?.etag && link.etag === etag && !link.removedAt);
}

function emptyWork(
  person: PersonRecord,
  link: ContactSyncLink | null,
  merged: ContactCard,
): PersonWork {
  return {
    person,
    link,
    merged,
    fromServer: false,
    write: false,
    href: link?.href ?? '',
    etag: link?.etag ?? null,
    local: { fields: {}, dates: undefined },
    noteLines: [],
    conflicts: [],
    restore: false,
  };
}

/**
 * Writes one merged card, over the etag it was merged against. When the phone changed the card
 * meanwhile (412), the card is read again and merged again, so its change is kept too.
 */
async function writeCard(
  ctx: AppContext,
  config: CardDavConfig,
  network: { allowPrivate: boolean },
  item: PersonWork,
) {
  const client = ctx.contactsSync;
  const base = item.link ? readBase(item.link.snapshot) : null;
  for (let attempt = 1; ; attempt++) {
    const result = await client.put(
      config,
      item.href,
      item.etag,
      writeContactCard(item.merged),
      network,
    );
    if (result.ok) {
      item.etag = result.etag ?? (await client.get(config, item.href, network))?.etag ?? null;
      return;
    }
    if (attempt >= MAX_WRITE_ATTEMPTS) {
      throw new Error(`${item.person.name}'s card kept changing on the server; try again`);
    }
    const fresh = await client.get(config, item.href, network);
    if (!fresh)
      throw new Error(`${item.person.name}'s card disappeared from the server during the sync`);
    const remote = readContactCard(fresh.text);
    const local = cardOfPerson(item.person, base, remote.uid);
    const merged = mergeContact(base, local, remote);
    item.merged = merged.merged;
    item.etag = fresh.etag;
    item.fromServer = true;
    item.local = personChanges(item.person, merged.merged);
    item.noteLines = merged.noteLines;
    item.conflicts = merged.conflicts;
    if (merged.remoteChanges.length === 0) return;
  }
}

/** The people new cards become, with their links and search rows, a step at a time. */
async function addPeople(
  tx: TransferStore,
  userId: string,
  accountId: string,
  cards: NewCard[],
  now: string,
): Promise<number> {
  for (let start = 0; start < cards.length; start += PEOPLE_PER_WRITE) {
    const step = cards.slice(start, start + PEOPLE_PER_WRITE);
    const created = await tx.people.insert(
      userId,
      step.map((c) => c.person),
      now,
    );
    await tx.repos.contactSync.insertLinks(
      userId,
      accountId,
      created.map((person, i) => ({
        personId: person.id,
        uid: step[i]!.uid,
        href: step[i]!.href,
        etag: step[i]!.etag,
        snapshot: step[i]!.snapshot,
        removedAt: null,
        wasPaused: null,
        syncedAt: now,
      })),
    );
    await tx.people.insertSearchRows(userId, created.map(searchRowOf));
  }
  return cards.length;
}

const searchRowOf = (person: PersonRecord) => ({
  refType: 'person' as const,
  refId: person.id,
  personId: person.id,
  body: searchBodyOf(person),
});

function newPersonOf(card: ContactCard): NewPerson {
  const view = viewOfCard(card);
  const dates: NewDate[] = [];
  dates.push(...personChangesFromView(view.birthday, view.anniversary));
  return {
    fields: {
      ...EMPTY_PERSON_FIELDS,
      ...newPersonFields(view),
      kind: NEW_KIND,
    } satisfies PersonFields,
    dates,
  };
}

function personChangesFromView(birthday: string | null, anniversary: string | null): NewDate[] {
  const dates: NewDate[] = [];
  const parse = (text: string | null) => {
    const match = text ? /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(text) : null;
    return match
      ? {
          month: Number(match[2]),
          day: Number(match[3]),
          year: match[1] === '-' ? null : Number(match[1]),
        }
      : null;
  };
  const b = parse(birthday);
  if (b) dates.push({ type: 'birthday', label: null, ...b });
  const a = parse(anniversary);
  if (a) dates.push({ type: 'custom', label: 'Anniversary', ...a });
  return dates;
}

function withLines(notes: string | null, lines: string[]): string {
  return [notes?.trimEnd(), ...lines].filter(Boolean).join('\n');
}

/** An instant just after `now`, so a person written in this sync does not look edited since. */
function laterThan(now: string): string {
  return new Date(new Date(now).getTime() + 1).toISOString();
}
