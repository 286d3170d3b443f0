// Shapes of the daily-loop JSON (people, conversations, items, Today, week, search), as in the
// API contract, and the vocabularies the forms offer.

import type { SeenInMeetings } from './capture-types';
import type { TodayWelcome } from './team-types';
import type { Weekday, WorkingHours } from './types';

export const PERSON_KINDS = [
  'coworker',
  'manager',
  'report',
  'network',
  'friend',
  'family',
  'partner',
  'pet',
  'other',
] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

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

/** The server's built-in days between contacts per kind; null: never due. */
export const DEFAULT_CADENCE: Record<PersonKind, number | null> = {
  coworker: 14,
  manager: 7,
  report: 7,
  network: 90,
  friend: 30,
  family: 14,
  partner: 7,
  pet: null,
  other: null,
};
/** A key co-worker's built-in cadence. */
export const KEY_COWORKER_CADENCE = 7;

export const CHANNELS = ['call', 'video', 'chat', 'email', 'in-person', 'meeting'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  call: 'Call',
  video: 'Video',
  chat: 'Chat',
  email: 'E-mail',
  'in-person': 'In person',
  meeting: 'Meeting',
};

export const INITIATORS = ['me', 'them', 'mutual'] as const;
export type Initiator = (typeof INITIATORS)[number];
export const INITIATOR_LABELS: Record<Initiator, string> = {
  me: 'I did',
  them: 'They did',
  mutual: 'Mutual',
};

export const ABOUTS = ['personal', 'work', 'both'] as const;
export type About = (typeof ABOUTS)[number];
export const ABOUT_LABELS: Record<About, string> = {
  personal: 'Personal',
  work: 'Work',
  both: 'Both',
};

export const FAVOR_KINDS = [
  'recommendation',
  'endorsement',
  'referral',
  'intro',
  'review',
  'cover',
  'help',
  'other',
] as const;
export type FavorKind = (typeof FAVOR_KINDS)[number];

export const EVENT_KINDS = [
  'promotion',
  'new-job',
  'new-role',
  'project-lead',
  'work-anniversary',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface PersonDate {
  id: string;
  type: 'birthday' | 'work-anniversary' | 'custom';
  label: string | null;
  month: number;
  day: number;
  year: number | null;
}

/** An e-mail or phone number with its label (work, home, mobile, other, or the address book's). */
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

export interface Person {
  id: string;
  name: string;
  kind: PersonKind;
  key: boolean;
  team: string | null;
  company: string | null;
  title: string | null;
  /** The preferred of `emails`. */
  email: string | null;
  /** The preferred of `phones`. */
  phone: string | null;
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  city: string | null;
  country: string | null;
  /** The named office they work from, within their city ("Berlin HQ"). */
  office: string | null;
  timeZone: string | null;
  /** Null: assumed Monday to Friday, 09:00–17:00 in their zone. */
  workingHours: WorkingHours | null;
  officeDays: Weekday[];
  tags: string[];
  facts: string[];
  notes: string | null;
  links: string[];
  /** The cadence that applies: their own, else the default for the kind; null: never due. */
  cadenceDays: number | null;
  /** Their own cadence, when set. */
  cadenceOverride: number | null;
  /** `YYYY-MM-DD` in the user's calendar. */
  snoozedUntil: string | null;
  paused: boolean;
  /** `YYYY-MM-DD` since when they are new to the user's work life; null: not new. */
  newSince: string | null;
  /** `YYYY-MM-DD`: the user's estimate of the last conversation, until one is logged. */
  lastTalkedEstimate: string | null;
  dates: PersonDate[];
  lastInteractionAt: string | null;
  interactionCount: number;
  /** Large meetings capture saw them in (absent on servers without capture). */
  seenInMeetings?: SeenInMeetings;
  createdAt: string;
  updatedAt: string;
}

/** What a person is created or changed with; `birthday` is `YYYY-MM-DD` or `MM-DD`. */
export interface PersonInput {
  name?: string;
  kind?: PersonKind;
  key?: boolean;
  team?: string | null;
  company?: string | null;
  title?: string | null;
  email?: string | null;
  /** Replaces every e-mail (one preferred). */
  emails?: ContactValue[];
  phones?: ContactValue[];
  addresses?: PostalAddress[];
  city?: string | null;
  office?: string | null;
  timeZone?: string | null;
  workingHours?: WorkingHours | null;
  officeDays?: Weekday[];
  tags?: string[];
  facts?: string[];
  notes?: string | null;
  cadenceDays?: number | null;
  birthday?: string | null;
  /** Replaces every yearly date. */
  dates?: Omit<PersonDate, 'id'>[];
  snoozedUntil?: string | null;
  paused?: boolean;
  /** True: new to the user's work life from today (first-contact suggestions); false: not new. */
  isNew?: boolean;
  lastTalkedEstimate?: string | null;
}

/** One change to many people (`POST /api/people/bulk`), all or nothing. */
export interface BulkChange {
  ids: string[];
  set?: { kind?: PersonKind; cadenceDays?: number | null; paused?: boolean; isNew?: boolean };
  addTags?: string[];
  removeTags?: string[];
  delete?: boolean;
}

export interface Interaction {
  id: string;
  at: string;
  people: { id: string; name: string }[];
  channel: Channel;
  initiator: Initiator;
  about: About;
  note: string | null;
  createdAt: string;
  updatedAt?: string;
}

export interface InteractionInput {
  personIds: string[];
  channel: Channel;
  initiator?: Initiator;
  about?: About;
  note?: string | null;
  at?: string;
  /** Open "reply owed" items of these people that this conversation answers. */
  closes?: string[];
}

/** A reply owed that logging a conversation closed. */
export interface ClosedReply {
  id: string;
  personId: string;
  personName: string;
  text: string;
}

export type ItemType = 'reply' | 'promise' | 'favor' | 'event';

export interface PersonItem {
  id: string;
  type: ItemType;
  personId: string;
  personName: string;
  text: string | null;
  kind: string | null;
  direction: 'gave' | 'got' | null;
  /** reply: the instant since; promise: due date; favor and event: `YYYY-MM-DD` or null. */
  date: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface Health {
  recency: {
    daysSince: number | null;
    cadenceDays: number | null;
    status: 'ok' | 'due' | 'overdue' | 'never';
  };
  contacts90d: number;
  personalShare: number | null;
  initiative: Record<Initiator, number>;
  favorBalance: { gave: number; got: number; balance: number };
  warnings: string[];
}

export type AgendaKind =
  | 'due'
  | 'date'
  | 'reply'
  | 'promise'
  | 'milestone'
  | 'new'
  | 'revisit'
  | 'visit'
  | 'routine'
  | 'trip'
  | 'office'
  | 'end-of-day';

export interface AgendaItem {
  kind: AgendaKind;
  person: { id: string; name: string };
  title: string;
  why: string;
  score: number;
  starters: string[];
  refId?: string | null;
  /** When the user and the person are both working next: "Best between 15:00 and 17:30 your time". */
  window?: { start: string; end: string; text: string };
}

export interface TodayAgenda {
  date: string;
  zone: string;
  items: AgendaItem[];
  total?: number;
  /** Team welcomes that involve the user (see WelcomesOnToday). */
  welcomes?: TodayWelcome[];
}

export interface WeekSummary {
  weekStart: string;
  weekEnd: string;
  complete: boolean;
  conversations: number;
  /** A count; tolerates a list of people too. */
  people: number | { id: string; name: string }[];
  /** Whom, with how many conversations each, most first. */
  talkedWith?: { id: string; name: string; conversations: number }[];
  personalShare: number | null;
  byChannel: Partial<Record<Channel, number>>;
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
