// A person's named office ("Berlin HQ") next to their city: kept, shown and cleared through the
// API, and used wherever the user's office decides who counts: the office-day plan, Today's
// office card and office visits leave out a colleague of the same city in another office.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

/** GET /api/office/plan documents its body as any object so far: the fields read here. */
type Plan = { days: { date: string; people: { id: string }[] }[] };

describe.each(dialects())('a person’s office on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    const now = new Date('2026-11-25T08:00:00Z'); // Wednesday 09:00 in Berlin
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
  });
  afterEach(() => db.dispose());

  const add = async (body: BodyOf<'POST', '/api/people'>) => {
    const response = await api.call('POST', '/api/people', { session: me, body });
    expect(response.status).toBe(201);
    return response.body.person;
  };
  const patch = (id: string, body: BodyOf<'PATCH', '/api/people/{id}'>) =>
    api.call('PATCH', `/api/people/${id}`, { session: me, body });
  const get = async (id: string) =>
    (await api.call('GET', `/api/people/${id}`, { session: me })).body.person;

  it('keeps a person’s named office, refuses one too long with nothing changed, and clears it', async () => {
    const lena = await add({ name: 'Lena', city: 'Berlin', office: '  Berlin HQ ' });
    expect(lena.office).toBe('Berlin HQ');
    expect((await get(lena.id)).office).toBe('Berlin HQ');

    const moved = await patch(lena.id, { office: 'Berlin Kreuzberg hub' });
    expect(moved.status).toBe(200);
    expect(moved.body.person.office).toBe('Berlin Kreuzberg hub');

    const tooLong = await patch(lena.id, { office: 'x'.repeat(101) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error?.message).toMatch(/office/);
    expect((await get(lena.id)).office).toBe('Berlin Kreuzberg hub');

    // Other edits leave it alone; empty text and null clear it.
    await patch(lena.id, { title: 'Designer' });
    expect((await get(lena.id)).office).toBe('Berlin Kreuzberg hub');
    expect((await patch(lena.id, { office: '' })).body.person.office).toBeNull();
    await patch(lena.id, { office: 'Berlin HQ' });
    expect((await patch(lena.id, { office: null })).body.person.office).toBeNull();
    expect((await get(lena.id)).city).toBe('Berlin');
  });

  it('plans office days with colleagues of the user’s named office only', async () => {
    await api.call('PUT', '/api/schedule', {
      session: me,
      body: { officeDays: ['wed'], officeCity: 'Berlin', officeName: 'Berlin HQ' },
    });
    const lena = await add({
      name: 'Lena',
      kind: 'coworker',
      city: 'Berlin',
      office: 'berlin  hq',
      officeDays: ['wed'],
    });
    const kai = await add({
      name: 'Kai',
      kind: 'coworker',
      key: true,
      city: 'Berlin',
      office: 'Berlin Kreuzberg hub',
      officeDays: ['wed'],
    });
    // No named office recorded: the city is all that is known, and it is the user's.
    const mateo = await add({
      name: 'Mateo',
      kind: 'coworker',
      city: 'Berlin',
      officeDays: ['wed'],
    });

    const plan = (await api.call('GET', '/api/office/plan?weeks=2', { session: me })).body as Plan;
    const everyone = plan.days.flatMap((d: { people: { id: string }[] }) => d.people);
    expect(everyone.map((p: { id: string }) => p.id)).not.toContain(kai.id);
    const wednesday = plan.days.find((d: { date: string }) => d.date === '2026-11-25')!;
    expect(wednesday.people.map((p: { id: string }) => p.id).sort()).toEqual(
      [lena.id, mateo.id].sort(),
    );

    // Today's office card names who is in the user's office, not the colleague of the hub.
    const items = (await api.call('GET', '/api/today', { session: me })).body.items as {
      kind: string;
      title: string;
      why: string;
    }[];
    const inTheOffice = items.filter(
      (i) => i.kind === 'office' || i.why.includes('In the office today'),
    );
    const named = inTheOffice.map((i) => `${i.title} ${i.why}`).join(' ');
    expect(named).toContain('Lena');
    expect(named).not.toContain('Kai');

    // Without a named office of the user's, the city decides: Kai is in Berlin too.
    await api.call('PUT', '/api/schedule', { session: me, body: { officeName: null } });
    const anyOffice = (await api.call('GET', '/api/office/plan?weeks=1', { session: me }))
      .body as Plan;
    const ids = anyOffice.days.flatMap((d: { people: { id: string }[] }) =>
      d.people.map((p) => p.id),
    );
    expect(ids).toContain(kai.id);
  });

  it('refuses an office visit to see a colleague of another office in the same city', async () => {
    await api.call('PUT', '/api/schedule', {
      session: me,
      body: { officeCity: 'Berlin', officeName: 'Berlin HQ' },
    });
    const kai = await add({ name: 'Kai', city: 'Berlin', office: 'Berlin Kreuzberg hub' });
    const lena = await add({ name: 'Lena', city: 'Berlin', office: 'Berlin HQ' });
    const visit = (personIds: string[]) =>
      api.call('POST', '/api/routines', {
        session: me,
        body: { kind: 'visit', title: 'Office', rule: 'every friday', personIds },
      });
    const refused = await visit([lena.id, kai.id]);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(
      /^Kai works in Berlin Kreuzberg hub, not in your office \(Berlin HQ\)/,
    );
    expect((await api.call('GET', '/api/routines', { session: me })).body.routines).toEqual([]);
    expect((await visit([lena.id])).status).toBe(201);
  });
});
