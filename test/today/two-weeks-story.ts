// The two-week story of issue 13, as data and steps shared by the scenario test and the session
// test: a hybrid worker in Berlin (Mon–Fri 09:00–17:30), a manager in Chicago, co-workers in
// Lisbon, Bangalore and Auckland, a partner, a dog and friends; 33 people, 22 of them imported
// from a LinkedIn export and an iPhone vCard through the import API, three marked new.

import type { Weekday } from '../../src/domain/availability/types';
import type { PersonKind } from '../../src/domain/index';
import type { Session, TestApi } from '../support/api';
import { succeedAs } from '../support/call-as';

const DAY = 86_400_000;

/** Day 1 is Monday 30 November 2026; 8 December is a public holiday in Portugal. */
export const DAY_ONE = '2026-11-30';

/** `YYYY-MM-DD` of story day `n` (1 = DAY_ONE). */
export function storyDate(n: number): string {
  return new Date(Date.parse(`${DAY_ONE}T12:00:00Z`) + (n - 1) * DAY).toISOString().slice(0, 10);
}

/** An instant on story day `n` at `time` in Berlin (CET, UTC+1, all of this story). */
export function berlinTime(n: number, time: string): Date {
  return new Date(`${storyDate(n)}T${time}:00+01:00`);
}

const WORKDAY = [{ start: '09:00', end: '17:30' }];
export const WORKING_HOURS = {
  mon: WORKDAY,
  tue: WORKDAY,
  wed: WORKDAY,
  thu: WORKDAY,
  fri: WORKDAY,
  sat: [],
  sun: [],
};

interface StoryPerson {
  name: string;
  kind: PersonKind;
  timeZone?: string;
  country?: string;
  city?: string;
  cadenceDays?: number;
  officeDays?: Weekday[];
  /** Marked new (joined recently) when added, the evening before day 1. */
  isNew?: boolean;
  /** A conversation logged this many days before day 1. */
  talkedDaysAgo?: number;
  birthday?: string;
}

const BY_HAND: StoryPerson[] = [
  { name: 'Dana Brooks', kind: 'manager', timeZone: 'America/Chicago', talkedDaysAgo: 8 },
  {
    name: 'João Silva',
    kind: 'coworker',
    timeZone: 'Europe/Lisbon',
    country: 'Portugal',
    city: 'Lisbon',
    cadenceDays: 14,
    // He is in the Lisbon office on the user's own office days: never someone to meet in Berlin.
    officeDays: ['tue', 'thu'],
    // Due on 8 December, Portugal's Immaculate Conception.
    talkedDaysAgo: 6,
  },
  { name: 'Priya Raman', kind: 'coworker', timeZone: 'Asia/Kolkata', talkedDaysAgo: 12 },
  { name: 'Aroha Ngata', kind: 'coworker', timeZone: 'Pacific/Auckland', talkedDaysAgo: 20 },
  { name: 'Sam Weber', kind: 'partner', talkedDaysAgo: 1 },
  { name: 'Biscuit', kind: 'pet' },
  { name: 'Clara Hoffmann', kind: 'friend', talkedDaysAgo: 40, birthday: '12-02' },
  { name: 'Ben Okoro', kind: 'friend', talkedDaysAgo: 25 },
  // Due on the two Sundays (days 7 and 14) by their logged talks, whoever the import makes
  // due: imported people fall due on days spread by their (random) ids.
  { name: 'Jonas Keller', kind: 'coworker', talkedDaysAgo: 8 },
  { name: 'Lea Wolf', kind: 'coworker', talkedDaysAgo: 1 },
  { name: 'Mia Chen', kind: 'coworker', isNew: true },
  { name: 'Noah Fischer', kind: 'coworker', isNew: true },
  { name: 'Lucas Brandt', kind: 'report', isNew: true },
];

/** The user's office: Tuesdays and Thursdays in Berlin. */
export const OFFICE = { officeDays: ['tue', 'thu'] satisfies Weekday[], officeCity: 'Berlin' };

// LinkedIn's "Connections.csv" (Settings › Get a copy of your data › Connections): co-workers
// the user talks to regularly, and five of the wider network the user re-files after the import.
type Row = [string, string, string, string, string];

const LINKEDIN = (
  [
    ['Lena Vogel', 'lena.vogel@northwind.example', 'Northwind', 'Staff Engineer', '14 Mar 2021'],
    ['Tobias Klein', '', 'Northwind', 'Data Engineer', '02 Sep 2022'],
    ['Mateo Ruiz', 'mateo@northwind.example', 'Northwind', 'Release Manager', '19 Jan 2020'],
    ['Hanna Berg', '', 'Northwind', 'Product Designer', '07 Jun 2023'],
    ['Felix Wagner', 'felix.wagner@northwind.example', 'Northwind', 'SRE', '28 Feb 2019'],
    ['Sofia Rossi', '', 'Northwind', 'Engineering Manager', '11 Oct 2021'],
    ['Jonas Meyer', '', 'Northwind', 'Backend Engineer', '30 Apr 2024'],
    ['Emma Schulz', 'emma.schulz@northwind.example', 'Northwind', 'QA Lead', '05 Dec 2022'],
    ['Ravi Kumar', '', 'Northwind', '"Senior ""Platform"" Engineer"', '16 Aug 2023'],
    ['Yuki Tanaka', 'yuki@northwind.example', 'Northwind', 'Frontend Engineer', '21 May 2024'],
    ['Oliver Hart', '', '"Initech, Inc."', 'CTO', '03 Jan 2018'],
    ['Amara Diallo', 'amara@globex.example', 'Globex', 'VP Engineering', '12 Nov 2024'],
    ['Kenji Sato', '', 'Kaizen Labs', 'Design Lead', '09 Jul 2017'],
    ['Laura Costa', '', 'Umbrella', 'Recruiter', '23 Mar 2020'],
    ['David Levi', 'david.levi@hooli.example', 'Hooli', 'Principal Engineer', '15 Sep 2021'],
  ] as Row[]
).map(([name, email, company, position, on]) => ({ name, email, company, position, on }));
const NETWORK = ['Oliver Hart', 'Amara Diallo', 'Kenji Sato', 'Laura Costa', 'David Levi'];
/** Berlin co-workers who, like the user, are in the office on Tuesdays and Thursdays. */
const BERLIN_OFFICE = ['Mateo Ruiz', 'Hanna Berg'];

const LINKEDIN_NOTES =
  '"When exporting your connection data, you may notice that some of the email addresses are ' +
  'missing. You will only see email addresses for connections who have allowed their ' +
  'connections to see or download their email address using this setting ' +
  'https://www.linkedin.com/psettings/privacy/email. You can learn more here ' +
  'https://www.linkedin.com/help/linkedin/answer/261"';

/** The file as LinkedIn writes it: a notes paragraph and a blank line before the header. */
export function linkedInConnections(): string {
  const rows = LINKEDIN.map((c) => {
    const [first, ...last] = c.name.split(' ');
    const slug = c.name.toLowerCase().replace(/\W+/g, '-');
    return [
      first,
      last.join(' '),
      `https://www.linkedin.com/in/${slug}`,
      c.email,
      c.company,
      c.position,
      c.on,
    ].join(',');
  });
  return [
    'Notes:',
    LINKEDIN_NOTES,
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows,
    '',
  ].join('\n');
}

// The iPhone's Contacts › Share (several contacts): friends the user sees now and then, and the
// family the user re-files after the import.
const IPHONE = (
  [
    ['Nina Petrov', '+49 151 2345 6701', 'Weserstraße 12', 'Berlin', '12047'],
    ['Paul Schmidt', '+49 160 9876 5402', 'Kastanienallee 3', 'Berlin', '10435'],
    ['Ines Moreau', '+33 6 12 34 56 78', '18 Rue Oberkampf', 'Paris', '75011'],
    ['Tom Becker', '+49 171 555 0104', 'Schanzenstraße 40', 'Hamburg', '20357'],
    ['Eva Weber', '+49 89 123 4567', 'Leopoldstraße 7', 'München', '80802'],
    ['Max Weber', '+49 176 222 3306', 'Leopoldstraße 7', 'München', '80802'],
    ['Greta Weber', '+49 30 765 4321', 'Bergmannstraße 9', 'Berlin', '10961'],
  ] as Row[]
).map(([name, phone, street, city, zip]) => ({ name, phone, street, city, zip }));
const FAMILY = ['Eva Weber', 'Max Weber', 'Greta Weber'];

/** vCard 3.0 as an iPhone shares it: CRLF, `itemN.` groups labelled by `X-ABLabel`. */
export function iPhoneContacts(): string {
  return IPHONE.map((c) => {
    const [first, ...last] = c.name.split(' ');
    const country = c.city === 'Paris' ? 'France' : 'Germany';
    return [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//iPhone OS 18.1//EN',
      `N:${last.join(' ')};${first};;;`,
      `FN:${c.name}`,
      `item1.EMAIL;type=INTERNET;type=pref:${c.name.toLowerCase().replace(' ', '.')}@mail.example`,
      'item1.X-ABLabel:_$!<Other>!$_',
      `item2.TEL;type=pref:${c.phone}`,
      'item2.X-ABLabel:iPhone',
      `item3.ADR;type=HOME;type=pref:;;${c.street};${c.city};;${c.zip};${country}`,
      `item3.X-ABADR:${country === 'France' ? 'fr' : 'de'}`,
      'END:VCARD',
      '',
    ].join('\r\n');
  }).join('');
}

/** The 22 people the two files bring in. */
export const IMPORTED_NAMES = new Set([...LINKEDIN, ...IPHONE].map((c) => c.name));

export interface Story {
  me: Session;
  /** Person id by name. */
  ids: Map<string, string>;
  kindOf: Map<string, string>;
  importedIds: Set<string>;
}

/**
 * Builds the story as it stands on the evening before day 1 (the clock must read then): the
 * user's hours and Berlin office, 11 people added by hand, 22 imported from a LinkedIn export
 * and an iPhone vCard (with the answer to "how well do you know them?"), a reply owed to Lena,
 * a promise to Tobias due on day 2, Clara's birthday on day 3, a weekly Sunday walk with the dog.
 */
export async function buildStory(api: TestApi, me: Session): Promise<Story> {
  const call = succeedAs(api, me);
  await call('PUT', '/api/schedule', { workingHours: WORKING_HOURS, ...OFFICE });
  const ids = new Map<string, string>();
  const kindOf = new Map<string, string>();
  for (const person of BY_HAND) {
    const { talkedDaysAgo: _, ...fields } = person;
    const { person: created } = await call('POST', '/api/people', fields);
    ids.set(person.name, created.id);
    kindOf.set(created.id, person.kind);
    if (person.talkedDaysAgo !== undefined) {
      await call('POST', '/api/interactions', {
        personIds: [created.id],
        channel: 'call',
        at: berlinTime(1 - person.talkedDaysAgo, '18:00').toISOString(),
      });
    }
  }

  // The two imports, as the web app and `rapport import` send them once the user has answered.
  const imports = [
    {
      filename: 'Connections.csv',
      content: linkedInConnections(),
      kind: 'coworker',
      familiarity: 'regularly',
    },
    {
      filename: 'Contacts.vcf',
      content: iPhoneContacts(),
      kind: 'friend',
      familiarity: 'now-and-then',
    },
  ] as const;
  for (const file of imports) {
    const report = await call('POST', '/api/import', { ...file, format: 'auto', apply: true });
    if (report.created !== (file.kind === 'coworker' ? LINKEDIN : IPHONE).length) {
      throw new Error(`${file.filename}: ${JSON.stringify(report)}`);
    }
  }
  const { people } = await call('GET', '/api/people');
  const importedIds = new Set<string>();
  for (const person of people) {
    if (!IMPORTED_NAMES.has(person.name)) continue;
    ids.set(person.name, person.id);
    importedIds.add(person.id);
  }
  const idsOf = (names: string[]) => names.map((name) => ids.get(name)!);
  // The user re-files the network and the family from the People page's selection.
  await call('POST', '/api/people/bulk', { ids: idsOf(NETWORK), set: { kind: 'network' } });
  await call('POST', '/api/people/bulk', { ids: idsOf(FAMILY), set: { kind: 'family' } });
  for (const name of BERLIN_OFFICE) {
    await call('PATCH', `/api/people/${ids.get(name)}`, {
      city: 'Berlin',
      officeDays: OFFICE.officeDays,
    });
  }
  for (const person of people) {
    if (!IMPORTED_NAMES.has(person.name)) continue;
    const kind = NETWORK.includes(person.name)
      ? 'network'
      : FAMILY.includes(person.name)
        ? 'family'
        : person.kind;
    kindOf.set(person.id, kind);
  }

  await call('POST', '/api/replies', {
    personId: ids.get('Lena Vogel')!,
    text: 'Her question about the migration plan',
    since: berlinTime(-1, '15:00').toISOString(),
  });
  await call('POST', '/api/promises', {
    personId: ids.get('Tobias Klein')!,
    text: 'Send him the benchmark numbers',
    due: storyDate(2),
  });
  await call('POST', '/api/routines', {
    kind: 'routine',
    title: 'Long walk with Biscuit',
    rule: 'every Sunday at 10:00',
    personIds: [ids.get('Biscuit')!],
    start: storyDate(0),
  });
  return { me, ids, kindOf, importedIds };
}

export interface TodayCardJson {
  key: string;
  person: { id: string; name: string } | null;
  kind: string;
  title: string;
  why: string;
  lines: { kind: string; title: string; refId?: string }[];
  heldUntil?: string;
  note?: string;
}

/**
 * What the user does with a morning's Today: talks to the people on the first `talks` cards and
 * marks their replies and promises done, as someone who trusts the list would.
 */
export async function actOn(
  api: TestApi,
  me: Session,
  cards: TodayCardJson[],
  at: Date,
  talks = 3,
) {
  for (const card of cards.filter((c) => c.person).slice(0, talks)) {
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [card.person!.id], channel: 'chat', at: at.toISOString() },
    });
    for (const line of card.lines) {
      if ((line.kind === 'reply' || line.kind === 'promise') && line.refId) {
        await api.call('POST', `/api/items/${line.refId}/done`, { session: me });
      }
    }
  }
}
