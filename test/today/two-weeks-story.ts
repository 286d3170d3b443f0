// The two-week story of issue 13, as data and steps shared by the scenario test and the browser
// test: a hybrid worker in Berlin (Mon–Fri 09:00–17:30), a manager in Chicago, co-workers in
// Lisbon, Bangalore and Auckland, a partner, a dog and friends; 33 people, 22 of them imported
// with a "last talked" estimate spread as an import sets it, three marked new.
import type { Browser, TestApi } from '../support/api';

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
  kind: string;
  timeZone?: string;
  country?: string;
  city?: string;
  cadenceDays?: number;
  /** Imported: the estimate an import sets ("we talk regularly" … "rarely"), days before day 1. */
  estimateDaysAgo?: number;
  /** Marked new (joined recently), this many days before day 1. */
  newDaysAgo?: number;
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
    // Due on 8 December, Portugal's Immaculate Conception.
    estimateDaysAgo: 6,
  },
  { name: 'Priya Raman', kind: 'coworker', timeZone: 'Asia/Kolkata', talkedDaysAgo: 12 },
  { name: 'Aroha Ngata', kind: 'coworker', timeZone: 'Pacific/Auckland', talkedDaysAgo: 20 },
  { name: 'Sam Weber', kind: 'partner', talkedDaysAgo: 1 },
  { name: 'Biscuit', kind: 'pet' },
  { name: 'Clara Hoffmann', kind: 'friend', talkedDaysAgo: 40, birthday: '12-02' },
  { name: 'Ben Okoro', kind: 'friend', talkedDaysAgo: 25 },
  { name: 'Mia Chen', kind: 'coworker', newDaysAgo: 3 },
  { name: 'Noah Fischer', kind: 'coworker', newDaysAgo: 5 },
  { name: 'Lucas Brandt', kind: 'report', newDaysAgo: 1 },
];

// The vCard and LinkedIn imports: co-workers, network, friends and family, each with the
// estimate the "how well do you know them" question gives (regularly ~2 weeks, now and then
// ~1–2 months, rarely ~3–6 months), spread so they do not all fall due on one day.
const IMPORTED: StoryPerson[] = [
  ['Lena Vogel', 'coworker', 10],
  ['Tobias Klein', 'coworker', 12],
  ['Mateo Ruiz', 'coworker', 16],
  ['Hanna Berg', 'coworker', 9],
  ['Felix Wagner', 'coworker', 20],
  ['Sofia Rossi', 'coworker', 35],
  ['Jonas Meyer', 'coworker', 13],
  ['Emma Schulz', 'coworker', 6],
  ['Oliver Hart', 'network', 120],
  ['Amara Diallo', 'network', 60],
  ['Kenji Sato', 'network', 200],
  ['Laura Costa', 'network', 95],
  ['David Levi', 'network', 40],
  ['Nina Petrov', 'friend', 20],
  ['Paul Schmidt', 'friend', 45],
  ['Ines Moreau', 'friend', 33],
  ['Tom Becker', 'friend', 70],
  ['Eva Weber', 'family', 10],
  ['Max Weber', 'family', 16],
  ['Greta Weber', 'family', 30],
  ['Ravi Kumar', 'coworker', 25],
  ['Yuki Tanaka', 'coworker', 11],
].map(([name, kind, estimateDaysAgo]) => ({
  name: name as string,
  kind: kind as string,
  estimateDaysAgo: estimateDaysAgo as number,
}));

export const IMPORTED_NAMES = new Set(IMPORTED.map((person) => person.name));

export interface Story {
  me: Browser;
  /** Person id by name. */
  ids: Map<string, string>;
  kindOf: Map<string, string>;
  importedIds: Set<string>;
}

/**
 * Builds the story as it stands on the evening before day 1 (the clock must read then): the
 * user's hours, 33 people, a reply owed to Lena, a promise to Tobias due on day 2, Clara's
 * birthday on day 3, a weekly Sunday walk with the dog.
 */
export async function buildStory(api: TestApi, me: Browser): Promise<Story> {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await api.call(method, path, { browser: me, body });
    if (response.status >= 300) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  };
  await call('PUT', '/api/schedule', { workingHours: WORKING_HOURS });
  const ids = new Map<string, string>();
  const kindOf = new Map<string, string>();
  const importedIds = new Set<string>();
  const evening = berlinTime(0, '20:00').toISOString();
  for (const person of [...BY_HAND, ...IMPORTED]) {
    const body: Record<string, unknown> = { name: person.name, kind: person.kind };
    for (const field of ['timeZone', 'country', 'city', 'cadenceDays'] as const) {
      if (person[field] !== undefined) body[field] = person[field];
    }
    if (person.birthday) body.birthday = person.birthday;
    const { person: created } = await call('POST', '/api/people', body);
    ids.set(person.name, created.id);
    kindOf.set(created.id, person.kind);
    if (IMPORTED_NAMES.has(person.name)) importedIds.add(created.id);
    // Set through the repository: the import's estimate and the "joined recently" mark belong to
    // the people stream's API.
    const fields: { lastTalkedEstimate?: string; newSince?: string } = {};
    if (person.estimateDaysAgo !== undefined) {
      fields.lastTalkedEstimate = storyDate(1 - person.estimateDaysAgo);
    }
    if (person.newDaysAgo !== undefined) fields.newSince = storyDate(1 - person.newDaysAgo);
    if (Object.keys(fields).length > 0) {
      await api.ctx.repos.people.update(me.userId, created.id, fields, undefined, evening);
    }
    if (person.talkedDaysAgo !== undefined) {
      await call('POST', '/api/interactions', {
        personIds: [created.id],
        channel: 'call',
        at: berlinTime(1 - person.talkedDaysAgo, '18:00').toISOString(),
      });
    }
  }
  await call('POST', '/api/replies', {
    personId: ids.get('Lena Vogel'),
    text: 'Her question about the migration plan',
    since: berlinTime(-1, '15:00').toISOString(),
  });
  await call('POST', '/api/promises', {
    personId: ids.get('Tobias Klein'),
    text: 'Send him the benchmark numbers',
    due: storyDate(2),
  });
  await call('POST', '/api/routines', {
    kind: 'routine',
    title: 'Long walk with Biscuit',
    rule: 'every Sunday at 10:00',
    personIds: [ids.get('Biscuit')],
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
  me: Browser,
  cards: TodayCardJson[],
  at: Date,
  talks = 3,
) {
  for (const card of cards.filter((c) => c.person).slice(0, talks)) {
    await api.call('POST', '/api/interactions', {
      browser: me,
      body: { personIds: [card.person!.id], channel: 'chat', at: at.toISOString() },
    });
    for (const line of card.lines) {
      if ((line.kind === 'reply' || line.kind === 'promise') && line.refId) {
        await api.call('POST', `/api/items/${line.refId}/done`, { browser: me });
      }
    }
  }
}
