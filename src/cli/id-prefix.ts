// Records are named on the command line by id or by the start of one (`rapport trip rm 3f2a`),
// as git does with commits: one resolver for every verb.
import { CliError } from './errors';

/**
 * The full id of the record `input` names among `records`, by exact id or a unique start of
 * one; an unknown id is left for the API to judge, an empty one is refused.
 */
export function pickId<T extends { id: string }>(
  input: string,
  records: readonly T[],
  describe: (record: T) => string,
): string {
  const wanted = input.trim();
  if (!wanted) throw new CliError('The id is empty.');
  if (records.some((r) => r.id === wanted)) return wanted;
  const lower = wanted.toLowerCase();
  const matches = records.filter((r) => r.id.toLowerCase().startsWith(lower));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length > 1) {
    throw new CliError(
      `"${wanted}" is the start of ${matches.length} ids: ${matches
        .slice(0, 5)
        .map((m) => `${m.id} (${describe(m)})`)
        .join('; ')}. Type more of it.`,
    );
  }
  return wanted;
}
