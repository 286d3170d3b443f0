// The shapes the CLI reads from the HTTP API (people, conversations, items, agenda). The CLI
// speaks only JSON over HTTP, so these mirror the API contract rather than the app's types.
import type { z } from '@hono/zod-openapi';
import type {
  About,
  CareerEventKind,
  Channel,
  FavorKind,
  ImportantDateType,
  Initiator,
  PersonKind,
} from '../domain/index';
import type { TodayCapture } from '../http/sources/source-schemas';
import type { CardSchema } from '../http/today/today-routes';

export interface PersonDate {
  id: string;
  type: ImportantDateType;
  label: string | null;
  month: number;
  day: number;
  year: number | null;
}

export interface Person {
  id: string;
  name: string;
  kind: PersonKind;
  key: boolean;
  team: string | null;
  company: string | null;
  title: string | null;
  /** The preferred e-mail of `emails`. */
  email: string | null;
  /** The preferred phone of `phones`. */
  phone: string | null;
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  city: string | null;
  country: string | null;
  /** The named office within their city ("Berlin HQ"). */
  office?: string | null;
  timeZone: string | null;
  workingHours?: unknown;
  tags: string[];
  facts: string[];
  notes: string | null;
  links: string[];
  /** The effective cadence: the person's own, else the user's default for the kind. */
  cadenceDays: number | null;
  cadenceOverride: number | null;
  snoozedUntil: string | null;
  paused: boolean;
  /** YYYY-MM-DD since when they are new to the user's work life (older servers: absent). */
  newSince?: string | null;
  /** YYYY-MM-DD, the user's estimate of the last conversation until one is logged. */
  lastTalkedEstimate?: string | null;
  dates: PersonDate[];
  lastInteractionAt: string | null;
  interactionCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Interaction {
  id: string;
  at: string;
  personIds: string[];
  people: { id: string; name: string }[];
  channel: Channel;
  initiator: Initiator;
  about: About;
  note: string | null;
  createdAt: string;
}

export type ItemType = 'reply' | 'promise' | 'favor' | 'event';

export interface PersonItem {
  id: string;
  type: ItemType;
  personId: string;
  personName: string;
  text: string | null;
  kind: FavorKind | CareerEventKind | null;
  direction: 'gave' | 'got' | null;
  /** reply: ISO instant since; promise: due date; favor/event: YYYY-MM-DD or null. */
  date: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface Health {
  recency: { daysSince: number | null; cadenceDays: number | null; status: string };
  contacts90d: number;
  personalShare: number | null;
  initiative: { me: number; them: number; mutual: number };
  favorBalance: { gave: number; got: number; balance: number };
  warnings: string[];
}

export interface TodayItem {
  kind: string;
  person: { id: string; name: string };
  title: string;
  why: string;
  score: number;
  starters: string[];
  refId?: string | null;
}

/** A Today card, as the server's schema says. */
export type TodayCard = z.infer<typeof CardSchema>;

export interface TodayAgenda {
  date: string;
  zone: string;
  /** Every item, ranked: the flat list. */
  items: TodayItem[];
  /** The cards Today shows (at most the user's limit, default 7). */
  cards?: TodayCard[];
  /** The cards that can wait, in order. */
  later?: TodayCard[];
  /** later.length */
  more?: number;
  /** The user's todayLimit. */
  limit?: number;
  /** Items before the API's limit (the API adds it; passed through by --json). */
  total?: number;
  /** Team welcomes involving the user: whom to say hello to, or whom to welcome. */
  welcomes?: { id: string; title: string; why: string; commonInterests: string[] }[];
  /** Capture: the noticed inbox's size and sources failing for a day (absent without capture). */
  noticed?: TodayCapture['noticed'];
  failingSources?: TodayCapture['failingSources'];
}

export interface Week {
  weekStart: string;
  weekEnd: string;
  conversations: number;
  complete?: boolean;
  people: number | { id: string; name: string }[];
  /** Whom, with how many conversations each, most first. */
  talkedWith?: { id: string; name: string; conversations: number }[];
  personalShare: number | null;
  byChannel: Record<string, number>;
  medianOfPrior8Weeks: number | null;
  warning: string | null;
}

export interface SearchResult {
  type: 'person' | 'interaction';
  personId: string;
  personName: string;
  interactionId?: string | null;
  snippet: string;
}

export interface ContactValue {
  value: string;
  label: string | null;
  preferred: boolean;
}

export interface PostalAddress {
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country: string | null;
  label: string | null;
  preferred: boolean;
}
