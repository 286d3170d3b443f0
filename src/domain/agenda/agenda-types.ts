import type {
  About,
  CareerEventKind,
  ImportantDateType,
  Initiator,
  PersonKind,
} from '../people/person-kind.js';
import type { InstantInput } from '../time/instant.js';

/** A yearly date kept on a person; month and day are on the person's own calendar. */
export interface AgendaDate {
  id: string;
  type: ImportantDateType;
  /** Shown for custom dates ("Wedding anniversary"); ignored for the others. */
  label?: string | null;
  month: number;
  day: number;
  year: number | null;
  /**
   * `YYYY-MM-DD` (the person's calendar) of the occurrence the user marked done or skipped;
   * that occurrence leaves the agenda, the next one comes back.
   */
  handledOn?: string | null;
}

/** The most recent logged conversation with a person. */
export interface LastInteraction {
  /** ISO instant with offset. */
  at: string;
  note: string | null;
  about: About;
  initiator: Initiator;
}

/** A person as the agenda needs them; `cadenceDays` is already the effective cadence. */
export interface AgendaPerson {
  id: string;
  name: string;
  kind: PersonKind;
  key: boolean;
  /** IANA zone where the person lives; null or invalid falls back to the user's zone. */
  timeZone: string | null;
  cadenceDays: number | null;
  /** ISO instant the person was added. */
  createdAt: string;
  /**
   * `YYYY-MM-DD` since when the person is new to the user's work life (marked new, joined
   * recently); null when not new. Only these people get first-contact items.
   */
  newSince: string | null;
  /** `YYYY-MM-DD`: the user's estimate of the last conversation, used until one is logged. */
  lastTalkedEstimate: string | null;
  /** `YYYY-MM-DD` in the user's zone; the person is hidden while this is after the user's today. */
  snoozedUntil: string | null;
  paused: boolean;
  facts: string[];
  interests?: string[];
  dates: AgendaDate[];
  lastInteraction: LastInteraction | null;
  interactionCount: number;
}

/** Something the user owes an answer to. */
export interface OwedReply {
  id: string;
  personId: string;
  personName: string;
  text: string;
  /** ISO instant since when the answer is owed. */
  since: string;
}

/** Something the user promised someone, due on a date in the user's zone. */
export interface AgendaPromise {
  id: string;
  personId: string;
  personName: string;
  text: string;
  /** `YYYY-MM-DD` in the user's zone. */
  due: string;
}

/** Career news about a person. */
export interface AgendaCareerEvent {
  id: string;
  personId: string;
  personName: string;
  kind: CareerEventKind;
  text: string | null;
  /** `YYYY-MM-DD` when it happened or happens; null when unknown. */
  on: string | null;
  congratulated: boolean;
}

/** Everything buildAgenda needs; time comes in as arguments so the result is reproducible. */
export interface AgendaInput {
  now: InstantInput;
  /** The user's IANA zone; "today" is the user's today. */
  userZone: string;
  /** Days ahead, today included, for dates and upcoming milestones (default 7). */
  horizonDays?: number;
  people: AgendaPerson[];
  owedReplies: OwedReply[];
  promises: AgendaPromise[];
  careerEvents: AgendaCareerEvent[];
  userInterests?: string[];
  /**
   * Keep the best `limit` items (default 50; null keeps all). Words and starters are composed
   * only for kept items, which is what keeps 5,000 people within a few milliseconds.
   */
  limit?: number | null;
}

/** What an agenda item asks the user to do. */
export type AgendaItemKind = 'due' | 'date' | 'reply' | 'promise' | 'milestone' | 'new';

/** One line of the Today agenda. */
export interface AgendaItem {
  kind: AgendaItemKind;
  person: { id: string; name: string };
  title: string;
  why: string;
  /** Higher first; comparable across kinds, roughly 0–100. */
  score: number;
  /** Things to talk about: 2–3 on due/new/date items, a ready congratulation on milestones. */
  starters: string[];
  /** Id of the date, reply, promise or career event the item is about. */
  refId?: string;
  /** Due items: days past the cadence (0 = due today). */
  lateDays?: number;
}

/** The Today agenda for one user. */
export interface Agenda {
  /** The user's today, `YYYY-MM-DD`. */
  date: string;
  zone: string;
  items: AgendaItem[];
  /** How many items there were before the limit. */
  total: number;
}
