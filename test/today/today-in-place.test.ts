// Today's input is patched after a write instead of read again (src/app/today/agenda-source.ts).
// Whatever sequence of writes a user makes — through this instance or another one — the patched
// Today must be exactly the Today a cold read gives (a fresh cache, everything read again).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgendaSourceCache } from '../../src/app/today/agenda-source';
import { today } from '../../src/app/today/today';
import { type Session, type TestApi, testApi } from '../support/api';
import { succeedAs } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

// Wednesday 2 December 2026, 10:00 in Berlin.
const now = new Date('2026-12-02T09:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();
const dayAhead = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString().slice(0, 10);

type Write =
  | { kind: 'add'; name: string; cadence: number; birthday: number }
  | { kind: 'edit'; who: number; name: string }
  | { kind: 'snooze'; who: number; days: number }
  | { kind: 'pause'; who: number; paused: boolean }
  | { kind: 'date'; who: number; month: number; day: number }
  | { kind: 'dateDone'; who: number }
  | { kind: 'log'; who: number; ago: number }
  | { kind: 'reply'; who: number }
  | { kind: 'promise'; who: number; due: number }
  | { kind: 'event'; who: number }
  | { kind: 'done'; which: number }
  | { kind: 'remove'; who: number };

const who = fc.nat(20);
const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    name: fc.constantFrom('Ada', 'Bo', 'Cy', 'Di', 'Ed'),
    cadence: fc.integer({ min: 3, max: 60 }),
    birthday: fc.integer({ min: -3, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    who,
    name: fc.constantFrom('Fay', 'Gus', 'Hal'),
  }),
  fc.record({ kind: fc.constant('snooze' as const), who, days: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant('pause' as const), who, paused: fc.boolean() }),
  fc.record({
    kind: fc.constant('date' as const),
    who,
    month: fc.integer({ min: 11, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({ kind: fc.constant('dateDone' as const), who }),
  fc.record({ kind: fc.constant('log' as const), who, ago: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ kind: fc.constant('reply' as const), who }),
  fc.record({ kind: fc.constant('promise' as const), who, due: fc.integer({ min: -3, max: 9 }) }),
  fc.record({ kind: fc.constant('event' as const), who }),
  fc.record({ kind: fc.constant('done' as const), which: fc.nat(20) }),
  fc.record({ kind: fc.constant('remove' as const), who }),
);

describe.each(dialects())('Today updated in place on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let other: TestApi;
  let me: Session;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    // A second instance on the same database, with its own cache: the CLI or another server.
    other = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
  });
  afterEach(() => db.dispose());

  const cold = () =>
    today({ ...api.ctx, agendaSources: new AgendaSourceCache() }, me.userId, { days: 14 });
  const warm = () => today(api.ctx, me.userId, { days: 14 });

  async function apply(step: Write, via: TestApi) {
    const call = succeedAs(via, me);
    const people = (await call('GET', '/api/people')).people;
    const person = 'who' in step ? people[step.who % Math.max(people.length, 1)] : undefined;
    if (step.kind === 'add') {
      const birthday = new Date(`${dayAhead(step.birthday)}T12:00:00Z`);
      await call('POST', '/api/people', {
        name: step.name,
        kind: 'friend',
        cadenceDays: step.cadence,
        dates: [
          { type: 'birthday', month: birthday.getUTCMonth() + 1, day: birthday.getUTCDate() },
        ],
      });
      return;
    }
    if (step.kind === 'done') {
      const items = (await call('GET', '/api/items?open=true')).items;
      const item = items[step.which % Math.max(items.length, 1)];
      if (item) await call('POST', `/api/items/${item.id}/done`);
      return;
    }
    if (!person) return;
    const id = person.id;
    if (step.kind === 'edit') await call('PATCH', `/api/people/${id}`, { name: step.name });
    if (step.kind === 'snooze')
      await call('PATCH', `/api/people/${id}`, { snoozedUntil: dayAhead(step.days) });
    if (step.kind === 'pause') await call('PATCH', `/api/people/${id}`, { paused: step.paused });
    if (step.kind === 'date')
      await call('PATCH', `/api/people/${id}`, {
        dates: [{ type: 'custom', label: 'Started', month: step.month, day: step.day }],
      });
    if (step.kind === 'dateDone') {
      const dates = (await call('GET', `/api/people/${id}`)).person.dates;
      if (dates[0]) await call('POST', `/api/dates/${dates[0].id}/done`);
    }
    if (step.kind === 'log')
      await call('POST', '/api/interactions', {
        personIds: [id],
        channel: 'call',
        at: daysAgo(step.ago),
      });
    if (step.kind === 'reply') await call('POST', '/api/replies', { personId: id, text: 'Answer' });
    if (step.kind === 'promise')
      await call('POST', '/api/promises', {
        personId: id,
        text: 'Send it',
        due: dayAhead(step.due),
      });
    if (step.kind === 'event')
      await call('POST', '/api/events', { personId: id, kind: 'promotion' });
    if (step.kind === 'remove') await call('DELETE', `/api/people/${id}`);
  }

  it('gives after every kind of write, here or on another instance, what a cold read gives', async () => {
    let shown = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(write, fc.boolean()), { minLength: 4, maxLength: 12 }),
        async (steps) => {
          // Someone whose birthday is in two days starts every run, so Today is never empty
          // only by chance (a removal among the steps can still take them off).
          await apply({ kind: 'add', name: 'Ada', cadence: 14, birthday: 2 }, api);
          for (const [step, elsewhere] of steps) {
            await apply(step, elsewhere ? other : api);
            const patched = await warm();
            expect(patched).toEqual(await cold());
            shown += patched.items.length;
          }
        },
      ),
      { numRuns: 12 },
    );
    // The comparisons were not all of two empty Todays.
    expect(shown).toBeGreaterThan(20);
  }, 120_000);

  it('re-reads only the person a conversation was logged with, and drops one removed elsewhere', async () => {
    const add = async (name: string) =>
      (
        await api.call('POST', '/api/people', {
          session: me,
          body: { name, kind: 'friend', cadenceDays: 7 },
        })
      ).body.person.id as string;
    const ada = await add('Ada');
    const bo = await add('Bo');
    const log = (id: string, ago: number) =>
      api.call('POST', '/api/interactions', {
        session: me,
        body: { personIds: [id], channel: 'call', at: daysAgo(ago) },
      });
    await log(ada, 30);
    await log(bo, 30);
    const dueFor = async () =>
      (await warm()).items.filter((i) => i.kind === 'due').map((i) => i.person.name);
    expect((await dueFor()).sort()).toEqual(['Ada', 'Bo']);

    const reads = vi.spyOn(api.ctx.repos.people, 'listForAgenda');
    await log(ada, 0);
    expect(await dueFor()).toEqual(['Bo']);
    expect(reads.mock.calls.map((call) => call[1])).toEqual([[ada]]);

    await other.call('DELETE', `/api/people/${bo}`, { session: me });
    expect(await dueFor()).toEqual([]);
    expect(await warm()).toEqual(await cold());
  });
});
