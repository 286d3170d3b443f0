// What an import will do, decided before anything is written: cards for the same person within
// the file fold together, then each person either matches someone already kept (by UID, by
// e-mail, by name with a shared phone, or by name when nothing contradicts it; never by a phone
// alone) or is new. A match only fills what is missing and adds to lists (every e-mail, phone
// and address of a card is kept as a value); what the user already has is never overwritten, so
// importing the same file again changes nothing.

import type { LabeledAddress } from '../contacts/contact-candidate';
import {
  addressLine,
  emailKey,
  normalizeAddresses,
  normalizeValues,
} from '../people/contact-values';
import type { PersonKind } from '../people/person-kind';
import {
  type ContactPerson,
  type ImportedDate,
  type ImportedFields,
  type ImportedPerson,
  type KnownPerson,
  LIMITS,
  MAX_LINKS,
  MAX_NOTES,
} from './imported-person';

/** Why two cards are one person; 'phone' means the same full name and a shared phone number. */
export type MatchReason = 'uid' | 'email' | 'phone' | 'name';
export type PlanAction = 'create' | 'update' | 'unchanged' | 'duplicate';

/** One card or row, and what the import does with it. */
export interface PlanEntry {
  line: number;
  name: string;
  action: PlanAction;
  /** The person it updates or already is (update, unchanged). */
  match?: { personId: string; name: string; by: MatchReason };
  /** The earlier card of the file it was folded into (duplicate). */
  duplicateOf?: { line: number; by: MatchReason };
  /** Fields an update fills or extends. */
  changes?: string[];
  /** A new person's estimated last conversation (YYYY-MM-DD), until one is logged. */
  lastTalkedEstimate?: string;
  warnings?: string[];
}

export interface PlannedUpdate {
  personId: string;
  fields: Partial<ImportedFields>;
  addDates: ImportedDate[];
}

export interface ImportPlan {
  entries: PlanEntry[];
  creates: (ImportedPerson & { line: number })[];
  updates: PlannedUpdate[];
  /** Rows that passed the parser but not a person's checks. */
  rejected: { line: number; reason: string }[];
}

export interface PlanOptions {
  kind: PersonKind;
  tag: string | null;
  /** The estimated last conversation of a new person (YYYY-MM-DD), from how well the user knows them. */
  lastTalked?: (name: string) => string | null;
  /** The checks of a person added by hand: why the new person fails them, or null. */
  check: (person: ImportedPerson) => string | null;
}

interface Group {
  person: ContactPerson;
  entry: PlanEntry;
  match?: { existing: KnownPerson; by: MatchReason };
}

export function planImport(
  contacts: ContactPerson[],
  existing: KnownPerson[],
  options: PlanOptions,
): ImportPlan {
  const entries: PlanEntry[] = [];
  const groups = groupDuplicates(contacts, entries);
  matchExisting(groups, existing, entries);

  const plan: ImportPlan = { entries, creates: [], updates: [], rejected: [] };
  for (const group of groups) {
    if (group.entry.action === 'duplicate') continue;
    if (group.match) {
      const { existing: person, by } = group.match;
      const update = changesFor(person, group.person, options.tag);
      group.entry.match = { personId: person.id, name: person.name, by };
      if (update.changes.length === 0) {
        group.entry.action = 'unchanged';
      } else {
        group.entry.action = 'update';
        group.entry.changes = update.changes;
        plan.updates.push({
          personId: person.id,
          fields: update.fields,
          addDates: update.addDates,
        });
      }
      continue;
    }
    const created = newPersonFrom(group.person, options);
    const problem = options.check(created);
    if (problem) plan.rejected.push({ line: group.entry.line, reason: problem });
    else {
      plan.creates.push({ ...created, line: group.entry.line });
      if (created.fields.lastTalkedEstimate) {
        group.entry.lastTalkedEstimate = created.fields.lastTalkedEstimate;
      }
    }
  }
  // A person that fails the checks takes the cards folded into it along.
  const rejected = new Set(plan.rejected.map((r) => r.line));
  for (const entry of entries) {
    if (entry.duplicateOf && rejected.has(entry.duplicateOf.line)) {
      plan.rejected.push({
        line: entry.line,
        reason: `same person as line ${entry.duplicateOf.line}, which could not be imported`,
      });
    }
  }
  plan.entries = entries.filter(
    (e) => !rejected.has(e.line) && !(e.duplicateOf && rejected.has(e.duplicateOf.line)),
  );
  return plan;
}

/** Folds cards of the same person within the file into the first of them. */
function groupDuplicates(contacts: ContactPerson[], entries: PlanEntry[]): Group[] {
  const groups: Group[] = [];
  const byUid = new Map<string, Group>();
  const byEmail = new Map<string, Group>();
  const byName = new Map<string, Group[]>();
  for (const contact of contacts) {
    const entry: PlanEntry = { line: contact.line, name: contact.name, action: 'create' };
    if (contact.warnings.length) entry.warnings = contact.warnings;
    entries.push(entry);
    const found = findGroup(contact, byUid, byEmail, byName);
    const group: Group = found?.group ?? { person: copy(contact), entry };
    if (found) {
      absorb(found.group.person, contact);
      entry.action = 'duplicate';
      entry.duplicateOf = { line: found.group.entry.line, by: found.by };
    } else {
      groups.push(group);
    }
    if (contact.uid && !byUid.has(contact.uid)) byUid.set(contact.uid, group);
    for (const email of contact.emails) byEmail.set(emailKey(email.value), group);
    const key = nameKey(contact.name);
    if (key) {
      const list = byName.get(key) ?? [];
      if (!list.includes(group)) list.push(group);
      byName.set(key, list);
    }
  }
  return groups;
}

// Two cards are one person by, in this order: the same UID, a shared e-mail address, the same
// full name with a shared phone number, or the same full name when nothing contradicts it.
// Never by a phone number alone: an office switchboard or a family's landline is shared by
// people who are not one person.
function findGroup(
  contact: ContactPerson,
  byUid: Map<string, Group>,
  byEmail: Map<string, Group>,
  byName: Map<string, Group[]>,
): { group: Group; by: MatchReason } | null {
  const sameUid = contact.uid ? byUid.get(contact.uid) : undefined;
  if (sameUid) return { group: sameUid, by: 'uid' };
  for (const email of contact.emails) {
    const group = byEmail.get(emailKey(email.value));
    if (group) return { group, by: 'email' };
  }
  const sameName = byName.get(nameKey(contact.name)) ?? [];
  const withPhone = sameName.find((g) => sharesPhone(g.person.phones, contact.phones));
  if (withPhone) return { group: withPhone, by: 'phone' };
  const named = sameName.filter((g) => !emailsConflict(g.person.emails, contact.emails));
  return named.length === 1 ? { group: named[0]!, by: 'name' } : null;
}

/** Matches each group with a person already kept; two groups matching one person fold. */
function matchExisting(groups: Group[], existing: KnownPerson[], entries: PlanEntry[]) {
  const byId = new Map<string, KnownPerson>();
  const byEmail = new Map<string, KnownPerson>();
  const byName = new Map<string, KnownPerson[]>();
  for (const person of existing) {
    byId.set(person.id, person);
    for (const email of emailsOf(person)) {
      if (!byEmail.has(emailKey(email))) byEmail.set(emailKey(email), person);
    }
    const name = nameKey(person.name);
    if (name) byName.set(name, [...(byName.get(name) ?? []), person]);
  }
  const claimed = new Map<string, Group>();
  for (const group of groups) {
    const match = findExisting(group.person, byId, byEmail, byName);
    if (!match) continue;
    const claimant = claimed.get(match.existing.id);
    if (claimant) {
      absorb(claimant.person, group.person);
      for (const entry of entries) {
        if (entry === group.entry || entry.duplicateOf?.line === group.entry.line) {
          entry.action = 'duplicate';
          entry.duplicateOf = { line: claimant.entry.line, by: match.by };
        }
      }
      continue;
    }
    claimed.set(match.existing.id, group);
    group.match = match;
  }
}

/** The UID Rapport writes into its own vCard export: the person it came from. */
const RAPPORT_UID = /^urn:rapport:person:([0-9a-z]{1,40})$/;

/** The same rule as within the file, against people already kept. */
function findExisting(
  person: ContactPerson,
  byId: Map<string, KnownPerson>,
  byEmail: Map<string, KnownPerson>,
  byName: Map<string, KnownPerson[]>,
): { existing: KnownPerson; by: MatchReason } | null {
  const exported = person.uid ? RAPPORT_UID.exec(person.uid)?.[1] : undefined;
  const sameUid = exported ? byId.get(exported) : undefined;
  if (sameUid) return { existing: sameUid, by: 'uid' };
  for (const email of person.emails) {
    const existing = byEmail.get(emailKey(email.value));
    if (existing) return { existing, by: 'email' };
  }
  const sameName = byName.get(nameKey(person.name)) ?? [];
  const withPhone = sameName.find((p) =>
    sharesPhone(
      phonesOf(p).map((value) => ({ value })),
      person.phones,
    ),
  );
  if (withPhone) return { existing: withPhone, by: 'phone' };
  const conflicts = (existing: KnownPerson) =>
    emailsConflict(
      emailsOf(existing).map((value) => ({ value })),
      person.emails,
    );
  const named = sameName.filter((p) => !conflicts(p));
  return named.length === 1 ? { existing: named[0]!, by: 'name' } : null;
}

/** Every e-mail of a kept person (the single column too, for rows that have no list). */
function emailsOf(person: KnownPerson): string[] {
  const all = person.emails.map((e) => e.value);
  return person.email && !all.includes(person.email) ? [person.email, ...all] : all;
}

function phonesOf(person: KnownPerson): string[] {
  const all = person.phones.map((p) => p.value);
  return person.phone && !all.includes(person.phone) ? [person.phone, ...all] : all;
}

function sharesPhone(a: { value: string }[], b: { value: string }[]): boolean {
  const keys = new Set(a.map((p) => phoneKey(p.value)).filter(Boolean));
  return b.some((p) => {
    const key = phoneKey(p.value);
    return key !== null && keys.has(key);
  });
}

/** What a match adds to a person: blanks filled, lists extended, nothing overwritten. */
function changesFor(existing: KnownPerson, contact: ContactPerson, tag: string | null) {
  const fields: Partial<ImportedFields> = {};
  for (const key of ['company', 'team', 'title', 'city', 'country', 'timeZone'] as const) {
    if (!existing[key] && contact[key]) fields[key] = contact[key];
  }
  // New e-mails, phones and addresses join the lists; what is kept stays preferred.
  const emails = normalizeValues('email', [
    ...existing.emails,
    ...contact.emails.map((e, i) => ({ ...e, preferred: existing.emails.length === 0 && i === 0 })),
  ]);
  if (emails.length > existing.emails.length) fields.emails = emails;
  const phones = normalizeValues('phone', [
    ...existing.phones,
    ...contact.phones
      .filter((p) => !sharesPhone(existing.phones, [p]))
      .map((p, i) => ({ ...p, preferred: existing.phones.length === 0 && i === 0 })),
  ]);
  if (phones.length > existing.phones.length) fields.phones = phones;
  const addresses = normalizeAddresses([
    ...existing.addresses,
    ...contact.addresses.map((a, i) => ({
      ...a,
      preferred: existing.addresses.length === 0 && i === 0,
    })),
  ]);
  if (addresses.length > existing.addresses.length) fields.addresses = addresses;
  const tags = union(existing.tags, [...contact.tags, ...(tag ? [tag] : [])], LIMITS.tags);
  if (tags.length > existing.tags.length) fields.tags = tags;
  const facts = union(existing.facts, contact.facts, LIMITS.facts);
  if (facts.length > existing.facts.length) fields.facts = facts;
  const links = union(existing.links, contact.links, MAX_LINKS);
  if (links.length > existing.links.length) fields.links = links;
  const notes = withNotes(existing.notes, contact.notes, contact.noteLines);
  if (notes !== existing.notes) fields.notes = notes;

  const addDates = contact.dates.filter(
    (date) => !existing.dates.some((d) => sameDateSlot(d, date)),
  );
  const changes = Object.keys(fields);
  if (addDates.length > 0) changes.push('dates');
  return { fields, addDates, changes };
}

function newPersonFrom(contact: ContactPerson, options: PlanOptions): ImportedPerson {
  const email = contact.emails[0]?.value ?? null;
  const phone = contact.phones[0]?.value ?? null;
  const fields: ImportedFields = {
    name: contact.name,
    kind: options.kind,
    key: false,
    team: contact.team,
    company: contact.company,
    title: contact.title,
    email,
    phone,
    emails: contact.emails.map((e, i) => ({ ...e, preferred: i === 0 })),
    phones: contact.phones.map((p, i) => ({ ...p, preferred: i === 0 })),
    addresses: contact.addresses.map((a, i) => ({ ...a, preferred: i === 0 })),
    city: contact.city,
    country: contact.country,
    timeZone: contact.timeZone,
    workingHours: null,
    tags: union([], [...contact.tags, ...(options.tag ? [options.tag] : [])], LIMITS.tags),
    facts: contact.facts,
    links: contact.links,
    notes: withNotes(null, contact.notes, contact.noteLines),
    cadenceDays: null,
    snoozedUntil: null,
    paused: false,
    officeDays: [],
    // Imported people are never "new": new means new to the user's work life, not to Rapport.
    newSince: null,
    lastTalkedEstimate: options.lastTalked?.(contact.name) ?? null,
  };
  const dates: ImportedDate[] = [];
  for (const date of contact.dates) {
    if (!dates.some((d) => sameDateSlot(d, date))) dates.push(date);
  }
  return { fields, dates };
}

/** The notes with the contact's note and lines added, each only when not already there. */
export function withNotes(existing: string | null, note: string | null, lines: string[]) {
  const have = normalized(existing ?? '');
  const added: string[] = [];
  if (note && !have.includes(normalized(note))) added.push(note);
  const newLines = lines.filter(
    (line, i) =>
      !have.includes(normalized(line)) &&
      lines.indexOf(line) === i &&
      !added.some((a) => normalized(a).includes(normalized(line))),
  );
  if (newLines.length > 0) added.push(newLines.join('\n'));
  if (added.length === 0) return existing;
  const text = [existing, ...added].filter(Boolean).join('\n\n');
  return text.length > MAX_NOTES ? text.slice(0, MAX_NOTES) : text;
}

/** Adds a contact's values into a group's: blanks filled, lists joined. */
function absorb(into: ContactPerson, from: ContactPerson) {
  into.uid ??= from.uid;
  for (const key of ['company', 'team', 'title', 'city', 'country', 'timeZone'] as const) {
    into[key] ??= from[key];
  }
  for (const email of from.emails) {
    if (!into.emails.some((e) => emailKey(e.value) === emailKey(email.value)))
      into.emails.push(email);
  }
  for (const address of from.addresses) {
    if (!into.addresses.some((a) => sameAddress(a, address))) into.addresses.push(address);
  }
  for (const phone of from.phones) {
    const key = phoneKey(phone.value);
    if (!into.phones.some((p) => p.value === phone.value || (key && phoneKey(p.value) === key))) {
      into.phones.push(phone);
    }
  }
  into.tags = union(into.tags, from.tags, LIMITS.tags);
  into.facts = union(into.facts, from.facts, LIMITS.facts);
  into.links = union(into.links, from.links, MAX_LINKS);
  into.notes = withNotes(into.notes, from.notes, []);
  into.noteLines = [...new Set([...into.noteLines, ...from.noteLines])];
  for (const date of from.dates) {
    if (!into.dates.some((d) => sameDateSlot(d, date))) into.dates.push(date);
  }
}

function copy(contact: ContactPerson): ContactPerson {
  return {
    ...contact,
    emails: [...contact.emails],
    phones: [...contact.phones],
    addresses: [...contact.addresses],
    tags: [...contact.tags],
    facts: [...contact.facts],
    links: [...contact.links],
    noteLines: [...contact.noteLines],
    dates: [...contact.dates],
  };
}

function sameAddress(a: LabeledAddress, b: LabeledAddress): boolean {
  return addressLine(a).toLowerCase() === addressLine(b).toLowerCase();
}

/** One birthday, one work anniversary, and one custom date per label. */
function sameDateSlot(a: ImportedDate, b: ImportedDate): boolean {
  if (a.type !== b.type) return false;
  return a.type !== 'custom' || (a.label ?? '').toLowerCase() === (b.label ?? '').toLowerCase();
}

function union(base: string[], more: string[], max: number): string[] {
  const out = [...base];
  for (const value of more) {
    if (out.length >= max) break;
    if (!out.some((v) => v.toLowerCase() === value.toLowerCase())) out.push(value);
  }
  return out;
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The last nine digits: "+1 (555) 010-0199" and "555 010 0199" are one number. */
export function phoneKey(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 6 ? digits.slice(-9) : null;
}

/** Case, accents, punctuation and spacing ignored: "José  O'Neil" is "jose o neil". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function emailsConflict(a: { value: string }[], b: { value: string }[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const keys = new Set(a.map((e) => emailKey(e.value)));
  return !b.some((e) => keys.has(emailKey(e.value)));
}
