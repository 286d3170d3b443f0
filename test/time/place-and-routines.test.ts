// Where the user's office is and where the user is today: the office planner and office visits
// keep to the user's office, Today says who is in on an office day and who is in the city of a
// trip, routines pause while away and can be done or skipped for one date, public holidays are
// off in windows and slots, and the calendar feed carries every kind of routine.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('place and routines on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    now = new Date('2026-11-25T08:00:00Z'); // Wednesday 09:00 in Berlin
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
  });
  afterEach(() => db.dispose());

  const items = async () => (await api.call('GET', '/api/today', { session: me })).body.items;
  const add = async (body: BodyOf<'POST', '/api/people'>) => {
    const response = await api.call('POST', '/api/people', { session: me, body });
    expect(response.status).toBe(201);
    return response.body.person;
  };
  const setOffice = (body: BodyOf<'PUT', '/api/schedule'>) =>
    api.call('PUT', '/api/schedule', { session: me, body });
  const addRoutine = (body: BodyOf<'POST', '/api/routines'>) =>
    api.call('POST', '/api/routines', { session: me, body });

  it('keeps the user’s office, and refuses a country it cannot read with nothing changed', async () => {
    const saved = await setOffice({
      officeDays: ['wed'],
      officeCity: 'Berlin',
      officeCountry: 'Germany',
      officeName: 'Berlin HQ',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.schedule.office).toEqual({
      city: 'Berlin',
      country: 'Germany',
      name: 'Berlin HQ',
    });
    expect(saved.body.schedule.holidays).toBe('DE');
    const bad = await setOffice({ officeCity: 'Lisbon', officeCountry: 'Atlantis' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/country/);
    const after = (await api.call('GET', '/api/schedule', { session: me })).body.schedule;
    expect(after.office.city).toBe('Berlin');
    // Empty text clears a part; the others stay.
    const cleared = await setOffice({ officeName: '' });
    expect(cleared.body.schedule.office).toEqual({
      city: 'Berlin',
      country: 'Germany',
      name: null,
    });
  });

  it('takes the user’s holidays from the office’s country: work waits on its holiday', async () => {
    // Lives on Berlin time, works for the Lisbon office: 8 December is Portugal's holiday only.
    await setOffice({ officeCity: 'Lisbon', officeCountry: 'Portugal' });
    await add({ name: 'Ana', kind: 'coworker', cadenceDays: 7 });
    const token = await api.tokenFor(me); // the clock moves past a session's idle limit
    now = new Date('2026-12-08T08:00:00Z'); // Tuesday 09:00 in Berlin
    const today = (await api.call('GET', '/api/today', { token })).body;
    expect(today.cards.map((c) => c.title)).not.toContain('Reach out to Ana');
    const held = today.later.find((c) => c.title === 'Reach out to Ana');
    expect(held).toMatchObject({ heldUntil: '2026-12-09' });
  });

  it('plans office days and shows who is in today, never a colleague of another office', async () => {
    await setOffice({ officeDays: ['wed'], officeCity: 'Berlin' });
    const joao = await add({
      name: 'João',
      kind: 'coworker',
      key: true,
      city: 'Lisbon',
      officeDays: ['wed'],
    });
    const lena = await add({ name: 'Lena', kind: 'coworker', city: 'Berlin', cadenceDays: 7 });
    await api.call('PATCH', `/api/people/${lena.id}`, {
      session: me,
      body: { officeDays: ['wed'] },
    });
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [lena.id], channel: 'call', at: '2026-11-01T10:00:00Z' },
    });
    const tobias = await add({
      name: 'Tobias',
      kind: 'coworker',
      city: 'Berlin',
      officeDays: ['wed', 'thu'],
      birthday: '1990-11-27',
    });
    const mateo = await add({
      name: 'Mateo',
      kind: 'coworker',
      city: 'Berlin',
      officeDays: ['wed'],
    });
    // Talked to both this week: nothing else to say about them.
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [tobias.id, mateo.id], channel: 'in-person', at: '2026-11-23T10:00:00Z' },
    });

    const plan = (await api.call('GET', '/api/office/plan?weeks=2', { session: me })).body;
    const everyone = plan.days.flatMap((d) => d.people);
    expect(everyone.map((p) => p.id)).not.toContain(joao.id);
    const wednesday = plan.days.find((d) => d.date === '2026-11-25');
    expect(wednesday?.people.map((p) => p.name)).toEqual(['Lena', 'Mateo', 'Tobias']);

    // Each person is named once: Lena (catch-up due) and Tobias (birthday) have cards of their
    // own, which say they are in; the office item names the one with nothing else on Today.
    const all = await items();
    const office = all.filter((i) => i.kind === 'office');
    expect(office).toHaveLength(1);
    expect(office[0]!.title).toBe('In the office today: Mateo');
    expect(office[0]!.person).toEqual({ id: '', name: 'Mateo' });
    expect(office[0]!.why).toBe('Your office day: say hello in person');
    for (const id of [lena.id, tobias.id]) {
      const own = all.filter((i) => i.person.id === id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.some((i) => i.why.endsWith('In the office today: talk in person'))).toBe(true);
    }
    const today = (await api.call('GET', '/api/today', { session: me })).body;
    const cards = [...today.cards, ...today.later];
    for (const name of ['Lena', 'Mateo', 'Tobias']) {
      expect(cards.filter((c) => `${c.title} ${c.why}`.includes(name))).toHaveLength(1);
    }

    // Thursday is not the user's office day: no office item.
    now = new Date('2026-11-26T08:00:00Z');
    expect((await items()).map((i) => i.kind)).not.toContain('office');
  });

  it('refuses an office visit to see someone who works in another city', async () => {
    await setOffice({ officeCity: 'Berlin' });
    const dana = await add({
      name: 'Dana',
      kind: 'manager',
      city: 'Chicago',
      timeZone: 'America/Chicago',
    });
    const lena = await add({ name: 'Lena', kind: 'coworker', city: 'Berlin' });
    const refused = await addRoutine({
      kind: 'visit',
      title: 'Office',
      rule: 'every friday',
      personIds: [lena.id, dana.id],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(
      /^Dana works in Chicago, not in your office \(Berlin\)/,
    );
    expect((await api.call('GET', '/api/routines', { session: me })).body.routines).toEqual([]);
    const fine = await addRoutine({
      kind: 'visit',
      title: 'Office',
      rule: 'every friday',
      personIds: [lena.id],
    });
    expect(fine.status).toBe(201);
    expect(fine.body.warnings).toBeUndefined();
    // Without an office city, only Dana's zone says she is elsewhere: kept, with a warning.
    await setOffice({ officeCity: null });
    const warned = await addRoutine({
      kind: 'visit',
      title: 'Office',
      rule: 'every monday',
      personIds: [dana.id],
    });
    expect(warned.status).toBe(201);
    expect(warned.body.warnings).toEqual([
      expect.stringMatching(/^Dana works in Chicago, not where you are: .*--office-city CITY/),
    ]);
  });

  it('says who is in the trip’s city today, and pauses routines while away', async () => {
    await setOffice({ officeDays: ['wed'], officeCity: 'Berlin' });
    await add({ name: 'João', kind: 'coworker', city: 'Lisboa' });
    await add({ name: 'Ana', kind: 'friend', city: 'Lisbon, Portugal' });
    const bins = await addRoutine({
      kind: 'routine',
      title: 'Take out the bins',
      rule: 'weekdays',
      assignee: 'me',
    });
    expect(bins.status).toBe(201);
    const beforeTrip = await items();
    expect(beforeTrip.find((i) => i.title === 'Take out the bins')?.why).toBe('Your turn today');

    await api.call('POST', '/api/trips', {
      session: me,
      body: { city: 'Lisbon', zone: 'Europe/Lisbon', from: '2026-11-25', to: '2026-11-27' },
    });
    const away = await items();
    const here = away.filter((i) => i.kind === 'trip');
    expect(here).toHaveLength(1);
    expect(here[0]!.title).toBe('You are in Lisbon today: João works there; Ana lives there');
    expect(here[0]!.why).toBe(
      'You are there until 2026-11-27: suggest a coffee or lunch in person',
    );
    expect(away.map((i) => i.title)).not.toContain('Take out the bins');
    expect(away.map((i) => i.kind)).not.toContain('office');
    const { occurrences } = (
      await api.call('GET', '/api/routines/occurrences?from=2026-11-25&to=2026-11-30', {
        session: me,
      })
    ).body;
    expect(occurrences.map((o) => [o.date, o.away ?? null])).toEqual([
      ['2026-11-25', 'Lisbon'],
      ['2026-11-26', 'Lisbon'],
      ['2026-11-27', 'Lisbon'],
      ['2026-11-30', null],
    ]);
    // Back home on Monday: the bins are the user's turn again.
    now = new Date('2026-11-30T08:00:00Z');
    expect((await items()).map((i) => i.title)).toContain('Take out the bins');
  });

  it('marks this occurrence of a routine done or skipped, and only that one', async () => {
    const pixel = await add({ name: 'Pixel', kind: 'pet' });
    const walk = (
      await addRoutine({
        kind: 'routine',
        title: 'Walk Pixel',
        rule: 'weekdays at 12:30',
        personIds: [pixel.id],
        assignee: 'me',
      })
    ).body.routine;
    const walks = async () => (await items()).filter((i) => i.refId === walk.id);
    expect(await walks()).toHaveLength(1);

    const done = await api.call('POST', `/api/routines/${walk.id}/done`, { session: me });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ date: '2026-11-25', status: 'done' });
    expect(await walks()).toHaveLength(0);

    const skipped = await api.call('POST', `/api/routines/${walk.id}/skip`, {
      session: me,
      body: { date: '2026-11-26' },
    });
    expect(skipped.body).toMatchObject({ date: '2026-11-26', status: 'skipped' });
    now = new Date('2026-11-26T08:00:00Z');
    expect(await walks()).toHaveLength(0);
    now = new Date('2026-11-27T08:00:00Z');
    expect(await walks()).toHaveLength(1);

    // Saturday is not one of its dates; another user's routine is not found.
    const saturday = await api.call('POST', `/api/routines/${walk.id}/skip`, {
      session: me,
      body: { date: '2026-11-28' },
    });
    expect(saturday.status).toBe(400);
    expect(saturday.body.error?.message).toBe(
      'Walk Pixel does not happen on 2026-11-28 (every weekday at 12:30).',
    );
    const other = await api.addMember(me);
    expect(
      (await api.call('POST', `/api/routines/${walk.id}/done`, { session: other })).status,
    ).toBe(404);
    expect(
      (await api.call('DELETE', `/api/routines/${walk.id}/marks/2026-11-26`, { session: other }))
        .status,
    ).toBe(404);

    const badDate = await api.call('DELETE', `/api/routines/${walk.id}/marks/2026-02-30`, {
      session: me,
    });
    expect(badDate.status).toBe(400);
    // Taken back, Thursday's walk is on again.
    const undo = await api.call('DELETE', `/api/routines/${walk.id}/marks/2026-11-26`, {
      session: me,
    });
    expect(undo.status).toBe(204);
    now = new Date('2026-11-26T08:00:00Z');
    expect(await walks()).toHaveLength(1);
  });

  it('skips public holidays on either side in reach-out windows and slots', async () => {
    // Monday 30 November, 18:00 in Berlin. Tuesday 1 December is a holiday in Portugal.
    now = new Date('2026-11-30T17:00:00Z');
    const rui = await add({ name: 'Rui', timeZone: 'Europe/Lisbon', country: 'Portugal' });
    const sam = await add({ name: 'Sam', timeZone: 'Europe/London' });
    const window = async (id: string) =>
      (await api.call('GET', `/api/people/${id}/window`, { session: me })).body.window;
    expect((await window(sam.id))?.userLocal).toEqual({
      date: '2026-12-01',
      start: '10:00',
      end: '17:00',
    });
    expect((await window(rui.id))?.userLocal.date).toBe('2026-12-02');
    const slots = (await api.call('GET', `/api/slots?people=${rui.id}&days=3`, { session: me }))
      .body.slots;
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(slot.local[0]!.date).not.toBe('2026-12-01');
  });

  it('reads monthly rules, and puts every kind of routine in the calendar feed', async () => {
    const sam = await add({ name: 'Sam', kind: 'partner' });
    const brunch = await addRoutine({
      kind: 'date',
      title: 'Brunch',
      rule: 'first Sunday of the month at 11:00',
      personIds: [sam.id],
    });
    expect(brunch.status).toBe(201);
    expect(brunch.body.routine.description).toBe('the first Sunday of every month at 11:00');
    const bins = (
      await addRoutine({
        kind: 'agreement',
        title: 'Bins out',
        rule: 'every tuesday',
        personIds: [sam.id],
        assignee: 'them',
      })
    ).body.routine;
    const rent = (
      await addRoutine({ kind: 'routine', title: 'Pay rent', rule: 'on the 1st of each month' })
    ).body.routine;
    await api.call('POST', `/api/routines/${bins.id}/skip`, {
      session: me,
      body: { date: '2026-12-01' },
    });

    const { url } = (await api.call('GET', '/api/calendar', { session: me })).body;
    const text = (await api.raw('GET', new URL(url).pathname)).body as string;
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const date = byUid.get(`date-${brunch.body.routine.id}-2026-12-06@rapport`)!;
    expect(date.summary).toBe('Brunch');
    // 11:00 in Berlin on Sunday 6 December is 10:00 UTC.
    expect(date.startDate.toJSDate().toISOString()).toBe('2026-12-06T10:00:00.000Z');
    expect(date.description).toBe('with Sam');
    expect(byUid.get(`agreement-${bins.id}-2026-12-08@rapport`)?.description).toBe(
      'Their turn · with Sam',
    );
    expect(byUid.has(`agreement-${bins.id}-2026-12-01@rapport`)).toBe(false);
    const rentDay = byUid.get(`routine-${rent.id}-2026-12-01@rapport`)!;
    expect(rentDay.startDate.isDate).toBe(true);
  });
});
