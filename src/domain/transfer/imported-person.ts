// The people an import deals with, as plain data: a contact of the file made fit to be a person
// (ContactPerson), a person the user already keeps (KnownPerson) and what the import writes
// (ImportedPerson). Shaped like the store's records, so the import use-case passes them through
// without copying, and the compiler says so when either side changes.
import type { LabeledAddress, LabeledValue } from '../contacts/contact-candidate';
import type { ContactValue, PostalAddress } from '../people/contact-values';
import type { PersonDetails } from '../people/person-details';
import type { ImportantDateType, PersonKind } from '../people/person-kind';

/** A person's length limits, as the API allows them (the schemas of app/people/person-input). */
export const LIMITS = { name: 120, text: 100, phone: 40, tag: 40, tags: 50, fact: 300, facts: 100 };
export const MAX_LINKS = 20;
/** E-mails, phones or addresses kept per person, as the API allows. */
export const MAX_VALUES = 20;
export const MAX_NOTES = 20_000;

/** A birthday, work anniversary or custom date; the year may be unknown. */
export interface ImportedDate {
  type: ImportantDateType;
  label: string | null;
  month: number;
  day: number;
  year: number | null;
}

/** `notes` is the contact's own note. */
export interface ContactPerson extends PersonDetails {
  line: number;
  /** The card's UID, when it has one. */
  uid: string | null;
  name: string;
  /** Preferred first; labels as Rapport keeps them (cell → mobile). */
  emails: LabeledValue[];
  phones: LabeledValue[];
  addresses: LabeledAddress[];
  /** Lines added below the note: nicknames, where you connected, extra addresses. */
  noteLines: string[];
  dates: ImportedDate[];
  warnings: string[];
}

/** What an import compares a contact with: a person already kept. */
export interface KnownPerson extends PersonDetails {
  id: string;
  name: string;
  /** The single columns, for rows that have no list. */
  email: string | null;
  phone: string | null;
  /** Every e-mail, phone and address as kept (the preferred one of each kind marked). */
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  dates: ImportedDate[];
}

/** The fields an import gives a new person, or fills on a kept one. */
export interface ImportedFields extends PersonDetails {
  name: string;
  kind: PersonKind;
  key: boolean;
  email: string | null;
  phone: string | null;
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  workingHours: null;
  cadenceDays: number | null;
  snoozedUntil: string | null;
  paused: boolean;
  officeDays: string[];
  newSince: string | null;
  lastTalkedEstimate: string | null;
}

/** A new person as the import writes them. */
export interface ImportedPerson {
  fields: ImportedFields;
  dates: ImportedDate[];
}
