// The people list without a filter (everyone not archived, the People page), kept per user and
// brought up to date after a write instead of read again: reading and presenting 300 people
// (with their dates and contact values) was the dearest request of the mixed load, and it is
// read far more often than a person's name, dates or values change. Logging a conversation
// changes one person's stats: that person is read again, nobody else.
//
// It rests on what Today's cache rests on (app/today/agenda-source.ts): the user's data version,
// which database triggers bump on every change to people and their dates (by any process or
// instance), and the agenda_changes log (0025) naming the people changed since a version. A
// person's contact values (person_values) have no trigger of their own, but every write of them
// also updates the person's row (writeValues sets email and phone), so it is logged too.
import type { CadenceDefaults } from '../../domain/index';
import type { Repositories } from '../../store/repositories';
import { type Person, presentPerson } from './person';

interface Entry {
  version: number;
  /** The cadence defaults the list was presented with (they give `cadenceDays`). */
  defaults: string;
  people: Person[];
  /** Where each person is in `people`. */
  index: Map<string, number>;
}

const MAX_USERS = 100;
/** Past this many changed people a full read is about as cheap. */
const MAX_PATCHED = 50;

export class PeopleListCache {
  private readonly entries = new Map<string, Entry>();

  /**
   * Everyone not archived, by name, as the API shows them. Shared between callers: read it,
   * never change it.
   */
  async list(
    repos: Repositories,
    userId: string,
    /** The user's cadence defaults, being read: who changed is read beside them. */
    cadenceDefaults: Promise<CadenceDefaults>,
  ): Promise<Person[]> {
    const kept = this.entries.get(userId);
    this.entries.delete(userId);
    // The version is read before the rows: a write in between is read again on the next call.
    // With a kept list, who changed since it comes in the same read, beside the defaults (on
    // PostgreSQL one round trip in a row instead of two).
    const [defaults, since] = await Promise.all([
      cadenceDefaults,
      kept && repos.users.versionAndChangesSince(userId, kept.version, MAX_PATCHED),
    ]);
    const defaultsKey = JSON.stringify(defaults);
    const cached = kept?.defaults === defaultsKey ? kept : undefined;
    const version = since ? since.version : await repos.users.dataVersion(userId);
    if (version === undefined) return (await load(repos, userId, defaults)).people;
    let entry: Entry | undefined;
    if (cached && since && cached.version === version) entry = cached;
    else if (cached && since && cached.version < version)
      entry = await patch(repos, userId, cached, since, defaults);
    entry ??= { ...(await load(repos, userId, defaults)), version, defaults: defaultsKey };
    this.entries.set(userId, entry);
    if (this.entries.size > MAX_USERS) this.entries.delete(this.entries.keys().next().value!);
    return entry.people;
  }
}

async function load(repos: Repositories, userId: string, defaults: CadenceDefaults) {
  const records = await repos.people.list(userId, { archived: 'hide' });
  const people = records.map((r) => presentPerson(r, defaults));
  return { people, index: new Map(people.map((p, i) => [p.id, i])) };
}

/**
 * Re-reads only the people logged as changed since the cached version. Undefined (read
 * everything) when the list itself may have changed: someone added, removed, archived or
 * restored, or renamed (the order is the database's, by name).
 */
async function patch(
  repos: Repositories,
  userId: string,
  cached: Entry,
  { version, changed }: { version: number; changed: string[] },
  defaults: CadenceDefaults,
): Promise<Entry | undefined> {
  if (changed.length > MAX_PATCHED) return undefined;
  // '' is the welcomes (not in this list); '-' someone removed, and no id at all for them.
  if (changed.includes('-')) return undefined;
  const ids = changed.filter((id) => id !== '');
  if (ids.length === 0) return { ...cached, version };
  const records = await repos.people.findMany(userId, ids);
  if (records.length !== ids.length) return undefined;
  const people = [...cached.people];
  for (const record of records) {
    const at = cached.index.get(record.id);
    if (at === undefined || record.archivedAt !== null || record.name !== people[at]!.name) {
      return undefined;
    }
    people[at] = presentPerson(record, defaults);
  }
  return { version, defaults: cached.defaults, people, index: cached.index };
}
