// The daily loop through the API on SQLite and PostgreSQL: people, logging, items, Today.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const DAY = 86_400_000;

describe.each(dialects())('the daily loop on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    now = new Date('2026-11-23T16:00:00Z');
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
  });
  afterEach(() => db.dispose());

  const addPerson = async (body: BodyOf<'POST', '/api/people'>) => {
    const response = await api.call('POST', '/api/people', { session: me, body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.person;
  };
  const log = (personIds: string[], extra: Partial<BodyOf<'POST', '/api/interactions'>> = {}) =>
    api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds, channel: 'call', ...extra },
    });
  const todayItems = async () => (await api.call('GET', '/api/today', { session: me })).body.items;

  it('puts someone on Today once their cadence has passed, and off again after a call', async () => {
    const ann = await addPerson({ name: 'Ann Lee', kind: 'coworker', cadenceDays: 7 });
    expect(ann.cadenceDays).toBe(7);
    const logged = await log([ann.id], {
      at: new Date(now.getTime() - 10 * DAY).toISOString(),
      note: 'She is moving to Lisbon',
    });
    expect(logged.status).toBe(201);

    const due = (await todayItems()).find((i: { kind: string }) => i.kind === 'due')!;
    expect(due.person).toEqual({ id: ann.id, name: 'Ann Lee' });
    expect(due.why).toBe('Last talked 10 days ago — you aim for every 7 days');
    expect(due.starters.join(' ')).toMatch(/mov/i);

    await log([ann.id]);
    expect((await todayItems()).filter((i: { kind: string }) => i.kind === 'due')).toEqual([]);
    const person = (await api.call('GET', `/api/people/${ann.id}`, { session: me })).body.person;
    expect(person.interactionCount).toBe(2);
    expect(person.lastInteractionAt).toBe(now.toISOString());
  });

  it('restarts the cadence from the latest interaction, whatever is edited or deleted', async () => {
    const bo = await addPerson({ name: 'Bo', cadenceDays: 7 });
    const old = await log([bo.id], { at: new Date(now.getTime() - 20 * DAY).toISOString() });
    const recent = await log([bo.id], { at: new Date(now.getTime() - 2 * DAY).toISOString() });
    expect(await todayItems()).toEqual([]);
    await api.call('DELETE', `/api/interactions/${recent.body.interaction.id}`, { session: me });
    expect((await todayItems())[0]?.why).toBe('Last talked 20 days ago — you aim for every 7 days');
    await api.call('PATCH', `/api/interactions/${old.body.interaction.id}`, {
      session: me,
      body: { at: new Date(now.getTime() - DAY).toISOString() },
    });
    expect(await todayItems()).toEqual([]);
  });

  it('sees a change made by another process or server instance on its next Today', async () => {
    const ivy = await addPerson({ name: 'Ivy', cadenceDays: 7 });
    await log([ivy.id], { at: new Date(now.getTime() - 9 * DAY).toISOString() });
    expect(await todayItems()).toHaveLength(1);
    // A second context on the same database stands in for the CLI or another instance.
    const elsewhere = testApi(db, { now: () => now });
    await elsewhere.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [ivy.id], channel: 'chat' },
    });
    expect(await todayItems()).toEqual([]);
    await elsewhere.call('PATCH', `/api/people/${ivy.id}`, {
      session: me,
      body: { birthday: '11-24' },
    });
    expect((await todayItems()).map((i: { kind: string }) => i.kind)).toEqual(['date']);
  });

  it('leaves snoozed and paused people off Today', async () => {
    const cy = await addPerson({ name: 'Cy', cadenceDays: 7 });
    await log([cy.id], { at: new Date(now.getTime() - 30 * DAY).toISOString() });
    expect(await todayItems()).toHaveLength(1);
    await api.call('PATCH', `/api/people/${cy.id}`, {
      session: me,
      body: { snoozedUntil: '2026-11-26' },
    });
    expect(await todayItems()).toEqual([]);
    await api.call('PATCH', `/api/people/${cy.id}`, {
      session: me,
      body: { snoozedUntil: null, paused: true },
    });
    expect(await todayItems()).toEqual([]);
  });

  it('shows a birthday in the person’s own zone, with the age only when the year is known', async () => {
    // 16:00 UTC on Monday 23 November: already Tuesday the 24th in Auckland.
    await addPerson({ name: 'Kiri', timeZone: 'Pacific/Auckland', birthday: '1990-11-24' });
    await addPerson({ name: 'Lou', timeZone: 'Europe/Berlin', birthday: '11-26' });
    const dates = (await todayItems()).filter((i: { kind: string }) => i.kind === 'date');
    const byName = Object.fromEntries(
      dates.map((d: { person: { name: string }; why: string }) => [d.person.name, d.why]),
    );
    expect(byName.Kiri).toMatch(/today.*turns 36/i);
    expect(byName.Lou).toMatch(/Thursday/);
    expect(byName.Lou).not.toMatch(/turns/);
  });

  it('lists promises, owed replies and milestones, and drops them once done', async () => {
    const dee = await addPerson({ name: 'Dee' });
    await log([dee.id]);
    const promise = await api.call('POST', '/api/promises', {
      session: me,
      body: { personId: dee.id, text: 'the deck', due: '2026-11-22' },
    });
    await api.call('POST', '/api/replies', {
      session: me,
      body: {
        personId: dee.id,
        text: 'her question about hiring',
        since: new Date(now.getTime() - 3 * DAY).toISOString(),
      },
    });
    await api.call('POST', '/api/events', {
      session: me,
      body: { personId: dee.id, kind: 'promotion', text: 'Staff engineer', on: '2026-11-20' },
    });
    const kinds = (await todayItems()).map((i: { kind: string }) => i.kind).sort();
    expect(kinds).toEqual(['milestone', 'promise', 'reply']);
    const done = await api.call('POST', `/api/items/${promise.body.item.id}/done`, { session: me });
    expect(done.body.item.doneAt).toBe(now.toISOString());
    expect((await todayItems()).map((i: { kind: string }) => i.kind)).not.toContain('promise');
  });

  it('finds people and notes by words and prefixes', async () => {
    const eve = await addPerson({ name: 'Eve Park', facts: ['ask me about: sourdough'] });
    await log([eve.id], { note: 'Planning the Kubernetes migration' });
    const bySourdough = await api.call('GET', '/api/search?q=sourd', { session: me });
    expect(bySourdough.body.results).toMatchObject([{ type: 'person', personName: 'Eve Park' }]);
    const byNote = await api.call('GET', '/api/search?q=kubernetes%20migr', { session: me });
    expect(byNote.body.results).toMatchObject([{ type: 'interaction', personId: eve.id }]);
    expect((await api.call('GET', '/api/search?q=%22%27*', { session: me })).body.results).toEqual(
      [],
    );
  });

  it('warns when a relationship has become all business', async () => {
    const fay = await addPerson({ name: 'Fay' });
    for (let i = 5; i >= 1; i--) {
      await log([fay.id], { about: 'work', at: new Date(now.getTime() - i * DAY).toISOString() });
    }
    const health = await api.call('GET', `/api/people/${fay.id}/health`, { session: me });
    expect(health.body.health.warnings.join(' ')).toMatch(/all business/i);
    expect(health.body.health.contacts90d).toBe(5);
  });

  it('refuses bad input clearly and saves nothing', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['/api/people', { name: '' }, /name/],
      ['/api/people', { name: 'X', kind: 'boss' }, /Kind is one of/],
      ['/api/people', { name: 'X', timeZone: 'Mars/Base' }, /time zone/i],
      ['/api/people', { name: 'X', birthday: '2023-02-30' }, /real date/],
      ['/api/people', { name: 'X', notes: 'x'.repeat(30_000) }, /notes/],
      ['/api/interactions', { personIds: [], channel: 'call' }, /at least one person/],
      ['/api/interactions', { personIds: ['x'], channel: 'pigeon' }, /Channel is one of/],
    ];
    for (const [path, body, message] of cases) {
      const response = await api.raw('POST', path, { session: me, body });
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.body.error?.message).toMatch(message);
    }
    const huge = await api.call('POST', '/api/people', {
      session: me,
      body: { name: 'X', notes: 'x'.repeat(10 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect((await api.call('GET', '/api/people', { session: me })).body.people).toEqual([]);
  });

  it('removes a person with their items and the conversations that were only theirs', async () => {
    const gil = await addPerson({ name: 'Gil' });
    const hal = await addPerson({ name: 'Hal' });
    await log([gil.id], { note: 'solo' });
    const shared = await log([gil.id, hal.id], { note: 'together' });
    await api.call('POST', '/api/replies', { session: me, body: { personId: gil.id, text: 'x' } });
    expect((await api.call('DELETE', `/api/people/${gil.id}`, { session: me })).status).toBe(204);
    const left = (await api.call('GET', '/api/interactions', { session: me })).body.interactions;
    expect(left.map((i: { id: string }) => i.id)).toEqual([shared.body.interaction.id]);
    expect(left[0]!.people).toEqual([{ id: hal.id, name: 'Hal' }]);
    expect((await api.call('GET', '/api/items', { session: me })).body.items).toEqual([]);
    expect((await api.call('GET', '/api/search?q=solo', { session: me })).body.results).toEqual([]);
    const hals = await api.call('GET', `/api/people/${hal.id}`, { session: me });
    expect(hals.body.person.interactionCount).toBe(1);
  });
});
