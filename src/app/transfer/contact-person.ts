// A contact from a file made fit to be a person: every field passes the same checks as a person
// typed into Rapport (the schemas of person-input.ts), and what does not fit is dropped or
// shortened with a warning rather than failing the whole row.
import { z } from 'zod';
import type { ContactCandidate, LabeledValue } from '../../domain/contacts/contact-candidate';
import {
  IMPORTANT_DATE_TYPES,
  isValidTimeZone,
  isValidYearlyDate,
  PERSON_KINDS,
} from '../../domain/index';
import { MAX_LABEL, valueLabel } from '../../domain/people/contact-values';
import {
  type ContactPerson,
  type ImportedDate,
  type ImportedPerson,
  LIMITS,
  MAX_LINKS,
  MAX_VALUES,
} from '../../domain/transfer/imported-person';
import { newPersonInput } from '../people/person-input';
import { hasNoControlCharacters } from '../text-fields';

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
export function checkNewPerson(person: ImportedPerson): string | null {
  if (surelyValid(person)) return null;
  const { fields, dates } = person;
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

// The full zod parse of newPersonInput costs more than reading the card did (10,000 vCards:
// ~0.2 s of CPU), and nearly every person an import builds passes it. So a plain check first:
// true only when every value is of a kind the schema surely accepts (each test below is the
// schema's own rule, or stricter). Anything else, links included, goes through the schema,
// which then gives its exact refusal; a test holds the two to the same answers.
const EMAIL = z.regexes.email;

function surelyValid({ fields, dates }: ImportedPerson): boolean {
  return (
    singleLine(fields.name, 120) &&
    fields.name.trim() !== '' &&
    PERSON_KINDS.includes(fields.kind) &&
    optionalText(fields.team, 100) &&
    optionalText(fields.company, 100) &&
    optionalText(fields.title, 100) &&
    (fields.email === null || isEmail(fields.email, true)) &&
    optionalText(fields.phone, 40) &&
    fields.emails.length <= MAX_VALUES &&
    fields.emails.every(
      (e) => onlyKeys(e, VALUE_KEYS) && isEmail(e.value, false) && label(e.label) && flag(e),
    ) &&
    fields.phones.length <= MAX_VALUES &&
    fields.phones.every(
      (p) =>
        onlyKeys(p, VALUE_KEYS) &&
        singleLine(p.value, 40) &&
        p.value.trim() !== '' &&
        label(p.label) &&
        flag(p),
    ) &&
    fields.addresses.length <= MAX_VALUES &&
    fields.addresses.every(
      (a) =>
        onlyKeys(a, ADDRESS_KEYS) &&
        optionalText(a.street, 200) &&
        optionalLine(a.city, 100) &&
        optionalLine(a.region, 100) &&
        optionalLine(a.postcode, 20) &&
        optionalLine(a.country, 100) &&
        [a.street, a.city, a.region, a.postcode, a.country].some((part) => part?.trim()) &&
        label(a.label) &&
        flag(a),
    ) &&
    optionalText(fields.city, 100) &&
    optionalText(fields.country, 100) &&
    (fields.timeZone === null ||
      (typeof fields.timeZone === 'string' && isValidTimeZone(fields.timeZone.trim()))) &&
    list(fields.tags, 50, 40) &&
    list(fields.facts, 100, 300) &&
    fields.links.length === 0 &&
    optionalText(fields.notes, 20_000) &&
    dates.length <= MAX_DATES &&
    dates.every(
      (d) =>
        onlyKeys(d, DATE_KEYS) &&
        IMPORTANT_DATE_TYPES.includes(d.type) &&
        (d.label === null || optionalText(d.label, 80)) &&
        Number.isInteger(d.month) &&
        d.month >= 1 &&
        d.month <= 12 &&
        Number.isInteger(d.day) &&
        d.day >= 1 &&
        d.day <= 31 &&
        (d.year === null || (Number.isInteger(d.year) && d.year >= 1900 && d.year <= 2200)) &&
        isValidYearlyDate(d),
    )
  );
}

const VALUE_KEYS = new Set(['value', 'label', 'preferred']);
const ADDRESS_KEYS = new Set([
  'street',
  'city',
  'region',
  'postcode',
  'country',
  'label',
  'preferred',
]);
const DATE_KEYS = new Set(['type', 'label', 'month', 'day', 'year']);

const onlyKeys = (value: object, keys: Set<string>) => Object.keys(value).every((k) => keys.has(k));
const flag = (value: { preferred?: unknown }) =>
  value.preferred === undefined || typeof value.preferred === 'boolean';
const optionalText = (value: unknown, max: number) =>
  value === null || (typeof value === 'string' && value.trim().length <= max);
const singleLine = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim().length <= max && hasNoControlCharacters(value);
const optionalLine = (value: unknown, max: number) => value === null || singleLine(value, max);
const label = (value: unknown) => value === null || singleLine(value, MAX_LABEL);
const list = (values: unknown[], most: number, max: number) =>
  values.length <= most &&
  values.every((v) => typeof v === 'string' && v.trim() !== '' && v.trim().length <= max);

function isEmail(value: unknown, blankIsNone: boolean): boolean {
  if (typeof value !== 'string') return false;
  const trimmed = value.trim();
  if (trimmed === '') return blankIsNone;
  return trimmed.length <= 254 && EMAIL.test(trimmed);
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
