// The one place that knows how a Rapport person and an address-book card correspond. Rapport
// holds less than a card can (today one e-mail, one phone, a city and a country), so a person is
// seen as the card it was last synced from with Rapport's edits laid over it: a field Rapport
// still holds as the card gave it keeps the card's full value, and only a field the user changed
// in Rapport changes the card. Facts, notes, interactions, cadence, kind and items have no place
// here, so they can never reach the address book.
import type { z } from 'zod';
import {
  addressParts,
  addressValue,
  type CardValue,
  type ContactCard,
  emptyCard,
  valueKey,
} from '../../domain/contacts-sync/index';
import type { NewDate, PersonFields, PersonRecord } from '../../store/people/person-repository';
import { newPersonInput } from '../people/person-input';

/** What Rapport holds of a contact's fields. */
export interface PersonView {
  name: string;
  company: string | null;
  team: string | null;
  title: string | null;
  timeZone: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  country: string | null;
  birthday: string | null;
  anniversary: string | null;
}

const shape = newPersonInput.shape;
const VIEW_FIELDS = [
  'name',
  'company',
  'team',
  'title',
  'timeZone',
  'email',
  'phone',
  'city',
  'country',
  'birthday',
  'anniversary',
] as const;

function passes<S extends z.ZodType>(schema: S, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success && typeof result.data === 'string' ? result.data : null;
}

const primary = (values: CardValue[]) => values.find((v) => v.preferred) ?? values[0] ?? null;

/** What Rapport would hold if it took this card whole. */
export function viewOfCard(card: ContactCard): PersonView {
  const address = primary(card.addresses);
  const parts = address ? addressParts(address.value) : [];
  const text = (value: string | null | undefined, max: number) =>
    value?.trim() ? value.trim().replace(/\s+/g, ' ').slice(0, max).trim() : null;
  return {
    name: text(card.name, 120) ?? 'Unnamed contact',
    company: text(card.organization, 100),
    team: text(card.department, 100),
    title: text(card.title, 100),
    timeZone: card.timeZone ? passes(shape.timeZone, card.timeZone.trim()) : null,
    email: passes(shape.email, primary(card.emails)?.value ?? null),
    phone: text(primary(card.phones)?.value, 40),
    city: text(parts[3], 100),
    country: text(parts[6], 100),
    birthday: card.birthday,
    anniversary: card.anniversary,
  };
}

/** What Rapport holds now. */
export function viewOfPerson(person: PersonRecord): PersonView {
  return {
    name: person.name,
    company: person.company,
    team: person.team,
    title: person.title,
    timeZone: person.timeZone,
    email: person.email,
    phone: person.phone,
    city: person.city,
    country: person.country,
    birthday: dateText(person.dates.find((d) => d.type === 'birthday')),
    anniversary: dateText(person.dates.find(isAnniversary)),
  };
}

/** The person as a card: `base` (the last agreed card) with Rapport's changes laid over it. */
export function cardOfPerson(person: PersonRecord, base: ContactCard | null, uid: string) {
  const card: ContactCard = base
    ? {
        ...base,
        emails: [...base.emails],
        phones: [...base.phones],
        addresses: [...base.addresses],
      }
    : emptyCard(uid);
  const seen = base ? viewOfCard(base) : null;
  const now = viewOfPerson(person);
  const changed = (field: keyof PersonView) => !seen || seen[field] !== now[field];
  if (changed('name')) card.name = now.name;
  if (changed('company')) card.organization = now.company;
  if (changed('team')) card.department = now.team;
  if (changed('title')) card.title = now.title;
  if (changed('timeZone')) card.timeZone = now.timeZone;
  if (changed('birthday')) card.birthday = now.birthday;
  if (changed('anniversary')) card.anniversary = now.anniversary;
  if (changed('email')) card.emails = overlay('emails', card.emails, now.email);
  if (changed('phone')) card.phones = overlay('phones', card.phones, now.phone);
  if (changed('city') || changed('country')) {
    card.addresses = overlayAddress(card.addresses, now.city, now.country);
  }
  return card;
}

/** The person's fields that must change for Rapport to hold `card`, and the dates to keep. */
export function personChanges(
  person: PersonRecord,
  card: ContactCard,
): { fields: Partial<PersonFields>; dates: NewDate[] | undefined } {
  const next = viewOfCard(card);
  const now = viewOfPerson(person);
  const fields: Partial<PersonFields> = {};
  for (const field of VIEW_FIELDS) {
    if (next[field] === now[field] || field === 'birthday' || field === 'anniversary') continue;
    (fields as Record<string, string | null>)[field] = next[field];
  }
  let dates: NewDate[] | undefined;
  if (next.birthday !== now.birthday || next.anniversary !== now.anniversary) {
    dates = person.dates
      .filter((d) => d.type !== 'birthday' && !isAnniversary(d))
      .map(({ type, label, month, day, year }) => ({ type, label, month, day, year }));
    const birthday = yearlyDate(next.birthday);
    if (birthday) dates.push({ type: 'birthday', label: null, ...birthday });
    const anniversary = yearlyDate(next.anniversary);
    if (anniversary) dates.push({ type: 'custom', label: 'Anniversary', ...anniversary });
  }
  return { fields, dates };
}

/** The e-mails, phones and UIDs a person is matched by. */
export function matchKeysOf(person: PersonRecord) {
  return {
    emails: person.email ? [person.email] : [],
    phones: person.phone ? [person.phone] : [],
  };
}

/** Rapport's single value becomes the card's preferred one; the card's others stay. */
function overlay(field: 'emails' | 'phones', values: CardValue[], value: string | null) {
  const first = primary(values);
  if (value === null) return first ? values.filter((v) => v !== first) : values;
  const key = valueKey(field, value);
  const existing = values.find((v) => valueKey(field, v.value) === key);
  if (existing) {
    if (existing === first) return values;
    return values.map((v) =>
      v === existing
        ? { ...v, preferred: true, raw: null }
        : v.preferred
          ? { ...v, preferred: false, raw: null }
          : v,
    );
  }
  if (first) return values.map((v) => (v === first ? { ...v, value, raw: null } : v));
  return [...values, { value, label: null, preferred: false }];
}

function overlayAddress(values: CardValue[], city: string | null, country: string | null) {
  const first = primary(values);
  if (!first) {
    if (!city && !country) return values;
    return [
      ...values,
      {
        value: addressValue(['', '', '', city ?? '', '', '', country ?? '']),
        label: null,
        preferred: false,
      },
    ];
  }
  const parts = addressParts(first.value);
  parts[3] = city ?? '';
  parts[6] = country ?? '';
  if (parts.every((p) => p.trim() === '')) return values.filter((v) => v !== first);
  return values.map((v) => (v === first ? { ...v, value: addressValue(parts), raw: null } : v));
}

function isAnniversary(date: { type: string; label: string | null }) {
  return date.type === 'custom' && /^anniversary$/i.test(date.label ?? '');
}

function dateText(date: { month: number; day: number; year: number | null } | undefined) {
  if (!date) return null;
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year === null ? `--${md}` : `${String(date.year).padStart(4, '0')}-${md}`;
}

function yearlyDate(text: string | null) {
  const match = text ? /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return null;
  return {
    month: Number(match[2]),
    day: Number(match[3]),
    year: match[1] === '-' ? null : Number(match[1]),
  };
}
