// The part of an address-book contact that Rapport and the phone share. Everything else on the
// card (X- properties, Apple's item groups, IMPP, RELATED, NOTE, CATEGORIES…) is carried in
// `unknown` as the card's own text, so it goes back to the server exactly as it came.

/** One e-mail, phone or address with its label ("work", "mobile", an Apple custom label). */
export interface CardValue {
  value: string;
  label: string | null;
  preferred: boolean;
  /** The card's own lines for this value, reused when it is written back unchanged. */
  raw?: string | null;
}

/** The single-valued fields that sync both ways. Dates are `YYYY-MM-DD` or `--MM-DD`. */
export const SINGLE_FIELDS = [
  'name',
  'organization',
  'department',
  'title',
  'birthday',
  'anniversary',
  'timeZone',
  'photo',
] as const;
export type SingleField = (typeof SINGLE_FIELDS)[number];

export const MULTI_FIELDS = ['emails', 'phones', 'addresses'] as const;
export type MultiField = (typeof MULTI_FIELDS)[number];

export type SyncField = SingleField | MultiField;

export interface ContactCard {
  uid: string;
  /** The vCard version the card came in ("3.0" or "4.0"); kept when it is written back. */
  version: string;
  name: string;
  organization: string | null;
  department: string | null;
  title: string | null;
  birthday: string | null;
  anniversary: string | null;
  timeZone: string | null;
  /** The PHOTO property's text as the card had it (Rapport keeps photos only to give back). */
  photo: string | null;
  emails: CardValue[];
  phones: CardValue[];
  /** Each value is ADR's seven parts joined with ";" (already escaped as vCard text). */
  addresses: CardValue[];
  /** Raw lines of the known single-valued properties, with the value each one says. */
  raw: Partial<Record<'uid' | 'fn' | 'n' | 'org' | SingleField, { value: string; lines: string }>>;
  /** Properties Rapport does not read, each as the card's own (folded) text. */
  unknown: string[];
}

export function emptyCard(uid: string): ContactCard {
  return {
    uid,
    version: '3.0',
    name: '',
    organization: null,
    department: null,
    title: null,
    birthday: null,
    anniversary: null,
    timeZone: null,
    photo: null,
    emails: [],
    phones: [],
    addresses: [],
    raw: {},
    unknown: [],
  };
}

/** The key two values of a field are compared by: e-mails ignore case, phones keep digits. */
export function valueKey(field: MultiField, value: string): string {
  if (field === 'emails') return value.trim().toLowerCase();
  if (field === 'phones') {
    const digits = value.replace(/[^\d+]/g, '');
    return digits === '' ? value.trim().toLowerCase() : digits;
  }
  return value
    .split(';')
    .map((part) => part.trim().toLowerCase())
    .join(';');
}

/** Single values compared as the user sees them: surrounding space and empty text do not count. */
export function singleKey(value: string | null): string {
  return (value ?? '').trim();
}

/** Two lists say the same thing: same values (by key), labels and preferred flags, any order. */
export function sameValues(field: MultiField, a: CardValue[], b: CardValue[]): boolean {
  if (a.length !== b.length) return false;
  const index = new Map(a.map((v) => [valueKey(field, v.value), v]));
  return b.every((v) => {
    const other = index.get(valueKey(field, v.value));
    return (
      other !== undefined &&
      (other.label ?? '').toLowerCase() === (v.label ?? '').toLowerCase() &&
      other.preferred === v.preferred
    );
  });
}

/** The card's fields that differ between two versions. */
export function changedFields(a: ContactCard, b: ContactCard): SyncField[] {
  const changed: SyncField[] = [];
  for (const field of SINGLE_FIELDS) {
    if (singleKey(a[field]) !== singleKey(b[field])) changed.push(field);
  }
  for (const field of MULTI_FIELDS) {
    if (!sameValues(field, a[field], b[field])) changed.push(field);
  }
  return changed;
}

/** Human words for a field, in conflict lists and note lines. */
export const FIELD_LABELS: Record<SyncField, string> = {
  name: 'name',
  organization: 'company',
  department: 'department',
  title: 'job title',
  birthday: 'birthday',
  anniversary: 'anniversary',
  timeZone: 'time zone',
  photo: 'photo',
  emails: 'e-mails',
  phones: 'phones',
  addresses: 'addresses',
};

/** ADR's seven parts (post box, extended, street, city, region, postal code, country). */
export function addressParts(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === ';') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  while (parts.length < 7) parts.push('');
  return parts;
}

/** The value of an address from its parts, each escaped as vCard text. */
export function addressValue(parts: readonly string[]): string {
  const seven = [...parts];
  while (seven.length < 7) seven.push('');
  return seven.map(escapeText).join(';');
}

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
export function escapeText(text: string): string {
  return text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}
