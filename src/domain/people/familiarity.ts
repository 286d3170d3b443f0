// How well the user knows people brought in by an import, and what that says about when they
// last talked. Each person's estimate is scattered across a window by a hash of their name:
// deterministic (the preview and the import agree, importing again gives the same dates). That
// an import does not make everyone due on the same morning is the agenda's job, whatever the
// estimates and cadences (see firstDueSlots in agenda/contact-items.ts).
import { Temporal } from 'temporal-polyfill';

/** The answers to "how well do you know these people?". */
export const FAMILIARITIES = ['regularly', 'now-and-then', 'rarely', 'never-met'] as const;
export type Familiarity = (typeof FAMILIARITIES)[number];

/** What each answer means to a person, as the web app and the CLI ask it. */
export const FAMILIARITY_LABELS: Record<Familiarity, string> = {
  regularly: 'we talk regularly',
  'now-and-then': 'now and then',
  rarely: 'rarely',
  'never-met': 'never met',
};

/**
 * Days before today the last conversation is put, first to last day inclusive. "Rarely" is
 * less often than a quarter, so with any cadence up to 90 days those people are due within
 * their first cadence. "Never met" claims no conversation, so it has no window and no estimate.
 */
export const FAMILIARITY_WINDOWS: Record<
  Exclude<Familiarity, 'never-met'>,
  readonly [number, number]
> = {
  regularly: [1, 14],
  'now-and-then': [15, 60],
  rarely: [91, 365],
};

/** 32-bit FNV-1a of the folded name: small, stable across runs and platforms. */
export function nameHash(name: string): number {
  const folded = name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  let hash = 0x811c9dc5;
  for (const ch of folded) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The estimated day of the last conversation with `name` (YYYY-MM-DD), for a person imported
 * on `today` whom the user knows this well; null for someone never met.
 */
export function estimateLastTalked(
  familiarity: Familiarity,
  name: string,
  today: string,
): string | null {
  if (familiarity === 'never-met') return null;
  const [first, last] = FAMILIARITY_WINDOWS[familiarity];
  const daysAgo = first + (nameHash(name) % (last - first + 1));
  return daysBefore(today, daysAgo);
}

// An import estimates thousands of people on one day, and the windows hold at most a year of
// distinct days: each day is worked out once (the polyfill's arithmetic took 0.3 s of a
// 10,000-card import). Only the latest `today` is kept.
let cachedToday = '';
const cachedDays = new Map<number, string>();

function daysBefore(today: string, days: number): string {
  if (today !== cachedToday) {
    cachedToday = today;
    cachedDays.clear();
  }
  let day = cachedDays.get(days);
  if (day === undefined) {
    day = Temporal.PlainDate.from(today).subtract({ days }).toString();
    cachedDays.set(days, day);
  }
  return day;
}
