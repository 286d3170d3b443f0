// A contact from a file made fit to be a person: every field passes the same checks as a person
// typed into Rapport (the schemas of person-input.ts), and what does not fit is dropped or
// shortened with a warning rather than failing the whole row.
import type { z } from 'zod';
import type { ContactCandidate, LabeledValue } from '../../domain/contacts/contact-candidate';
import { isValidYearlyDate } from '../../domain/index';
import { valueLabel } from '../../domain/people/contact-values';
import {
  type ContactPerson,
  type ImportedDate,
  type ImportedPerson,
  LIMITS,
  MAX_LINKS,
  MAX_VALUES,
} from '../../domain/transfer/imported-person';
import { newPersonInput } from '../people/person-input';

const shape = newPersonInput.shape;

const MAX_DATES = 20;

export function contactPerson(candidate: ContactCandidate): ContactPerson {
  const warnings = [...candidate.warnings];
  const text = (value: string | null, max: number, what: string) => {
    if (!value) return null;
    if (value.length <= max) return value;
    warnings.push(`${what} shortened to ${max} characters`);
    return value.slice(0, max).trim();
  };
  const emails: LabeledValue[] = [];
  for (const email of candidate.emails) {
    const parsed = passes(shape.email, email.value);
    if (!parsed) warnings.push(`"${email.value}" is not an e-mail address; not kept`);
    else if (!emails.some((e) => e.value.toLowerCase() === parsed.toLowerCase())) {
      emails.push({ value: parsed, label: valueLabel(email.label) });
    }
  }
  const phones = candidate.phones
    .filter((phone) => {
      const ok = phone.value.length <= LIMITS.phone && /\d/.test(phone.value);
      if (!ok) warnings.push(`"${phone.value}" is not a phone number; not kept`);
      return ok;
    })
    .map((phone) => ({ value: phone.value, label: valueLabel(phone.label) }));
  const addresses = candidate.addresses.slice(0, MAX_VALUES).map((a) => ({
    street: text(a.street, 200, 'street'),
    city: text(a.city, LIMITS.text, 'city'),
    region: text(a.region, LIMITS.text, 'region'),
    postcode: text(a.postcode, 20, 'postal code'),
    country: text(a.country, LIMITS.text, 'country'),
    label: valueLabel(a.label),
  }));
  if (candidate.addresses.length > MAX_VALUES) {
    warnings.push(`only the first ${MAX_VALUES} addresses are kept`);
  }
  let timeZone: string | null = null;
  if (candidate.timeZone) {
    timeZone = passes(shape.timeZone, candidate.timeZone) ?? null;
    if (!timeZone) {
      warnings.push(`time zone "${candidate.timeZone}" is not a zone name (like Europe/Paris)`);
    }
  }
  const links = candidate.links.filter((link) => passes(shape.links, [link]) !== undefined);
  return {
    line: candidate.line,
    uid: candidate.uid ? candidate.uid.slice(0, 300) : null,
    name: text(candidate.name, LIMITS.name, 'name') ?? '',
    emails: capped(emails, MAX_VALUES, 'e-mail addresses', warnings),
    phones: capped(phones, MAX_VALUES, 'phone numbers', warnings),
    addresses,
    company: text(candidate.company, LIMITS.text, 'company'),
    team: text(candidate.team, LIMITS.text, 'department'),
    title: text(candidate.title, LIMITS.text, 'title'),
    city: text(candidate.city, LIMITS.text, 'city'),
    country: text(candidate.country, LIMITS.text, 'country'),
    timeZone,
    tags: capped(
      candidate.tags.map((t) => t.slice(0, LIMITS.tag).trim()),
      LIMITS.tags,
      'tags',
      warnings,
    ),
    facts: capped(
      candidate.facts.map((f) => f.slice(0, LIMITS.fact).trim()),
      LIMITS.facts,
      'facts',
      warnings,
    ),
    links: capped(links, MAX_LINKS, 'links', warnings),
    notes: candidate.notes,
    noteLines: candidate.noteLines,
    dates: datesOf(candidate).slice(0, MAX_DATES),
    warnings,
  };
}

function datesOf(candidate: ContactCandidate): ImportedDate[] {
  const dates: ImportedDate[] = [];
  if (candidate.birthday)
    dates.push({ type: 'birthday', label: null, ...dated(candidate.birthday) });
  for (const { label, date } of candidate.dates) {
    const work = /^work anniversary$/i.test(label.trim());
    dates.push({
      type: work ? 'work-anniversary' : 'custom',
      label: work ? null : capitalized(label).slice(0, 80),
      ...dated(date),
    });
  }
  return dates.filter((d) => isValidYearlyDate(d));
}

/** Rapport keeps years from 1900 to 2200; a date outside keeps its day and month. */
function dated(date: { month: number; day: number; year: number | null }) {
  const year = date.year !== null && date.year >= 1900 && date.year <= 2200 ? date.year : null;
  return { month: date.month, day: date.day, year };
}

const capitalized = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** The same checks as adding a person by hand; null when the new person passes them. */
export function checkNewPerson({ fields, dates }: ImportedPerson): string | null {
  const result = newPersonInput.safeParse({
    name: fields.name,
    kind: fields.kind,
    team: fields.team,
    company: fields.company,
    title: fields.title,
    email: fields.email,
    phone: fields.phone,
    emails: fields.emails,
    phones: fields.phones,
    addresses: fields.addresses,
    city: fields.city,
    country: fields.country,
    timeZone: fields.timeZone,
    tags: fields.tags,
    facts: fields.facts,
    links: fields.links,
    notes: fields.notes,
    dates,
  });
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || 'person'}: ${issue.message}`;
}

function capped<T extends string | LabeledValue>(
  values: T[],
  max: number,
  what: string,
  warnings: string[],
): T[] {
  const text = (v: T) => (typeof v === 'string' ? v : v.value).toLowerCase();
  const unique = values.filter(
    (v, i) => text(v) && values.findIndex((o) => text(o) === text(v)) === i,
  );
  if (unique.length > max) warnings.push(`only the first ${max} ${what} are kept`);
  return unique.slice(0, max);
}

function passes<S extends z.ZodType>(
  schema: S,
  value: unknown,
): NonNullable<z.output<S>> | undefined {
  const result = schema.safeParse(value);
  return result.success && result.data != null
    ? (result.data as NonNullable<z.output<S>>)
    : undefined;
}
