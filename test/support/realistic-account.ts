// An account that looks lived in, made through the public API of a running server: people of
// every kind across zones (with facts, birthdays and contact details), conversations spread
// over weeks, replies owed, promises due, wins, a status-update draft and a team workspace.
// The accessibility and phone-layout tests and the web benchmark check pages full of real data.
import {
  AT_WORK_ALWAYS,
  DEFAULT_OWNER,
  type OwnerDetails,
  type OwnerSession,
  setUpOwnerOverApi,
} from './owner-over-api';

const DAY = 86_400_000;

export interface SeededAccount extends OwnerSession {
  owner: OwnerDetails;
  /** A person with everything filled in, for the Person page. */
  personId: string;
  updateId: string;
}

// Name, kind, time zone, days since the last conversation (null: never).
const PEOPLE: [string, string, string, number | null][] = [
  ['Dana Brooks', 'manager', 'America/New_York', 9],
  ['João Silva', 'coworker', 'America/Sao_Paulo', 16],
  ['Priya Raman', 'coworker', 'Asia/Kolkata', 20],
  ['Aroha Ngata', 'coworker', 'Pacific/Auckland', 30],
  ['Lena Vogel', 'report', 'Europe/Berlin', 3],
  ['Tobias Klein', 'network', 'Europe/London', 45],
  ['Mateo Ruiz', 'friend', 'Europe/Madrid', 60],
  ['Hanna Berg', 'family', 'Europe/Stockholm', null],
  ['Kai Nakamura-Whitfield', 'coworker', 'Asia/Tokyo', 22],
];

/** Sets up the owner on a fresh server and fills the account; returns the owner's session. */
export async function seedRealisticAccount(serverUrl: string): Promise<SeededAccount> {
  const at = (path: string) => new URL(path, serverUrl).href;
  const { cookie, csrfToken } = await setUpOwnerOverApi(serverUrl, DEFAULT_OWNER);

  async function call(method: string, path: string, body?: unknown) {
    const response = await fetch(at(path), {
      method,
      headers: {
        cookie: `rapport_session=${cookie}`,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : {};
  }

  // Working every day, so Today is the same whatever day the test runs.
  await call('PUT', '/api/schedule', AT_WORK_ALWAYS);
  const ids = new Map<string, string>();
  const soon = new Date(Date.now() + 3 * DAY);
  for (const [i, [name, kind, timeZone, daysAgo]] of PEOPLE.entries()) {
    const first = name
      .split(' ')[0]!
      .normalize('NFD')
      .replace(/[^a-z]/gi, '')
      .toLowerCase();
    const { person } = await call('POST', '/api/people', {
      name,
      kind,
      timeZone,
      key: i === 0,
      team: kind === 'coworker' ? 'Platform' : null,
      title: kind === 'coworker' ? 'Staff engineer' : null,
      email: `${first}@example.com`,
      phone: `+49 30 1234 56${i}`,
      tags: ['remote', i % 2 ? 'mentor' : 'oncall'],
      facts: ['Training for the Berlin half-marathon', 'Two cats, Miso and Tofu'],
      birthday: i === 2 ? soon.toISOString().slice(5, 10) : `1990-0${(i % 9) + 1}-14`,
      notes: 'Prefers a call to a long thread; mornings are best.',
    });
    ids.set(name, person.id);
    if (daysAgo !== null) {
      for (const back of [daysAgo, daysAgo + 14, daysAgo + 40]) {
        await call('POST', '/api/interactions', {
          personIds: [person.id],
          channel: back % 2 ? 'video' : 'call',
          note: 'Talked about the migration plan and her team’s offsite',
          at: new Date(Date.now() - back * DAY).toISOString(),
        });
      }
    }
  }
  const priya = ids.get('Priya Raman')!;
  await call('POST', '/api/replies', {
    personId: ids.get('Lena Vogel'),
    text: 'Her question about the migration plan',
    since: new Date(Date.now() - 2 * DAY).toISOString(),
  });
  await call('POST', '/api/promises', {
    personId: ids.get('Tobias Klein'),
    text: 'Send him the benchmark numbers',
    due: new Date(Date.now() + DAY).toISOString().slice(0, 10),
  });
  await call('POST', '/api/promises', {
    personId: priya,
    text: 'Review her RFC on caching',
    due: new Date(Date.now() - DAY).toISOString().slice(0, 10),
  });
  for (const title of ['Shipped the new import', 'Cut Today’s load time in half']) {
    await call('POST', '/api/accomplishments', {
      title,
      impact: 'Fewer support tickets',
      helpedBy: [priya],
      tags: ['platform'],
    });
  }
  const { update } = await call('POST', '/api/updates', {});
  await call('POST', '/api/workspaces', { name: 'Acme Remote' });
  return { cookie, csrfToken, owner: DEFAULT_OWNER, personId: priya, updateId: update.id };
}
