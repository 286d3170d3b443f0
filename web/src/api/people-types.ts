// Shapes of the daily-loop JSON (people, conversations, items, Today, week, search), inferred
// from the server's own schemas (type-only: nothing of the server ships), and the vocabularies
// the forms offer, imported from the domain (pure data) so a new kind or channel reaches the UI.
import type { z } from '@hono/zod-openapi';
import type {
  About,
  CareerEventKind,
  Channel,
  Initiator,
  PersonKind,
} from '../../../src/domain/people/person-kind';
import type { ClosedReplySchema } from '../../../src/http/interactions/interaction-routes';
import type {
  bulkInput,
  HealthSchema,
  InteractionSchema,
  newInteractionInput,
  PersonDateSchema,
  PersonItemSchema,
  PersonSchema,
  personChanges,
} from '../../../src/http/people/people-schemas';
import type {
  AgendaItemSchema,
  AgendaKindSchema,
  SearchResultSchema,
  WeekSchema,
} from '../../../src/http/today/today-routes';

export type {
  About,
  Channel,
  FavorKind,
  Initiator,
  PersonKind,
} from '../../../src/domain/people/person-kind';
export {
  ABOUTS,
  CAREER_EVENT_KINDS as EVENT_KINDS,
  CHANNELS,
  FAVOR_KINDS,
  INITIATORS,
  PERSON_KINDS,
} from '../../../src/domain/people/person-kind';
export type EventKind = CareerEventKind;

export const KIND_LABELS: Record<PersonKind, string> = {
  coworker: 'Co-worker',
  manager: 'Manager',
  report: 'Report',
  network: 'Network',
  friend: 'Friend',
  family: 'Family',
  partner: 'Partner',
  pet: 'Pet',
  other: 'Other',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Call',
  video: 'Video',
  chat: 'Chat',
  email: 'E-mail',
  'in-person': 'In person',
  meeting: 'Meeting',
};

export const INITIATOR_LABELS: Record<Initiator, string> = {
  me: 'I did',
  them: 'They did',
  mutual: 'Mutual',
};

export const ABOUT_LABELS: Record<About, string> = {
  personal: 'Personal',
  work: 'Work',
  both: 'Both',
};

export type Person = z.infer<typeof PersonSchema>;
export type PersonDate = z.infer<typeof PersonDateSchema>;
/** An e-mail or phone number with its label (work, home, mobile, other, or the address book's). */
export type ContactValue = Person['emails'][number];
export type PostalAddress = Person['addresses'][number];
/** What a person is created or changed with; `birthday` is `YYYY-MM-DD` or `MM-DD`. */
export type PersonInput = z.input<typeof personChanges>;
/** One change to many people (`POST /api/people/bulk`), all or nothing. */
export type BulkChange = z.input<typeof bulkInput>;

export type Interaction = z.infer<typeof InteractionSchema>;
export type InteractionInput = z.input<typeof newInteractionInput>;
/** A reply owed that logging a conversation closed. */
export type ClosedReply = z.infer<typeof ClosedReplySchema>;

export type PersonItem = z.infer<typeof PersonItemSchema>;
export type ItemType = PersonItem['type'];
export type Health = z.infer<typeof HealthSchema>;

export type AgendaKind = z.infer<typeof AgendaKindSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export type WeekSummary = z.infer<typeof WeekSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
