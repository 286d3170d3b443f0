// Turns what the user typed ("ann", "Ann Lee", "lee", "3f9k") into one person: case-insensitive,
// by a unique prefix of the full name or of any word in it, or by the person's id or a unique
// start of it (two people may share a name; their ids never do). An exact full name wins over
// prefixes. Every command that takes a person goes through here.
import type { ApiClient } from './api-client';
import type { Person } from './api-types';
import { CliError } from './errors';

/** What resolution needs of a person. */
export interface NamedPerson {
  id: string;
  name: string;
}

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether `name` matches the typed `input`: the whole name or one of its words starts with it. */
export function nameMatches(name: string, input: string): boolean {
  const wanted = fold(input);
  if (!wanted) return false;
  const full = fold(name);
  if (full.startsWith(wanted)) return true;
  const words = full.split(/[\s\-'’.]+/).filter(Boolean);
  return words.some((_, i) => words.slice(i).join(' ').startsWith(wanted));
}

/**
 * The one candidate `input` names. Candidates that do not match are ignored (a server that
 * ignores `match` still resolves right); several matches without an exact name is an error
 * that lists them, none is an error that says so.
 */
export function pickPerson<T extends NamedPerson>(input: string, candidates: readonly T[]): T {
  const wanted = fold(input);
  if (!wanted) throw new CliError('The name is empty.');
  const byId = candidates.find((c) => c.id === input.trim());
  if (byId) return byId;
  const byIdStart = (): T[] => {
    if (!looksLikeId(input)) return [];
    const starting = candidates.filter((c) => c.id.startsWith(wanted));
    return starting.filter((c, i) => starting.findIndex((o) => o.id === c.id) === i);
  };
  const seen = new Set<string>();
  const matches = candidates.filter((c) => {
    if (seen.has(c.id) || !nameMatches(c.name, input)) return false;
    seen.add(c.id);
    return true;
  });
  const exact = matches.filter((c) => fold(c.name) === wanted);
  if (exact.length === 1) return exact[0]!;
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    const ids = byIdStart();
    if (ids.length === 1) return ids[0]!;
    if (ids.length > 1) throw ambiguous(input, ids, 'Type more of the id.');
    throw new CliError(`No one called "${input.trim()}". See \`rapport person list\`.`);
  }
  const sameName = exact.length > 1;
  throw ambiguous(
    input,
    sameName ? exact : matches,
    sameName
      ? 'Use the id (or its start) instead of the name.'
      : 'Type more of the name, or use an id.',
  );
}

/** The candidates of an ambiguous input with their ids, so the user can pick one by id. */
function ambiguous(input: string, people: readonly NamedPerson[], hint: string): CliError {
  const listed = [...people]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((c) => `${c.name} (${shortId(c, people)})`);
  const shown =
    listed.length > 8 ? [...listed.slice(0, 8), `and ${listed.length - 8} more`] : listed;
  return new CliError(
    `"${input.trim()}" matches ${listed.length} people: ${shown.join(', ')}. ${hint}`,
  );
}

/** The shortest start of the person's id (at least 6 characters) no other candidate shares. */
function shortId(person: NamedPerson, among: readonly NamedPerson[]): string {
  for (let length = 6; length < person.id.length; length++) {
    const start = person.id.slice(0, length);
    if (!among.some((o) => o.id !== person.id && o.id.startsWith(start))) return start;
  }
  return person.id;
}

/** Ids are 16 characters of 0-9 and a-z without i, l, o, u; a start of 4 or more may be one. */
export function looksLikeId(input: string): boolean {
  return /^[0-9a-hjkmnp-tv-z]{4,40}$/.test(input.trim().toLowerCase());
}

/** Whom a name may name: the people kept (the default), only archived ones, or both. */
export type ArchivedScope = 'false' | 'true' | 'all';

/**
 * The people `word` may name: those whose name matches it, else, when it may be an id or the
 * start of one, everyone (one more request, only when no name matched).
 */
async function candidatesFor(
  client: ApiClient,
  word: string,
  archived: ArchivedScope = 'false',
): Promise<Person[]> {
  const scope = archived === 'false' ? '' : `archived=${archived}`;
  const { people } = await client.request<{ people: Person[] }>(
    'GET',
    `/api/people?match=${encodeURIComponent(word.trim())}${scope && `&${scope}`}`,
  );
  if (!looksLikeId(word) || people.some((p) => nameMatches(p.name, word))) return people;
  const { people: everyone } = await client.request<{ people: Person[] }>(
    'GET',
    `/api/people${scope && `?${scope}`}`,
  );
  return everyone;
}

/** Looks the name up through the API and returns the one person it names. */
export async function resolvePerson(
  client: ApiClient,
  input: string,
  archived: ArchivedScope = 'false',
): Promise<Person> {
  if (!fold(input)) throw new CliError('The name is empty.');
  const candidates = await candidatesFor(client, input, archived);
  if (archived === 'false' && !candidates.some((c) => nameMatches(c.name, input))) {
    // Not among the people kept: say so when the name is an archived person's.
    const gone = (await candidatesFor(client, input, 'true')).filter((c) =>
      nameMatches(c.name, input),
    );
    if (gone.length > 0) {
      throw new CliError(
        `${gone.map((p) => p.name).join(', ')} ${gone.length === 1 ? 'is' : 'are'} archived: \`rapport person restore ${input.trim()}\` brings them back.`,
      );
    }
  }
  return pickPerson(input, candidates);
}

/**
 * Reads people from words that may each be a name or part of a longer one, so that
 * `rapport log Ann Lee Bo --via call` means Ann Lee and Bo: at each word, the longest run of
 * words that names exactly one person wins. The candidates for a run are those for its first
 * word (any name matching "ann lee" also matches "ann"), so each person costs one request.
 */
export async function resolvePeople(
  client: ApiClient,
  inputs: readonly string[],
): Promise<Person[]> {
  const words = inputs.map((w) => w.trim()).filter(Boolean);
  if (words.length === 0) throw new CliError('Name at least one person.');
  const people: Person[] = [];
  let i = 0;
  while (i < words.length) {
    const candidates = await candidatesFor(client, words[i]!);
    const found = longestRun(words, i, candidates);
    const person = found?.person ?? failLongest(words, i, candidates);
    i = found?.end ?? i + 1;
    if (people.some((p) => p.id === person.id))
      throw new CliError(`${person.name} is named twice.`);
    people.push(person);
  }
  return people;
}

/** The longest run of words from `start` that names exactly one candidate, if any. */
export function longestRun<T extends NamedPerson>(
  words: readonly string[],
  start: number,
  candidates: readonly T[],
): { person: T; end: number } | null {
  for (let end = words.length; end > start; end--) {
    try {
      return { person: pickPerson(words.slice(start, end).join(' '), candidates), end };
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
    }
  }
  return null;
}

/**
 * Throws the most useful error when no run of words names one person: that the longest run
 * naming several is ambiguous ("Alex Kim" matches 2 people), else that the first word names no one.
 */
function failLongest<T extends NamedPerson>(
  words: readonly string[],
  start: number,
  candidates: readonly T[],
): never {
  for (let end = words.length; end > start + 1; end--) {
    const run = words.slice(start, end).join(' ');
    if (candidates.filter((c) => nameMatches(c.name, run)).length > 1) pickPerson(run, candidates);
  }
  pickPerson(words[start]!, candidates);
  throw new CliError(`No one called "${words[start]}".`);
}

/**
 * The person named by the first words of `words`, and the words after the name: lets
 * `rapport owe Ann Lee the slides` work without quotes. The longest run of leading words
 * that names exactly one person wins, keeping at least `keep` words for what follows.
 */
export async function resolveLeading(
  client: ApiClient,
  words: readonly string[],
  keep: number,
): Promise<{ person: Person; rest: string[] }> {
  const clean = words.map((w) => w.trim()).filter(Boolean);
  const first = clean[0];
  if (!first) throw new CliError('The name is empty.');
  const candidates = await candidatesFor(client, first);
  const found = longestRun(clean.slice(0, Math.max(1, clean.length - keep)), 0, candidates);
  const person = found?.person ?? pickPerson(first, candidates);
  return { person, rest: clean.slice(found?.end ?? 1) };
}
