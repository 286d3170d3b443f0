// The one place that knows how a Rapport person and an address-book card correspond. Every
// e-mail, phone and address goes both ways with its label and preferred mark. A person is seen as
// the card it was last synced from with Rapport's edits laid over it: a field Rapport still holds
// as the card gave it keeps the card's own lines, and only a field the user changed in Rapport
// changes the card. Facts, notes, interactions, cadence, kind and items have no place
// here, so they can never reach the address book.
import type { z } from 'zod';
import {
  addressParts,
  addressValue,
  type CardValue,
  type ContactCard,
  emptyCard,
  type MultiField,
  sameValues,
  valueKey,
} from '../../domain/contacts-sync/index';
import {
  type ContactValue,
  normalizeAddresses,
  normalizeValues,
  type PostalAddress,
  valueLabel,
} from '../../domain/people/contact-values';
import type { NewDate, PersonFields, PersonRecord } from '../../store/people/person-repository';
import { newPersonInput } from '../people/person-input';

/** What Rapport holds of a contact's fields. */
export interface PersonView {
  name: string;
  company: string | null;
  team: string | null;
  title: string | null;
  timeZone: string | null;
  /** The lists as Rapport stores them (normalized); addresses as ADR values. */
  emails: CardValue[];
  phones: CardValue[];
  addresses: CardValue[];
  city: string | null;
  country: string | null;
  birthday: string | null;
  anniversary: string | null;
}

const shape = newPersonInput.shape;
const SINGLE_VIEW_FIELDS = [
  'name',
  'company',
  'team',
  'title',
  'timeZone',
  'city',
  'country',
] as const;
const LISTS = ['emails', 'phones', 'addresses'] as const;

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
    emails: normalizeValues(
      'email',
      card.emails.flatMap((v) => {
        const value = passes(shape.email, v.value.trim());
        return value ? [{ value, label: valueLabel(v.label), preferred: v.preferred }] : [];
      }),
    ),
    phones: normalizeValues(
      'phone',
      card.phones.map((v) => ({
        value: text(v.value, 40) ?? '',
        label: valueLabel(v.label),
        preferred: v.preferred,
      })),
    ),
    addresses: normalizeAddresses(
      card.addresses.map((v) => ({
        ...postalOf(v.value),
        label: valueLabel(v.label),
        preferred: v.preferred,
      })),
    ).map(adrOf),
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
    emails: person.emails,
    phones: person.phones,
    addresses: person.addresses.map(adrOf),
    city: person.city,
    country: person.country,
    birthday: dateText(person.dates.find((d) => d.type === 'birthday')),
    anniversary: dateText(person.dates.find(isAnniversary)),
  };
}

/** The person as a card: `base` (the last agreed card) with Rapport's changes laid over it. */
export function cardOfPerson(person: PersonRecord, base: StoredBase | null, uid: string) {
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
  const changed = (field: Exclude<keyof PersonView, MultiField>) =>
    !seen || seen[field] !== now[field];
  if (changed('name')) card.name = now.name;
  if (changed('company')) card.organization = now.company;
  if (changed('team')) card.department = now.team;
  if (changed('title')) card.title = now.title;
  if (changed('timeZone')) card.timeZone = now.timeZone;
  if (changed('birthday')) card.birthday = now.birthday;
  if (changed('anniversary')) card.anniversary = now.anniversary;
  for (const field of LISTS) {
    now[field] = withOldBase(field, now[field], base, seen);
    if (!seen || !sameValues(field, seen[field], now[field]))
      card[field] = rebuilt(field, now[field], card[field]);
  }
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
  for (const field of SINGLE_VIEW_FIELDS) {
    if (next[field] !== now[field]) fields[field] = next[field] as never;
  }
  if (!sameValues('emails', next.emails, now.emails)) fields.emails = next.emails.map(plain);
  if (!sameValues('phones', next.phones, now.phones)) fields.phones = next.phones.map(plain);
  if (!sameValues('addresses', next.addresses, now.addresses)) {
    fields.addresses = next.addresses.map((v) => ({
      ...postalOf(v.value),
      label: v.label,
      preferred: v.preferred,
    }));
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

/** The fields of a new person made from a card. */
export function newPersonFields(view: PersonView) {
  const { birthday: _b, anniversary: _a, emails, phones, addresses, ...single } = view;
  return {
    ...single,
    email: primary(emails)?.value ?? null,
    phone: primary(phones)?.value ?? null,
    emails: emails.map(plain),
    phones: phones.map(plain),
    addresses: addresses.map((v) => ({
      ...postalOf(v.value),
      label: v.label,
      preferred: v.preferred,
    })),
  };
}

/** The e-mails and phones a person is matched by (every one of them). */
export function matchKeysOf(person: PersonRecord) {
  return {
    emails: person.emails.map((v) => v.value),
    phones: person.phones.map((v) => v.value),
  };
}

const plain = ({ value, label, preferred }: CardValue): ContactValue => ({
  value,
  label,
  preferred,
});

/**
 * The merge base as stored with a link. Bases stored since every value syncs are marked; an
 * older one was agreed while Rapport held only the card's preferred e-mail and phone (and no
 * address), so the card's other values missing from the person are not "removed in Rapport"
 * (which would delete them from the phone): they are added to the person instead.
 */
type StoredBase = ContactCard & { allValues?: true };

export const storedBase = (card: ContactCard) =>
  JSON.stringify({ ...card, allValues: true } satisfies StoredBase);

export const readBase = (text: string) => JSON.parse(text) as StoredBase;

/** The person's list, with what an old base held that the person never could (see StoredBase). */
function withOldBase(
  field: MultiField,
  mine: CardValue[],
  base: StoredBase | null,
  seen: PersonView | null,
) {
  if (!base || base.allValues || !seen) return mine;
  const held = new Set(mine.map((v) => valueKey(field, v.value)));
  return [
    ...mine,
    ...seen[field]
      .filter((v) => !held.has(valueKey(field, v.value)))
      .map((v) => ({ ...v, preferred: mine.length === 0 && v.preferred })),
  ];
}

/** Rapport's list as card values, reusing the card's own value (and its lines) where unchanged. */
function rebuilt(field: MultiField, mine: CardValue[], theirs: CardValue[]): CardValue[] {
  return mine.map((value) => {
    const same = theirs.find(
      (v) =>
        valueKey(field, v.value) === valueKey(field, value.value) &&
        valueLabel(v.label) === value.label &&
        v.preferred === value.preferred,
    );
    return (
      same ?? { value: value.value, label: value.label, preferred: value.preferred, raw: null }
    );
  });
}

function postalOf(value: string): Omit<PostalAddress, 'label' | 'preferred'> {
  const parts = addressParts(value);
  const street = [parts[0], parts[1], parts[2]].filter((p) => p?.trim()).join(', ');
  return {
    street: street || null,
    city: parts[3] || null,
    region: parts[4] || null,
    postcode: parts[5] || null,
    country: parts[6] || null,
  };
}

function adrOf(address: PostalAddress): CardValue {
  return {
    value: addressValue([
      '',
      '',
      address.street ?? '',
      address.city ?? '',
      address.region ?? '',
      address.postcode ?? '',
      address.country ?? '',
    ]),
    label: address.label,
    preferred: address.preferred,
  };
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
