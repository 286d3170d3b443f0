// What Today reads from the database, ready for the domain, kept per user and brought up to date
// after a write instead of read again. The user's data version (bumped by database triggers on
// any change to people, dates, items or welcome items, by any process) says whether anything
// changed; the agenda_changes log (0025) says which people, and only their rows are re-read.
// Today is read far more often than it changes. Beside the input, the cache keeps the domain's
// ranking of each input (per minute: the ranking depends on the clock) and whole Todays by the
// database's write stamp (today.ts), so that a new AgendaSourceCache is a cold Today throughout.
import {
  type Agenda,
  type AgendaCareerEvent,
  AgendaMemo,
  type AgendaPerson,
  type AgendaPromise,
  type CadenceDefaults,
  type OwedReply,
} from '../../domain/index';
import type { PersonItemRecord } from '../../store/person-items/person-item-repository';
import type { Repositories } from '../../store/repositories';
import type { WelcomeItemRecord } from '../../store/team/welcome-item-repository';
import { byId, itemLists, newestItemFirst, toAgendaPerson } from './agenda-rows';
import { PerUserMemo } from './per-user-memo';
import { welcomesSince } from './welcome-window';

export interface AgendaSource {
  /** By id (agenda-rows' canonical order). */
  people: AgendaPerson[];
  /** Where each person is in `people`: kept with the list, so no reader indexes 5,000 again. */
  placeOf: ReadonlyMap<string, number>;
  owedReplies: OwedReply[];
  promises: AgendaPromise[];
  careerEvents: AgendaCareerEvent[];
  /** Open welcome items young enough to show when read (Today filters them again by age). */
  welcomes: WelcomeItemRecord[];
}

/** The person with this id in the source, without indexing its people again. */
export function personIn(
  source: Pick<AgendaSource, 'people' | 'placeOf'>,
  id: string,
): AgendaPerson | undefined {
  const at = source.placeOf.get(id);
  return at === undefined ? undefined : source.people[at];
}

interface Entry {
  version: number;
  defaults: string;
  source: AgendaSource;
  /** The open items behind the source's three lists, to patch them per person. */
  items: PersonItemRecord[];
}

const MAX_USERS = 200;
/** Past this many changed people (an import, a restore) one full read is cheaper. */
const MAX_PATCHED = 500;
const WELCOMES = '';
/** Logged when a person is removed (their own row goes with them): read everything again. */
const SOMEONE_LEFT = '-';
const ITEM_TYPES = ['reply', 'promise', 'event'] as const;

export class AgendaSourceCache {
  private readonly entries = new Map<string, Entry>();
  /** Whole Todays, by user, under the key today.ts gives them (it knows their type). */
  readonly results = new PerUserMemo<unknown>(MAX_USERS);
  /** A source is never changed once read (a patch makes a new one): its ranking can be kept. */
  private readonly rankings = new WeakMap<AgendaSource, { key: string; agenda: Agenda }>();
  /**
   * What the domain keeps between rankings of a user's sources (see domain agenda-memo): a
   * patch replaces only the changed people's objects, so the others' items are not built again.
   */
  private readonly memos = new PerUserMemo<AgendaMemo>(MAX_USERS);

  /**
   * The domain's ranking of `source`, computed once per `key`, which must name the rest of the
   * ranking's input (the clock's minute, the user's zone and interests, the horizon). Callers
   * must not change what it returns.
   */
  ranked(
    userId: string,
    source: AgendaSource,
    key: string,
    rank: (memo: AgendaMemo) => Agenda,
  ): Agenda {
    const kept = this.rankings.get(source);
    if (kept?.key === key) return kept.agenda;
    let memo = this.memos.get(userId, '');
    if (!memo) {
      memo = new AgendaMemo();
      this.memos.set(userId, '', memo);
    }
    const agenda = rank(memo);
    this.rankings.set(source, { key, agenda });
    return agenda;
  }

  async read(
    repos: Repositories,
    userId: string,
    /** The user's cadence defaults, or their read under way: who changed is read beside it. */
    cadenceDefaults: CadenceDefaults | Promise<CadenceDefaults>,
    now: Date,
  ): Promise<AgendaSource> {
    const kept = this.entries.get(userId);
    this.entries.delete(userId);
    // The version is read before the rows: a write in between is read again on the next call.
    // With a kept input, who changed since it comes in the same read, beside the user row that
    // gives the defaults (Today: on PostgreSQL one round trip in a row instead of two).
    const [defaults, since] = await Promise.all([
      cadenceDefaults,
      kept && repos.users.versionAndChangesSince(userId, kept.version, MAX_PATCHED),
    ]);
    const defaultsKey = JSON.stringify(defaults);
    const cached = kept?.defaults === defaultsKey ? kept : undefined;
    const version = since ? since.version : await repos.users.dataVersion(userId);
    if (version === undefined) return (await load(repos, userId, defaults, now)).source;
    let entry: Entry | undefined;
    if (cached && since && cached.version === version) entry = cached;
    else if (cached && since && cached.version < version)
      entry = await patch(repos, userId, cached, since, defaults, now);
    entry ??= { ...(await load(repos, userId, defaults, now)), version, defaults: defaultsKey };
    this.entries.set(userId, entry);
    if (this.entries.size > MAX_USERS) this.entries.delete(this.entries.keys().next().value!);
    return entry.source;
  }
}

async function load(repos: Repositories, userId: string, defaults: CadenceDefaults, now: Date) {
  const [rows, dates, items, welcomes] = await Promise.all([
    repos.people.listForAgenda(userId),
    repos.people.datesOf(userId, null),
    repos.personItems.list(userId, { open: true, types: [...ITEM_TYPES] }),
    repos.welcomeItems.listOpen(userId, welcomesSince(now).toISOString()),
  ]);
  const people = rows.map((row) => toAgendaPerson(row, dates.get(row.id) ?? [], defaults));
  return assemble(people.sort(byId), items.sort(newestItemFirst), welcomes);
}

/**
 * Re-reads only the people logged as changed since the cached version, with their dates and open
 * items, and the welcomes if they changed; undefined (read everything) when too many changed.
 */
async function patch(
  repos: Repositories,
  userId: string,
  cached: Entry,
  { version, changed }: { version: number; changed: string[] },
  defaults: CadenceDefaults,
  now: Date,
): Promise<Entry | undefined> {
  if (changed.length > MAX_PATCHED || changed.includes(SOMEONE_LEFT)) return undefined;
  const ids = changed.filter((id) => id !== WELCOMES);
  const [rows, dates, items, welcomes] = await Promise.all([
    repos.people.listForAgenda(userId, ids),
    repos.people.datesOf(userId, ids),
    repos.personItems.list(userId, { open: true, types: [...ITEM_TYPES], personIds: ids }),
    changed.includes(WELCOMES)
      ? repos.welcomeItems.listOpen(userId, welcomesSince(now).toISOString())
      : cached.source.welcomes,
  ]);
  const fresh = rows.map((row) => toAgendaPerson(row, dates.get(row.id) ?? [], defaults));
  const old = cached.source.people;
  let people: AgendaPerson[];
  const placeOf = cached.source.placeOf;
  const samePlaces = fresh.length === ids.length && fresh.every((p) => placeOf.has(p.id));
  if (samePlaces) {
    // Only edits: each person keeps their place.
    people = [...old];
    for (const person of fresh) people[placeOf.get(person.id)!] = person;
  } else {
    const gone = new Set(ids);
    people = [...old.filter((p) => !gone.has(p.id)), ...fresh].sort(byId);
  }
  const touched = new Set(ids);
  const openItems = ids.length
    ? [...cached.items.filter((i) => !touched.has(i.personId)), ...items].sort(newestItemFirst)
    : cached.items;
  const places = samePlaces ? placeOf : undefined;
  return { ...assemble(people, openItems, welcomes, places), version, defaults: cached.defaults };
}

function assemble(
  people: AgendaPerson[],
  items: PersonItemRecord[],
  welcomes: WelcomeItemRecord[],
  placeOf: ReadonlyMap<string, number> = new Map(people.map((p, i) => [p.id, i])),
) {
  return { source: { people, placeOf, ...itemLists(items), welcomes }, items };
}
