// People as one vCard 4.0 file (RFC 6350), written with ical.js so escaping and folding follow
// the RFC. Facts travel as X-RAPPORT-FACT, which other address books ignore and Rapport's own
// import reads back; the JSON export is the complete one.
import ICAL from 'ical.js';

export interface VCardPerson {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  team: string | null;
  title: string | null;
  city: string | null;
  country: string | null;
  timeZone: string | null;
  tags: string[];
  facts: string[];
  links: string[];
  notes: string | null;
  dates: { type: string; label: string | null; month: number; day: number; year: number | null }[];
  updatedAt: string;
}

export function writeVCards(people: VCardPerson[]): string {
  return people.map(writeVCard).join('');
}

export function writeVCard(person: VCardPerson): string {
  const card = new ICAL.Component('vcard');
  const add = (name: string, type: string, value: unknown, params: Record<string, string> = {}) =>
    card.addProperty(new ICAL.Property([name, params, type, value]));

  add('version', 'text', '4.0');
  // 'unknown' writes the value as is; 'text' would add VALUE=TEXT, which PRODID does not need.
  add('prodid', 'unknown', '-//Rapport//Rapport export//EN');
  add('uid', 'text', `urn:rapport:person:${person.id}`);
  add('kind', 'text', 'individual');
  add('fn', 'text', person.name);
  add('n', 'text', nameParts(person.name));
  if (person.email) add('email', 'text', person.email);
  if (person.phone) add('tel', 'text', person.phone);
  if (person.company || person.team) add('org', 'text', [person.company ?? '', person.team ?? '']);
  if (person.title) add('title', 'text', person.title);
  if (person.city || person.country) {
    add('adr', 'text', ['', '', '', person.city ?? '', '', '', person.country ?? '']);
  }
  if (person.timeZone) add('tz', 'text', person.timeZone);
  const birthday = person.dates.find((d) => d.type === 'birthday');
  if (birthday) add('bday', 'date-and-or-time', dateText(birthday));
  const anniversary = person.dates.find(
    (d) => d.type === 'custom' && /^anniversary$/i.test(d.label ?? ''),
  );
  if (anniversary) add('anniversary', 'date-and-or-time', dateText(anniversary));
  if (person.tags.length) {
    const categories = new ICAL.Property('categories', card);
    categories.setValues(person.tags);
    card.addProperty(categories);
  }
  for (const link of person.links) add('url', 'uri', link);
  for (const fact of person.facts) add('x-rapport-fact', 'text', fact);
  if (person.notes) add('note', 'text', person.notes);
  add('rev', 'timestamp', person.updatedAt.replace(/\.\d+Z$/, 'Z'));
  return `${card.toString()}\r\n`;
}

/** N needs family and given names; a single name string gives its last word as the family name. */
function nameParts(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return ['', name.trim(), '', '', ''];
  return [words[words.length - 1]!, words.slice(0, -1).join(' '), '', '', ''];
}

function dateText(date: { month: number; day: number; year: number | null }): string {
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year === null ? `--${md}` : `${String(date.year).padStart(4, '0')}-${md}`;
}
