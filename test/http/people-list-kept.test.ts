// The people list without a filter is kept per user and patched after a write
// (src/app/people/people-list.ts), and answered as the kept people's JSON joined
// (src/http/kept-json.ts). Whatever a user writes — here or on another instance — the list
// GET /api/people answers must be the list a cold read gives (a fresh cache), in the same order.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listPeople } from '../../src/app/people/people';
import { PeopleListCache } from '../../src/app/people/people-list';
import { type Session, type TestApi, testApi } from '../support/api';
import { succeedAs } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const now = new Date('2026-12-02T09:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

type Write =
  | { kind: 'add'; name: string; email: boolean }
  | { kind: 'rename'; who: number; name: string }
  | { kind: 'emails'; who: number; email: string }
  | { kind: 'date'; who: number; day: number }
  | { kind: 'dateDone'; who: number }
  | { kind: 'log'; who: number; ago: number }
  | { kind: 'unlog'; who: number }
  | { kind: 'archive'; who: number }
  | { kind: 'restore' }
  | { kind: 'remove'; who: number }
  | { kind: 'bulk'; who: number; cadence: number }
  | { kind: 'defaults'; days: number };

const who = fc.nat(20);
// Few names, so equal names (ordered by id) are common.
const name = fc.constantFrom('Ada', 'ada', 'Bo', 'Cy Ng', 'Émile');
const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name, email: fc.boolean() }),
  fc.record({ kind: fc.constant('rename' as const), who, name }),
  fc.record({
    kind: fc.constant('emails' as const),
    who,
    email: fc.constantFrom('a@example.com', 'b@example.org'),
  }),
  fc.record({ kind: fc.constant('date' as const), who, day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ kind: fc.constant('dateDone' as const), who }),
  fc.record({ kind: fc.constant('log' as const), who, ago: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ kind: fc.constant('unlog' as const), who }),
  fc.record({ kind: fc.constant('archive' as const), who }),
  fc.record({ kind: fc.constant('restore' as const) }),
  fc.record({ kind: fc.constant('remove' as const), who }),
  fc.record({ kind: fc.constant('bulk' as const), who, cadence: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('defaults' as const), days: fc.integer({ min: 1, max: 60 }) }),
);

describe.each(dialects())('The people list kept between writes on %s', (dialect) => {
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

  /** What GET /api/people answers on this instance, as text. */
  const warm = async () => {
    const response = await api.raw('GET', '/api/people', { session: me });
    expect(response.status).toBe(200);
    return JSON.stringify(response.body);
  };
  const cold = async () =>
    JSON.stringify({
      people: await listPeople({ ...api.ctx, peopleLists: new PeopleListCache() }, me.userId, {}),
    });

  async function apply(step: Write, via: TestApi) {
    const call = succeedAs(via, me);
    const all = (await call('GET', '/api/people?archived=all')).people;
    const kept = all.filter((p) => p.archivedAt === null);
    const person = 'who' in step ? kept[step.who % Math.max(kept.length, 1)] : undefined;
    if (step.kind === 'add') {
      await call('POST', '/api/people', {
        name: step.name,
        kind: 'friend',
        ...(step.email && { email: `${step.name.length}@example.com` }),
        dates: [{ type: 'birthday', month: 3, day: 4 }],
      });
      return;
    }
    if (step.kind === 'restore') {
      const archived = all.find((p) => p.archivedAt !== null);
      if (archived) await call('POST', `/api/people/${archived.id}/restore`);
      return;
    }
    if (step.kind === 'defaults') {
      await call('PATCH', '/api/me/preferences', { cadenceDefaults: { friend: step.days } });
      return;
    }
    if (!person) return;
    const id = person.id;
    if (step.kind === 'rename') await call('PATCH', `/api/people/${id}`, { name: step.name });
    if (step.kind === 'emails')
      await call('PATCH', `/api/people/${id}`, {
        emails: [{ value: step.email, label: 'work', preferred: true }],
      });
    if (step.kind === 'date')
      await call('PATCH', `/api/people/${id}`, {
        dates: [{ type: 'custom', label: 'Started', month: 12, day: step.day }],
      });
    if (step.kind === 'dateDone' && person.dates[0])
      await call('POST', `/api/dates/${person.dates[0].id}/done`);
    if (step.kind === 'log')
      await call('POST', '/api/interactions', {
        personIds: [id],
        channel: 'call',
        at: daysAgo(step.ago),
        note: 'Talked about the move',
      });
    if (step.kind === 'unlog') {
      const [last] = (await call('GET', `/api/interactions?personId=${id}&limit=1`)).interactions;
      if (last) await call('DELETE', `/api/interactions/${last.id}`);
    }
    if (step.kind === 'archive') await call('POST', `/api/people/${id}/archive`);
    if (step.kind === 'remove') await call('DELETE', `/api/people/${id}`);
    if (step.kind === 'bulk')
      await call('POST', '/api/people/bulk', {
        ids: kept.slice(0, 2).map((p) => p.id),
        set: { cadenceDays: step.cadence },
        addTags: ['team'],
      });
  }

  it('answers after every kind of write, here or on another instance, what a cold read gives', async () => {
    let listed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(write, fc.boolean()), { minLength: 4, maxLength: 12 }),
        async (steps) => {
          await apply({ kind: 'add', name: 'Ada', email: true }, api);
          for (const [step, elsewhere] of steps) {
            await warm();
            await apply(step, elsewhere ? other : api);
            const patched = await warm();
            expect(patched).toEqual(await cold());
            listed += JSON.parse(patched).people.length;
          }
        },
      ),
      { numRuns: 12 },
    );
    // The comparisons were not all of two empty lists.
    expect(listed).toBeGreaterThan(40);
  }, 120_000);

  it('reads again only the person a conversation was logged with, and sees one added elsewhere', async () => {
    const call = succeedAs(api, me);
    const ada = (await call('POST', '/api/people', { name: 'Ada', kind: 'friend' })).person.id;
    await call('POST', '/api/people', { name: 'Bo', kind: 'friend' });
    expect((await call('GET', '/api/people')).people.map((p) => p.interactionCount)).toEqual([
      0, 0,
    ]);

    const reads = vi.spyOn(api.ctx.repos.people, 'findMany');
    const full = vi.spyOn(api.ctx.repos.people, 'list');
    await call('POST', '/api/interactions', { personIds: [ada], channel: 'call' });
    const after = (await call('GET', '/api/people')).people;
    expect(after.map((p) => [p.name, p.interactionCount])).toEqual([
      ['Ada', 1],
      ['Bo', 0],
    ]);
    expect(reads.mock.calls.map((c) => c[1])).toEqual([[ada]]);
    expect(full).not.toHaveBeenCalled();

    await succeedAs(other, me)('POST', '/api/people', { name: 'Cy', kind: 'friend' });
    expect((await call('GET', '/api/people')).people.map((p) => p.name)).toEqual([
      'Ada',
      'Bo',
      'Cy',
    ]);
  });

  it('keeps filtered lists exact: a filter is read as before', async () => {
    const call = succeedAs(api, me);
    await call('POST', '/api/people', { name: 'Ada', kind: 'friend', tags: ['chess'] });
    await call('POST', '/api/people', { name: 'Bo', kind: 'coworker' });
    await call('GET', '/api/people');
    expect((await call('GET', '/api/people?kind=coworker')).people.map((p) => p.name)).toEqual([
      'Bo',
    ]);
    expect((await call('GET', '/api/people?tag=chess')).people.map((p) => p.name)).toEqual(['Ada']);
  });
});
