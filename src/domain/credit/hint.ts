import { shorten } from '../language/phrasing.js';
import { byImpact, clean } from './entries.js';
import { titleOf } from './entry-markdown.js';
import type { Accomplishment } from './types.js';

/** Named items in a hint unless told otherwise. */
export const HINT_DEFAULT_MAX = 2;

// Past-tense openers read well lower-cased after "Tell them:"; other first words may be names.
const VERBS = new Set(
  'built ran wrote led made won gave set got took drove began held met sent spoke taught found sold brought'.split(
    ' ',
  ),
);

// Entries the user marked to tell `personId` come first, then the most impactful.
/** "Tell them: shipped the billing export (cut support tickets by 30%) and 2 more", or null. */
export function accomplishmentHint(
  accomplishments: readonly Accomplishment[],
  max: number = HINT_DEFAULT_MAX,
  personId?: string | null,
): string | null {
  const entries = accomplishments.filter((entry) => clean(entry.title));
  if (entries.length === 0) return null;
  const forPerson = (entry: Accomplishment) =>
    personId ? Number(entry.tell.some((person) => person.id === personId)) : 0;
  const ranked = [...entries].sort((a, b) => forPerson(b) - forPerson(a) || byImpact(a, b));
  const shown = ranked.slice(0, Math.max(1, Math.floor(max) || 1)).map(phrase);
  const more = entries.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(', ')} and ${more} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
        : shown[0]!;
  return `Tell them: ${list}`;
}

function phrase(entry: Accomplishment): string {
  const title = shorten(lowerFirstVerb(titleOf(entry)), 70);
  const impact = clean(entry.impact);
  return impact ? `${title} (${shorten(impact, 50)})` : title;
}

function lowerFirstVerb(title: string): string {
  const first = /^\S+/.exec(title)?.[0] ?? '';
  const lower = first.toLowerCase();
  const verb = /^[A-Z][a-z]+$/.test(first) && (/ed$/.test(lower) || VERBS.has(lower));
  return verb ? lower + title.slice(first.length) : title;
}
