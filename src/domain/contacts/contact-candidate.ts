// What a vCard or a CSV row says about one person, before Rapport decides what to do with it.
// Plain data, no rules about what Rapport accepts: the import use-case checks and trims.
import type { PersonDetails } from '../people/person-details';

/** A yearly date found in a contact; the year may be unknown. */
export interface ContactDate {
  month: number;
  day: number;
  year: number | null;
}

/** An e-mail address or phone number with the label the address book gave it. */
export interface LabeledValue {
  value: string;
  /** "work", "home", "mobile", an Apple custom label…; null when there was none. */
  label: string | null;
}

/** A postal address (vCard ADR, a CSV's address columns) with its label. */
export interface LabeledAddress {
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country: string | null;
  label: string | null;
}

/**
 * `team` is the department (vCard ORG's second part, Outlook's Department); `timeZone` is as
 * written in the file (an IANA name, or an offset the importer drops); facts come from RELATED,
 * X-ABRELATEDNAMES and the like.
 */
export interface ContactCandidate extends PersonDetails {
  /** 1-based line of the file where the card or row starts. */
  line: number;
  /** The card's UID (vCard), the one sure sign that two cards are the same person. */
  uid?: string | null;
  name: string;
  /** Preferred first. */
  emails: LabeledValue[];
  /** Preferred first. */
  phones: LabeledValue[];
  /** Preferred first; `city` and `country` are the preferred address's. */
  addresses: LabeledAddress[];
  birthday: ContactDate | null;
  /** Other yearly dates: anniversaries, Apple's labelled dates, Google's events. */
  dates: { label: string; date: ContactDate }[];
  /** Details that have no field of their own, kept as note lines ("Nickname: Bob"). */
  noteLines: string[];
  /** What was dropped or not understood, shown in the preview. */
  warnings: string[];
}

/** A card or row that could not be read, and why. */
export interface ContactIssue {
  line: number;
  reason: string;
}

export type ContactFormat = 'vcard' | 'csv';

/** The CSV layouts recognised by their header, or a mapping the user gave or confirmed. */
export type ContactSource =
  | 'vcard'
  | 'google-csv'
  | 'outlook-csv'
  | 'linkedin-csv'
  | 'mapped-csv'
  | 'guessed-csv';

export interface ParsedContacts {
  format: ContactFormat;
  source: ContactSource;
  /** For mapped or guessed CSV: which column each field was read from. */
  mapping?: Record<string, string>;
  contacts: ContactCandidate[];
  errors: ContactIssue[];
}

/** How far a long read has got, in cards or rows. */
export interface ReadProgress {
  done: number;
  total: number;
}

/** A read that pauses every PROGRESS_EVERY records (so a server can report progress), then
 * returns. */
export type ReadSteps = Generator<ReadProgress, ParsedContacts, void>;

/** Records read between two progress reports. */
export const PROGRESS_EVERY = 250;

/** Runs a stepped read to its end, ignoring its progress reports. */
export function readToEnd(steps: ReadSteps): ParsedContacts {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A file-level problem (no header, no name column, not a vCard at all): nothing can be read. */
export class ContactFileError extends Error {}

export function emptyCandidate(line: number): ContactCandidate {
  return {
    line,
    name: '',
    emails: [],
    phones: [],
    addresses: [],
    company: null,
    team: null,
    title: null,
    city: null,
    country: null,
    timeZone: null,
    birthday: null,
    dates: [],
    tags: [],
    facts: [],
    links: [],
    notes: null,
    noteLines: [],
    warnings: [],
  };
}

/** Whitespace other than a space, or two spaces in a row. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** Trimmed text with runs of spaces made one (line breaks kept), or null when nothing is left. */
export function tidyText(value: string | null | undefined): string | null {
  if (value == null) return null;
  // Most values have no space but single ones, which the replace below would keep as they are.
  if (!UNTIDY_SPACE.test(value)) return value.trim() || null;
  const trimmed = value.replace(/\s+/g, (space) => (space.includes('\n') ? space : ' ')).trim();
  return trimmed === '' ? null : trimmed;
}

/** Adds a value to a list unless it is already there (ignoring case). */
export function addUnique(list: string[], value: string | null | undefined) {
  const text = tidyText(value);
  if (!text) return;
  const key = text.toLowerCase();
  if (!list.some((existing) => existing.toLowerCase() === key)) list.push(text);
}

/** A web address as a full URL, or null: "www.x.com" gains https://, other schemes are refused. */
export function webLink(value: string | null | undefined): string | null {
  const text = tidyText(value);
  if (!text || /\s/.test(text)) return null;
  if (/^https?:\/\//i.test(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
  return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(text) ? `https://${text}` : null;
}
