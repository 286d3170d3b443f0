// `--email` and `--phone` as the CLI takes them: repeatable, each "value" or "label:value"
// ("work:+49 30 1234567", "home:ann@example.com"); the first one given is the preferred one.
import type { ContactValue } from './api-types';
import { UsageError } from './errors';

// A label is a word or two before the first colon; "tel:" and "mailto:" are URI schemes, not labels.
const LABELLED = /^\s*([A-Za-z][A-Za-z -]{0,39}?)\s*:\s*(.+)$/;
const SCHEMES = new Set(['tel', 'mailto', 'sip']);

/** The values of repeated flags as the API takes them; an empty flag ("") gives none. */
export function valuesFromFlags(
  flags: string[] | undefined,
  what: 'email' | 'phone',
): ContactValue[] | undefined {
  if (flags === undefined) return undefined;
  const values: ContactValue[] = [];
  for (const raw of flags) {
    if (raw.trim() === '') continue;
    const match = LABELLED.exec(raw);
    const labelled = match && !SCHEMES.has(match[1]!.toLowerCase());
    const value = (labelled ? match[2]! : raw.replace(/^\s*(tel|mailto|sip):/i, '')).trim();
    if (!value) throw new UsageError(`--${what} ${JSON.stringify(raw)}: the ${what} is missing`);
    values.push({
      value,
      label: labelled ? match[1]!.trim().toLowerCase() : null,
      preferred: values.length === 0,
    });
  }
  return values;
}

/** "ann@example.com (work, preferred)" lines for `person show`. */
export function describeValues(values: ContactValue[]): string[] {
  return values.map((v) => {
    const notes = [v.label, values.length > 1 && v.preferred ? 'preferred' : null].filter(Boolean);
    return notes.length ? `${v.value} (${notes.join(', ')})` : v.value;
  });
}
