// Turns what the user typed ("ann", "Ann Lee", "lee") into one person: case-insensitive, by a
// unique prefix of the full name or of any word in it. An exact full name wins over prefixes.
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
    throw new CliError(`No one called "${input.trim()}". See \`rapport person list\`.`);
  }
  const listed = (exact.length > 1 ? exact : matches)
    .map((c) => c.name)
    .sort((a, b) => a.localeCompare(b));
  const shown =
    listed.length > 8 ? [...listed.slice(0, 8), `and ${listed.length - 8} more`] : listed;
  throw new CliError(
    `"${input.trim()}" matches ${listed.length} people: ${shown.join(', ')}. Type more of the name.`,
  );
}

/** Looks the name up through the API and returns the one person it names. */
export async function resolvePerson(client: ApiClient, input: string): Promise<Person> {
  if (!fold(input)) throw new CliError('The name is empty.');
  const { people } = await client.request<{ people: Person[] }>(
    'GET',
    `/api/people?match=${encodeURIComponent(input.trim())}`,
  );
  return pickPerson(input, people);
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
    const { people: candidates } = await client.request<{ people: Person[] }>(
      'GET',
      `/api/people?match=${encodeURIComponent(words[i]!)}`,
    );
    const found = longestRun(words, i, candidates);
    const person = found?.person ?? pickPerson(words[i]!, candidates);
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
  const { people: candidates } = await client.request<{ people: Person[] }>(
    'GET',
    `/api/people?match=${encodeURIComponent(first)}`,
  );
  const found = longestRun(clean.slice(0, Math.max(1, clean.length - keep)), 0, candidates);
  const person = found?.person ?? pickPerson(first, candidates);
  return { person, rest: clean.slice(found?.end ?? 1) };
}
