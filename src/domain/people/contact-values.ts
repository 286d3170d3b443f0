// A person's e-mail addresses, phone numbers and postal addresses: several of each, each with a
// label, and exactly one preferred per kind (the one `email`/`phone` show, the one a mail or
// call goes to). Pure rules shared by the API, imports, exports and address-book sync.

/** The labels Rapport offers; address books may bring others (Apple's custom labels), kept as is. */
export const VALUE_LABELS = ['work', 'home', 'mobile', 'other'] as const;
export type ValueLabel = (typeof VALUE_LABELS)[number];

/** An e-mail address or a phone number. */
export interface ContactValue {
  value: string;
  /** "work", "home", "mobile", "other", or an address book's own label; null: none given. */
  label: string | null;
  preferred: boolean;
}

export interface PostalAddress {
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country: string | null;
  label: string | null;
  preferred: boolean;
}

export interface ContactValues {
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
}

export const NO_CONTACT_VALUES: ContactValues = { emails: [], phones: [], addresses: [] };

export const MAX_LABEL = 40;

// vCard TYPE values and CSV column words that mean one of Rapport's labels. Types that say
// nothing a person reads (voice, internet, pref) give no label.
const LABEL_SYNONYMS: Record<string, ValueLabel | null> = {
  work: 'work',
  business: 'work',
  office: 'work',
  home: 'home',
  personal: 'home',
  private: 'home',
  mobile: 'mobile',
  cell: 'mobile',
  cellular: 'mobile',
  iphone: 'mobile',
  other: 'other',
  voice: null,
  internet: null,
  pref: null,
  x400: null,
  text: null,
  msg: null,
  dom: null,
  intl: null,
  postal: null,
  parcel: null,
};

/**
 * One label from what an address book gave (TYPE values, an X-ABLabel, a CSV column's word):
 * synonyms become Rapport's labels, other words are kept (shortened), noise gives null.
 */
export function valueLabel(...given: (string | null | undefined)[]): string | null {
  // One word, as nearly every value brings (an import normalizes ~37,000 for 10,000 cards):
  // the same answer as below without the lists.
  const only = given.length === 1 ? given[0] : undefined;
  if (only !== undefined && !only?.includes(',')) {
    const word = only?.trim();
    if (!word) return null;
    const lower = word.toLowerCase();
    const known = LABEL_SYNONYMS[lower];
    if (known) return known;
    return lower in LABEL_SYNONYMS ? null : word.slice(0, MAX_LABEL);
  }
  const words = given
    .flatMap((g) => (g ?? '').split(','))
    .map((w) => w.trim())
    .filter(Boolean);
  for (const word of words) {
    const known = LABEL_SYNONYMS[word.toLowerCase()];
    if (known) return known;
  }
  const custom = words.find((w) => !(w.toLowerCase() in LABEL_SYNONYMS));
  return custom ? custom.slice(0, MAX_LABEL) : null;
}

export const emailKey = (email: string) => email.trim().toLowerCase();

/** The digits of a number, with a leading + kept: "+49 (30) 123" and "+4930123" are one. */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}

/** An address on one line, as a search body or a fallback display shows it. */
export function addressLine(address: Omit<PostalAddress, 'label' | 'preferred'>): string {
  const town = [address.postcode, address.city].filter(Boolean).join(' ');
  return [address.street, town, address.region, address.country].filter(Boolean).join(', ');
}

/** What makes two values the same value of their kind (case of an e-mail, spacing of a number). */
export function valueKey(kind: 'email' | 'phone', value: string): string {
  return kind === 'email' ? emailKey(value) : phoneDigits(value) || value.trim();
}

/**
 * A list as stored: blanks and repeats dropped (the first copy kept, preferred if any copy was),
 * and exactly one preferred when the list is not empty (the first marked, else the first).
 */
export function normalizeValues(kind: 'email' | 'phone', list: ContactValue[]): ContactValue[] {
  const out: ContactValue[] = [];
  for (const item of list) {
    const value = item.value.trim();
    if (!value) continue;
    const key = valueKey(kind, value);
    const same = out.find((o) => valueKey(kind, o.value) === key);
    if (same) {
      same.preferred ||= item.preferred;
      same.label ??= cleanLabel(item.label);
      continue;
    }
    out.push({ value, label: cleanLabel(item.label), preferred: item.preferred });
  }
  return onePreferred(out);
}

export function normalizeAddresses(list: PostalAddress[]): PostalAddress[] {
  const out: PostalAddress[] = [];
  for (const item of list) {
    const parts = {
      street: blankToNull(item.street),
      city: blankToNull(item.city),
      region: blankToNull(item.region),
      postcode: blankToNull(item.postcode),
      country: blankToNull(item.country),
    };
    const line = addressLine(parts);
    if (!line) continue;
    const same = out.find((o) => addressLine(o).toLowerCase() === line.toLowerCase());
    if (same) {
      same.preferred ||= item.preferred;
      continue;
    }
    out.push({ ...parts, label: cleanLabel(item.label), preferred: item.preferred });
  }
  return onePreferred(out);
}

function onePreferred<T extends { preferred: boolean }>(list: T[]): T[] {
  const first = Math.max(
    0,
    list.findIndex((item) => item.preferred),
  );
  return list.map((item, i) => ({ ...item, preferred: i === first }));
}

/** The preferred value of a list (what `email` and `phone` show), or null when empty. */
export function preferredValue(list: ContactValue[]): string | null {
  return (list.find((v) => v.preferred) ?? list[0])?.value ?? null;
}

/**
 * A list after `email`/`phone` alone was set, as an old script or form does: the value becomes
 * the preferred one (taking the old preferred value's place and label), null removes the
 * preferred value and the next one is preferred.
 */
export function withPreferred(
  kind: 'email' | 'phone',
  list: ContactValue[],
  value: string | null,
): ContactValue[] {
  const current = list.findIndex((v) => v.preferred);
  if (value === null)
    return normalizeValues(
      kind,
      list.filter((_, i) => i !== current),
    );
  const key = valueKey(kind, value);
  const existing = list.findIndex((v) => valueKey(kind, v.value) === key);
  if (existing !== -1) {
    return normalizeValues(
      kind,
      list.map((v, i) => ({ ...v, preferred: i === existing })),
    );
  }
  if (current === -1)
    return normalizeValues(kind, [{ value, label: null, preferred: true }, ...list]);
  return normalizeValues(
    kind,
    list.map((v, i) => (i === current ? { ...v, value, preferred: true } : v)),
  );
}

function cleanLabel(label: string | null | undefined): string | null {
  return valueLabel(label);
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
