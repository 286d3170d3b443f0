// How well the user knows people brought in by an import, and what that says about when they
// last talked. An import of 200 contacts must not make 200 people due on the same morning, so
// each person's estimate is spread across a window by a hash of their name: deterministic (the
// preview and the import agree, importing again gives the same dates) and evenly scattered.
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
 * Days before today the last conversation is put, first to last day inclusive. "Never met"
 * claims no conversation; its date only starts the reminder clock, scattered over the month
 * before the import so that the first reminders fall on different days inside a cadence.
 */
export const FAMILIARITY_WINDOWS: Record<Familiarity, readonly [number, number]> = {
  regularly: [1, 14],
  'now-and-then': [15, 60],
  rarely: [61, 180],
  'never-met': [0, 29],
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
 * on `today` whom the user knows this well.
 */
export function estimateLastTalked(familiarity: Familiarity, name: string, today: string): string {
  const [first, last] = FAMILIARITY_WINDOWS[familiarity];
  const daysAgo = first + (nameHash(name) % (last - first + 1));
  return Temporal.PlainDate.from(today).subtract({ days: daysAgo }).toString();
}
