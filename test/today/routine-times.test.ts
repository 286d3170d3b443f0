// Routines and office visits on Today: their time is the user's own clock time (in the user's
// zone, not the server's), and once that time has passed an unmarked one is asked about, not
// shown in the evening as if it were still to come.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

interface TodayJson {
  date: string;
  items: { kind: string; title: string; why: string; refId?: string }[];
}

describe.each(dialects())('routine times on Today on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  let walk: string;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    // Saturday 5 December 2026 in Auckland (UTC+13): twelve hours from the server's UTC.
    now = new Date('2026-12-04T23:00:00Z');
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Pacific/Auckland' });
    const routine = (body: Partial<BodyOf<'POST', '/api/routines'>>) =>
      api.call('POST', '/api/routines', {
        session: me,
        body: { start: '2026-12-01', ...body } as BodyOf<'POST', '/api/routines'>,
      });
    const created = await routine({
      kind: 'routine',
      title: 'Long walk',
      rule: 'every Sunday at 10:00',
    });
    expect(created.status).toBe(201);
    walk = created.body.routine.id;
    expect(
      (await routine({ kind: 'visit', title: 'Office', rule: 'every Sunday at 11:30' })).status,
    ).toBe(201);
  });
  afterEach(() => db.dispose());

  /** Today at `time` on Sunday 6 December in Auckland. */
  async function sundayAt(time: string): Promise<TodayJson> {
    now = new Date(`2026-12-06T${time}:00+13:00`);
    const response = await api.call('GET', '/api/today', { session: me });
    expect(response.status).toBe(200);
    const today = response.body as TodayJson;
    expect(today.date).toBe('2026-12-06');
    return today;
  }
  const titles = (today: TodayJson) =>
    today.items.filter((i) => ['routine', 'visit'].includes(i.kind)).map((i) => i.title);

  it('shows the times of the morning in the user’s zone', async () => {
    expect(titles(await sundayAt('08:00')).sort()).toEqual([
      'Long walk at 10:00',
      'Office visit today at 11:30',
    ]);
    // Still ahead within the hour it starts.
    expect(titles(await sundayAt('10:30'))).toContain('Long walk at 10:00');
  });

  it('asks about a routine whose time has passed, below what is still to do', async () => {
    const friend = await api.call('POST', '/api/people', {
      session: me,
      body: { name: 'Ari', kind: 'friend', cadenceDays: 7 },
    });
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [friend.body.person.id], channel: 'call', at: '2026-11-20T08:00:00Z' },
    });
    const evening = await sundayAt('21:00');
    expect(titles(evening).sort()).toEqual([
      'Long walk (was at 10:00)',
      'Office visit today (was at 11:30)',
    ]);
    expect(evening.items[0]).toMatchObject({ kind: 'due', title: 'Reach out to Ari' });
    const walkItem = evening.items.find((i) => i.refId === walk)!;
    expect(walkItem.why).toMatch(/Did it happen\? Mark it done or skipped$/);
    expect(titles(evening).some((t) => / at \d\d:\d\d$/.test(t))).toBe(false);
    // Marked done, it leaves the list.
    const done = await api.call('POST', `/api/routines/${walk}/done`, {
      session: me,
      body: { date: '2026-12-06' },
    });
    expect(done.status).toBe(200);
    expect(titles(await sundayAt('21:05'))).toEqual(['Office visit today (was at 11:30)']);
  });
});
