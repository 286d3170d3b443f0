// A person as the API shows them, with the cadence that applies to them.
import type { Weekday } from '../../domain/availability/types';
import type { CadenceDefaults, PersonKind } from '../../domain/index';
import { effectiveCadence } from '../../domain/index';
import type { ContactValue, PostalAddress } from '../../domain/people/contact-values';
import type { PersonRecord } from '../../store/people/person-repository';
import type { WorkingHours } from '../accounts/working-hours';

export interface Person {
  /** Large meetings the person was in (capture): seen, without restarting the cadence. Only on
   * `GET /api/people/{id}`. */
  seenInMeetings?: { count: number; lastAt: string | null };
  id: string;
  name: string;
  kind: PersonKind;
  key: boolean;
  team: string | null;
  company: string | null;
  title: string | null;
  /** The preferred e-mail of `emails`, for scripts that know one address. */
  email: string | null;
  /** The preferred phone of `phones`. */
  phone: string | null;
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  city: string | null;
  country: string | null;
  /** The named office within their city ("Berlin HQ"); null: none recorded. */
  office: string | null;
  timeZone: string | null;
  workingHours: WorkingHours | null;
  tags: string[];
  facts: string[];
  links: string[];
  notes: string | null;
  /** The cadence that applies: the person's own, else the user's default for the kind. */
  cadenceDays: number | null;
  /** The person's own cadence, when set. */
  cadenceOverride: number | null;
  snoozedUntil: string | null;
  paused: boolean;
  officeDays: Weekday[];
  /** YYYY-MM-DD since when they are new to the user's work life; null: not new. */
  newSince: string | null;
  /** YYYY-MM-DD: the user's estimate of the last conversation, until one is logged. */
  lastTalkedEstimate: string | null;
  /** When the person was archived (by hand, or their card left the address book); null: kept. */
  archivedAt: string | null;
  dates: PersonRecord['dates'];
  lastInteractionAt: string | null;
  interactionCount: number;
  createdAt: string;
  updatedAt: string;
}

export function presentPerson(record: PersonRecord, defaults: CadenceDefaults): Person {
  // Field by field, in the record's order (the two cadences last), rather than `{ ...rest }`
  // of a destructured record: that copy is a slow runtime path, and the people list makes one
  // per person (14% of a 300-people list's CPU). The Person type makes a forgotten field an error.
  const kind = record.kind as PersonKind;
  const r = record;
  return {
    id: r.id,
    name: r.name,
    kind,
    key: r.key,
    team: r.team,
    company: r.company,
    title: r.title,
    email: r.email,
    phone: r.phone,
    emails: r.emails,
    phones: r.phones,
    addresses: r.addresses,
    city: r.city,
    country: r.country,
    office: r.office,
    timeZone: r.timeZone,
    // The columns hold only what the person schema let in (kind, hours and days are validated).
    workingHours: r.workingHours as WorkingHours | null,
    tags: r.tags,
    facts: r.facts,
    links: r.links,
    notes: r.notes,
    snoozedUntil: r.snoozedUntil,
    paused: r.paused,
    officeDays: r.officeDays as Weekday[],
    newSince: r.newSince,
    lastTalkedEstimate: r.lastTalkedEstimate,
    archivedAt: r.archivedAt,
    dates: r.dates,
    lastInteractionAt: r.lastInteractionAt,
    interactionCount: r.interactionCount,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    cadenceDays: effectiveCadence({ kind, key: r.key, cadenceDays: r.cadenceDays }, defaults),
    cadenceOverride: r.cadenceDays,
  };
}

/** The text search finds a person by. */
export function searchBodyOf(record: PersonRecord): string {
  return [
    record.name,
    record.team,
    record.company,
    record.title,
    record.city,
    record.office,
    record.emails.map((e) => e.value).join(' '),
    record.addresses.map((a) => [a.street, a.city, a.country].filter(Boolean).join(' ')).join('\n'),
    record.tags.join(' '),
    record.facts.join('\n'),
    record.notes,
  ]
    .filter(Boolean)
    .join('\n');
}
