// Today's cards (GET /api/today `cards`, `later`, `more`), as in the API contract: one card per
// person with their lines (reach-out, reply owed, promise, date, milestone), the most urgent
// first; items about no one person are cards of their own.
import type { z } from '@hono/zod-openapi';
import type { CardLineSchema, CardSchema } from '../../../src/http/today/today-routes';
import type { TodayCapture } from './capture-types';
import type { AgendaKind, TodayAgenda } from './people-types';

// The server's card schemas are the contract; the web narrows `kind` to the kinds it draws.
export type TodayCardLine = Omit<z.infer<typeof CardLineSchema>, 'kind'> & { kind: AgendaKind };
export type TodayCard = Omit<z.infer<typeof CardSchema>, 'kind' | 'lines'> & {
  kind: AgendaKind;
  lines: TodayCardLine[];
};

/** Capture's part (noticed count, failing sources) is absent on servers without capture. */
export interface TodayCards extends TodayAgenda, Partial<TodayCapture> {
  cards: TodayCard[];
  later: TodayCard[];
  more: number;
  /** The user's todayLimit: the most cards Today shows (3–30). */
  limit: number;
}

/** The choices Today offers for how many cards to show. */
export const TODAY_LIMITS = [3, 5, 7, 10, 15, 20, 30] as const;
