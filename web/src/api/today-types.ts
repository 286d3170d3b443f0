// Today's cards (GET /api/today), inferred from the server's schema: one card per person with
// their lines (reach-out, reply owed, promise, date, milestone), the most urgent first; items
// about no one person are cards of their own.
import type { z } from '@hono/zod-openapi';
import type { AgendaSchema } from '../../../src/http/today/today-routes';
import type { AgendaKind } from './people-types';

type Agenda = z.infer<typeof AgendaSchema>;
type Card = Agenda['cards'][number];

// The server documents a card's `kind` as text (the app layer adds kinds the domain's cards
// don't list); the web narrows it to the agenda's kinds, the ones it draws.
export type TodayCardLine = Omit<Card['lines'][number], 'kind'> & { kind: AgendaKind };
export type TodayCard = Omit<Card, 'kind' | 'lines'> & { kind: AgendaKind; lines: TodayCardLine[] };

/** GET /api/today: the flat list, the cards, the welcomes and capture's part. */
export type TodayCards = Omit<Agenda, 'cards' | 'later'> & {
  cards: TodayCard[];
  later: TodayCard[];
};

/** The choices Today offers for how many cards to show. */
export const TODAY_LIMITS = [3, 5, 7, 10, 15, 20, 30] as const;
