// The CSV layouts address books export, recognised by their header: Google Contacts (the
// current "First Name … E-mail 1 - Value" and the older "Name, Given Name … Group Membership"),
// Outlook ("E-mail Address, Job Title, Business Phone…", dates as M/D/YYYY and 0/0/00 for
// none) and LinkedIn's Connections.csv; any other CSV is read through a column mapping.
import {
  addUnique,
  type ContactCandidate,
  type ContactSource,
  type LabeledAddress,
  type LabeledValue,
  tidyText,
  webLink,
} from './contact-candidate';
import { formatContactDate, parseContactDate } from './contact-dates';

/** Reads a cell by column name (case-insensitive); null when empty or absent. */
export type Cells = (column: string) => string | null;

export type Layout = (cells: Cells, candidate: ContactCandidate) => void;

/** The fields a column mapping can fill. */
export const MAPPABLE_FIELDS = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'email',
  'phone',
  'company',
  'team',
  'title',
  'city',
  'country',
  'timeZone',
  'birthday',
  'anniversary',
  'tags',
  'notes',
  'url',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** "First name", "first_name" and "FIRSTNAME" all name the field firstName. */
export function canonicalField(name: string): MappableField | null {
  const key = name.toLowerCase().replace(/[^a-z]/g, '');
  return MAPPABLE_FIELDS.find((f) => f.toLowerCase() === key) ?? null;
}

/** Which known layout a header is, or null. */
export function detectLayout(columns: Set<string>): KnownLayout | null {
  const has = (name: string) => columns.has(name);
  if (has('first name') && has('last name') && has('connected on')) return 'linkedin-csv';
  if (
    has('e-mail 1 - value') ||
    (has('given name') && has('family name')) ||
    (has('first name') && (has('labels') || has('file as') || has('organization name')))
  ) {
    return 'google-csv';
  }
  if (
    has('e-mail address') &&
    (has('job title') || has('business phone') || has('mobile phone') || has('e-mail display name'))
  ) {
    return 'outlook-csv';
  }
  return null;
}

export type KnownLayout = Extract<ContactSource, 'google-csv' | 'outlook-csv' | 'linkedin-csv'>;

export const LAYOUTS: Record<KnownLayout, Layout> = {
  'google-csv': readGoogle,
  'outlook-csv': readOutlook,
  'linkedin-csv': readLinkedIn,
};

function readGoogle(cells: Cells, c: ContactCandidate) {
  c.emails = numbered(cells, 'e-mail');
  c.phones = numbered(cells, 'phone');
  c.company = cells('organization name') ?? cells('organization 1 - name');
  c.title = cells('organization title') ?? cells('organization 1 - title');
  c.team = cells('organization department') ?? cells('organization 1 - department');
  c.addresses = googleAddresses(cells);
  const located = c.addresses.find((a) => a.city || a.country);
  c.city = located?.city ?? cells('address 1 - city');
  c.country = located?.country ?? cells('address 1 - country');
  c.notes = cells('notes');
  setBirthday(c, cells('birthday'));
  for (const label of split(cells('labels') ?? cells('group membership'), ':::')) {
    const tag = label.replace(/^\*\s*/, '');
    if (!/^my\s*contacts$/i.test(tag)) addUnique(c.tags, tag);
  }
  for (let n = 1; n <= NUMBERED_MAX; n++) {
    const value = cells(`event ${n} - value`);
    const label = labelText(cells(`event ${n} - label`) ?? cells(`event ${n} - type`));
    if (value) addDate(c, label ?? 'Date', value);
  }
  for (let n = 1; n <= NUMBERED_MAX; n++) {
    const label = labelText(cells(`relation ${n} - label`) ?? cells(`relation ${n} - type`));
    for (const value of split(cells(`relation ${n} - value`), ':::')) {
      addUnique(c.facts, `${label ?? 'related'}: ${value}`);
    }
  }
  for (let n = 1; n <= NUMBERED_MAX; n++) {
    for (const value of split(cells(`website ${n} - value`), ':::')) {
      addUnique(c.links, webLink(value));
    }
  }
  const nickname = cells('nickname');
  if (nickname) c.noteLines.push(`Nickname: ${nickname}`);
  c.name =
    joined(cells('first name'), cells('middle name'), cells('last name')) ??
    cells('name') ??
    joined(cells('given name'), cells('additional name'), cells('family name')) ??
    nickname ??
    cells('file as') ??
    c.company ??
    c.emails[0]?.value ??
    '';
}

const OUTLOOK_PHONES: [string, string][] = [
  ['primary phone', 'primary'],
  ['mobile phone', 'mobile'],
  ['business phone', 'work'],
  ['home phone', 'home'],
  ['business phone 2', 'work'],
  ['home phone 2', 'home'],
  ['other phone', 'other'],
  ['company main phone', 'company'],
  ['car phone', 'car'],
];

const OUTLOOK_FACTS: [string, string][] = [
  ['spouse', 'spouse'],
  ['children', 'children'],
  ["manager's name", 'manager'],
  ["assistant's name", 'assistant'],
  ['hobby', 'hobby'],
];

function readOutlook(cells: Cells, c: ContactCandidate) {
  for (const column of ['e-mail address', 'e-mail 2 address', 'e-mail 3 address']) {
    pushValue(c.emails, cells(column), null);
  }
  for (const [column, label] of OUTLOOK_PHONES) pushValue(c.phones, cells(column), label);
  c.company = cells('company');
  c.team = cells('department');
  c.title = cells('job title');
  c.addresses = outlookAddresses(cells);
  c.city = cells('business city') ?? cells('home city') ?? cells('other city');
  c.country =
    cells('business country/region') ??
    cells('business country') ??
    cells('home country/region') ??
    cells('home country') ??
    cells('other country/region');
  c.notes = cells('notes');
  setBirthday(c, cells('birthday'));
  const anniversary = cells('anniversary');
  if (anniversary) addDate(c, 'Anniversary', anniversary);
  for (const tag of split(cells('categories'), /[;,]/)) addUnique(c.tags, tag);
  addUnique(c.links, webLink(cells('web page')));
  for (const [column, label] of OUTLOOK_FACTS) {
    const value = cells(column);
    if (value) addUnique(c.facts, `${label}: ${value}`);
  }
  const nickname = cells('nickname');
  if (nickname) c.noteLines.push(`Nickname: ${nickname}`);
  // "E-mail Display Name" is "Ann Lee (ann@example.com)".
  const display = tidyText(cells('e-mail display name')?.replace(/\s*\([^)]*@[^)]*\)\s*$/, ''));
  c.name =
    joined(cells('first name'), cells('middle name'), cells('last name'), cells('suffix')) ??
    display ??
    c.company ??
    c.emails[0]?.value ??
    '';
}

function readLinkedIn(cells: Cells, c: ContactCandidate) {
  c.name = joined(cells('first name'), cells('last name')) ?? '';
  pushValue(c.emails, cells('email address'), null);
  c.company = cells('company');
  c.title = cells('position');
  addUnique(c.links, webLink(cells('url')));
  const connected = cells('connected on');
  if (connected) {
    const date = parseContactDate(connected);
    c.noteLines.push(`Connected on LinkedIn: ${date ? formatContactDate(date) : connected}`);
  }
  if (!c.name) c.name = c.emails[0]?.value ?? '';
}

/** A layout that reads the columns a mapping names (given by the user or guessed). */
export function mappedLayout(mapping: Partial<Record<MappableField, string>>): Layout {
  const column = (field: MappableField) => mapping[field]?.toLowerCase();
  const cell = (cells: Cells, field: MappableField) => {
    const name = column(field);
    return name === undefined ? null : cells(name);
  };
  return (cells, c) => {
    for (const email of split(cell(cells, 'email'), /[;,\s]+|:::/))
      pushValue(c.emails, email, null);
    for (const phone of split(cell(cells, 'phone'), /[;,]|:::/)) pushValue(c.phones, phone, null);
    c.company = cell(cells, 'company');
    c.team = cell(cells, 'team');
    c.title = cell(cells, 'title');
    c.city = cell(cells, 'city');
    c.country = cell(cells, 'country');
    c.timeZone = cell(cells, 'timeZone');
    c.notes = cell(cells, 'notes');
    setBirthday(c, cell(cells, 'birthday'));
    const anniversary = cell(cells, 'anniversary');
    if (anniversary) addDate(c, 'Anniversary', anniversary);
    for (const tag of split(cell(cells, 'tags'), /[;,]|:::/)) addUnique(c.tags, tag);
    addUnique(c.links, webLink(cell(cells, 'url')));
    c.name =
      cell(cells, 'name') ??
      joined(cell(cells, 'firstName'), cell(cells, 'middleName'), cell(cells, 'lastName')) ??
      '';
  };
}

// Header names worth guessing from, normalised to lowercase letters and digits only.
const GUESSES: Record<MappableField, string[]> = {
  name: ['name', 'fullname', 'displayname', 'contactname', 'contact', 'person'],
  firstName: ['firstname', 'givenname', 'first', 'forename'],
  middleName: ['middlename'],
  lastName: ['lastname', 'familyname', 'surname', 'last'],
  email: ['email', 'emailaddress', 'mail', 'email1', 'primaryemail', 'workemail', 'emailvalue'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'cell', 'telephone', 'tel', 'workphone'],
  company: ['company', 'organization', 'organisation', 'org', 'employer', 'companyname'],
  team: ['team', 'department', 'dept'],
  title: ['title', 'jobtitle', 'position', 'role'],
  city: ['city', 'town'],
  country: ['country', 'countryregion'],
  timeZone: ['timezone', 'tz', 'zone'],
  birthday: ['birthday', 'birthdate', 'dateofbirth', 'dob', 'bday'],
  anniversary: ['anniversary'],
  tags: ['tags', 'labels', 'categories', 'groups', 'group'],
  notes: ['notes', 'note', 'comments', 'comment'],
  url: ['url', 'website', 'web', 'homepage', 'linkedin', 'profile', 'webpage'],
};

/** A mapping guessed from header names; only fields with an obvious column. */
export function guessMapping(header: string[]): Partial<Record<MappableField, string>> {
  const mapping: Partial<Record<MappableField, string>> = {};
  const used = new Set<string>();
  for (const field of MAPPABLE_FIELDS) {
    const column = header.find((h) => {
      const key = h.toLowerCase().replace(/[^a-z0-9]/g, '');
      return !used.has(h) && GUESSES[field].includes(key);
    });
    if (column) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

/** How far Google's numbered columns (E-mail 1…, Event 1…) are read. */
const NUMBERED_MAX = 10;

/** Google's numbered columns: "E-mail 1 - Value" with " ::: " between several values. */
function numbered(cells: Cells, what: 'e-mail' | 'phone'): LabeledValue[] {
  const primary: LabeledValue[] = [];
  const others: LabeledValue[] = [];
  for (let n = 1; n <= NUMBERED_MAX; n++) {
    const value = cells(`${what} ${n} - value`);
    if (value === null) continue;
    const rawLabel = cells(`${what} ${n} - label`) ?? cells(`${what} ${n} - type`);
    // Google marks the primary address with "* " before its label.
    const target = rawLabel?.startsWith('*') ? primary : others;
    for (const item of split(value, ':::')) pushValue(target, item, labelText(rawLabel));
  }
  return [...primary, ...others];
}

/** Google's "Address 1 - Street" … columns; the "* " label marks the primary address. */
function googleAddresses(cells: Cells): LabeledAddress[] {
  const primary: LabeledAddress[] = [];
  const others: LabeledAddress[] = [];
  for (let n = 1; n <= NUMBERED_MAX; n++) {
    const part = (name: string) => cells(`address ${n} - ${name}`);
    const rawLabel = part('label') ?? part('type');
    const street = tidyText(
      [part('po box'), part('extended address'), part('street')].filter(Boolean).join('\n'),
    );
    const address = {
      street,
      city: part('city'),
      region: part('region'),
      postcode: part('postal code'),
      country: part('country'),
      label: labelText(rawLabel),
    };
    if (!address.street && !address.city && !address.region && !address.postcode) {
      if (!address.country) continue;
    }
    (rawLabel?.startsWith('*') ? primary : others).push(address);
  }
  return [...primary, ...others];
}

/** Outlook's Business, Home and Other address columns. */
function outlookAddresses(cells: Cells): LabeledAddress[] {
  const addresses: LabeledAddress[] = [];
  for (const [prefix, label] of [
    ['business', 'work'],
    ['home', 'home'],
    ['other', 'other'],
  ] as const) {
    const part = (name: string) => cells(`${prefix} ${name}`);
    const address = {
      street: tidyText(
        [part('street'), part('street 2'), part('street 3')].filter(Boolean).join('\n'),
      ),
      city: part('city'),
      region: part('state'),
      postcode: part('postal code'),
      country: part('country/region') ?? part('country'),
      label,
    };
    if (address.street || address.city || address.region || address.postcode || address.country) {
      addresses.push(address);
    }
  }
  return addresses;
}

function pushValue(list: LabeledValue[], value: string | null, label: string | null) {
  const text = tidyText(value);
  if (text && !list.some((v) => v.value === text)) list.push({ value: text, label });
}

function labelText(label: string | null): string | null {
  return tidyText(label?.replace(/^\*\s*/, '').toLowerCase());
}

// Outlook writes 0/0/00 for "no date".
const noDate = (value: string) => /^0+\/0+\/0+$/.test(value.trim());

function setBirthday(c: ContactCandidate, value: string | null) {
  if (!value || noDate(value)) return;
  const date = parseContactDate(value);
  if (date) c.birthday = date;
  else c.warnings.push(`birthday "${value}" is not a date; not kept`);
}

function addDate(c: ContactCandidate, label: string, value: string) {
  const date = parseContactDate(value);
  if (!date) {
    if (!noDate(value)) c.warnings.push(`${label} "${value}" is not a date`);
    return;
  }
  if (!c.dates.some((d) => d.label.toLowerCase() === label.toLowerCase())) {
    c.dates.push({ label, date });
  }
}

function split(value: string | null, separator: string | RegExp): string[] {
  if (!value) return [];
  return value
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);
}

function joined(...parts: (string | null)[]): string | null {
  return tidyText(parts.filter(Boolean).join(' '));
}
