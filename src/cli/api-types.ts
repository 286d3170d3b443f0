// The shapes the CLI reads from the HTTP API (people, conversations, items, agenda). The CLI
// speaks only JSON over HTTP, so these are the API contract itself: inferred (type-only) from
// the server's response schemas, never written again.
import type { z } from '@hono/zod-openapi';
import type {
  HealthSchema,
  InteractionSchema,
  PersonItemSchema,
  PersonSchema,
} from '../http/people/people-schemas';
import type { AgendaSchema, SearchResultSchema, WeekSchema } from '../http/today/today-routes';

export type Person = z.infer<typeof PersonSchema>;
export type PersonDate = Person['dates'][number];
export type ContactValue = Person['emails'][number];
export type PostalAddress = Person['addresses'][number];
export type Interaction = z.infer<typeof InteractionSchema>;
export type PersonItem = z.infer<typeof PersonItemSchema>;
export type ItemType = PersonItem['type'];
export type Health = z.infer<typeof HealthSchema>;
/** GET /api/today: the flat list, the cards, the welcomes and capture's part. */
export type TodayAgenda = z.infer<typeof AgendaSchema>;
export type TodayItem = TodayAgenda['items'][number];
export type TodayCard = TodayAgenda['cards'][number];
export type Week = z.infer<typeof WeekSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
