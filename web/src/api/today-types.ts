// Today's cards (GET /api/today `cards`, `later`, `more`), as in the API contract: one card per
// person with their lines (reach-out, reply owed, promise, date, milestone), the most urgent
// first; items about no one person are cards of their own.
import type { AgendaKind, TodayAgenda } from './people-types';

export interface TimeWindow {
  start: string;
  end: string;
  /** "Best between 15:00 and 17:30 your time". */
  text: string;
}

export interface TodayCardLine {
  kind: AgendaKind;
  title: string;
  why: string;
  /** The reply, promise, date or milestone: what "Done" marks done. */
  refId?: string;
  window?: TimeWindow;
}

export interface TodayCard {
  key: string;
  person: { id: string; name: string } | null;
  /** The lead line's kind. */
  kind: AgendaKind;
  title: string;
  why: string;
  score: number;
  lines: TodayCardLine[];
  starters: string[];
  window?: TimeWindow;
  /** `YYYY-MM-DD` a held card comes back. */
  heldUntil?: string;
  /** "Held until Monday", "It’s Christmas Day in Portugal today". */
  note?: string;
}

export interface TodayCards extends TodayAgenda {
  cards: TodayCard[];
  later: TodayCard[];
  more: number;
  /** The user's todayLimit: the most cards Today shows (3–30). */
  limit: number;
}

/** The choices Today offers for how many cards to show. */
export const TODAY_LIMITS = [3, 5, 7, 10, 15, 20, 30] as const;
