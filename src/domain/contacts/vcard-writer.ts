// People as one vCard 4.0 file (RFC 6350). Written line by line here rather than with ical.js,
// which leaves ";" unescaped in text values and folds by characters: every text value escapes
// "\", ",", ";" and newlines (§3.4), and lines fold at 75 octets without splitting a UTF-8
// character (§3.2). Every e-mail, phone and address goes out with its label (TYPE, or an
// Apple-style itemN.X-ABLabel for a label vCard has no TYPE for) and PREF=1 on the preferred
// one, written first. Facts travel as X-RAPPORT-FACT, which other address books ignore and
// Rapport's own import reads back; the JSON export is the complete one.
import type { ContactValue, PostalAddress } from '../people/contact-values';
import type { PersonDetails } from '../people/person-details';

export interface VCardPerson extends PersonDetails {
  id: string;
  name: string;
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  dates: { type: string; label: string | null; month: number; day: number; year: number | null }[];
  updatedAt: string;
}

export function writeVCards(people: VCardPerson[]): string {
  return people.map(writeVCard).join('');
}

export function writeVCard(person: VCardPerson): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0'];
  const add = (name: string, value: string, params: string[] = []) =>
    lines.push(`${[name, ...params].join(';')}:${value}`);
  let groups = 0;
  const labelled = (name: string, label: string | null, types: Record<string, string>) => {
    if (!label) return { name, params: [] as string[] };
    const type = types[label];
    if (type) return { name, params: [`TYPE=${type}`] };
    // A label vCard has no TYPE for ("Desk", "Assistant"): the way Apple writes it.
    groups += 1;
    lines.push(`item${groups}.X-ABLabel:${escapeText(label)}`);
    return { name: `item${groups}.${name}`, params: [] as string[] };
  };

  add('PRODID', '-//Rapport//Rapport export//EN');
  add('UID', `urn:rapport:person:${person.id}`);
  add('KIND', 'individual');
  add('FN', escapeText(person.name));
  add('N', nameParts(person.name).map(escapeText).join(';'));
  for (const email of preferredFirst(person.emails)) {
    const { name, params } = labelled('EMAIL', email.label, EMAIL_TYPES);
    add(name, escapeText(email.value), [...params, ...pref(email)]);
  }
  for (const phone of preferredFirst(person.phones)) {
    const { name, params } = labelled('TEL', phone.label, PHONE_TYPES);
    add(name, escapeText(phone.value), ['VALUE=text', ...params, ...pref(phone)]);
  }
  if (person.company || person.team) {
    add('ORG', [person.company ?? '', person.team ?? ''].map(escapeText).join(';'));
  }
  if (person.title) add('TITLE', escapeText(person.title));
  const addresses = preferredFirst(person.addresses);
  for (const address of addresses) {
    const { name, params } = labelled('ADR', address.label, ADDRESS_TYPES);
    const parts = [
      '',
      '',
      address.street,
      address.city,
      address.region,
      address.postcode,
      address.country,
    ];
    add(name, parts.map((p) => escapeText(p ?? '')).join(';'), [...params, ...pref(address)]);
  }
  // Without a postal address, the city and country Rapport keeps for time zones and travel.
  if (addresses.length === 0 && (person.city || person.country)) {
    add(
      'ADR',
      ['', '', '', person.city ?? '', '', '', person.country ?? ''].map(escapeText).join(';'),
      ['PREF=1'],
    );
  }
  if (person.timeZone) add('TZ', escapeText(person.timeZone));
  const birthday = person.dates.find((d) => d.type === 'birthday');
  if (birthday) add('BDAY', dateText(birthday));
  const anniversary = person.dates.find(
    (d) => d.type === 'custom' && /^anniversary$/i.test(d.label ?? ''),
  );
  if (anniversary) add('ANNIVERSARY', dateText(anniversary));
  if (person.tags.length) add('CATEGORIES', person.tags.map(escapeText).join(','));
  for (const link of person.links) add('URL', link);
  for (const fact of person.facts) add('X-RAPPORT-FACT', escapeText(fact));
  if (person.notes) add('NOTE', escapeText(person.notes));
  add('REV', timestamp(person.updatedAt));
  lines.push('END:VCARD');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

// Labels that vCard 4 types say; others go out as X-ABLabel.
const EMAIL_TYPES: Record<string, string> = { work: 'work', home: 'home', other: 'other' };
const PHONE_TYPES: Record<string, string> = {
  work: 'work',
  home: 'home',
  mobile: 'cell',
  other: 'other',
  fax: 'fax',
  pager: 'pager',
};
const ADDRESS_TYPES: Record<string, string> = { work: 'work', home: 'home', other: 'other' };

const pref = (value: { preferred: boolean }) => (value.preferred ? ['PREF=1'] : []);

function preferredFirst<T extends { preferred: boolean }>(list: T[]): T[] {
  return [...list.filter((v) => v.preferred), ...list.filter((v) => !v.preferred)];
}

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines escaped in a text value. */
export function escapeText(text: string): string {
  return text.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;

/**
 * RFC 6350 §3.2: lines longer than 75 octets continue on the next line after one space; a
 * multi-byte UTF-8 character is never cut in two.
 */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** N needs family and given names; a single name string gives its last word as the family name. */
function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return ['', name.trim(), '', '', ''];
  return [words[words.length - 1]!, words.slice(0, -1).join(' '), '', '', ''];
}

/** RFC 6350 §4.3.1 dates are ISO 8601 basic: 19880314, or --0314 without a year. */
function dateText(date: { month: number; day: number; year: number | null }): string {
  const md = `${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`;
  return date.year === null ? `--${md}` : `${String(date.year).padStart(4, '0')}${md}`;
}

/** REV as RFC 6350 writes a timestamp: 20261207T011500Z. */
function timestamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}
