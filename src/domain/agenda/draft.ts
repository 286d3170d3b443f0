import type { ZoneClock } from '../time/zone-clock.js';
import type { AgendaItemKind } from './agenda-types.js';

/** The words of an agenda item. */
export interface ItemText {
  title: string;
  why: string;
  starters: string[];
}

/**
 * An agenda item before ranking. Thousands of people may be due, so the words are composed
 * only for the items that survive ranking and the limit.
 */
export interface Draft {
  kind: AgendaItemKind;
  personId: string;
  personName: string;
  score: number;
  refId?: string;
  /** Days past due, where the item has a due day. */
  lateDays?: number;
  compose: () => ItemText;
}

/** The moment the agenda is computed for, resolved once and shared by every item builder. */
export interface AgendaMoment {
  nowMs: number;
  /** The user's today, days since 1970-01-01. */
  today: number;
  horizonDays: number;
  userClock: ZoneClock;
  userInterests: readonly string[];
  /** Month/day keys that can fall within the horizon in some zone (see candidateDayKeys). */
  candidateDayKeys: ReadonlySet<number>;
  /** Today on the calendar of `zone` (the user's when null or invalid). */
  todayIn(zone: string | null): number;
}

/** Rounds a score so that equal situations compare equal despite float noise. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
