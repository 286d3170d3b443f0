// Logging a conversation updates the people's last conversation and count in one statement
// (loggedChanges, written with the interaction) instead of recomputing them from every link
// (refreshContactStats), and answers with what it wrote instead of reading it back. Whatever
// the order of the logs — older ones after newer ones, several at the same instant, with
// several people — what a user sees must be what the full recomputation gives.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { succeedAs } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const now = new Date('2026-12-02T09:00:00Z');
const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();

describe.each(dialects())('What logging a conversation records on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
  });
  afterEach(() => db.dispose());

  /** What the people list shows of each person's conversations, by id. */
  const shown = async () =>
    (await succeedAs(api, me)('GET', '/api/people?archived=all')).people.map((p) => ({
      id: p.id,
      lastInteractionAt: p.lastInteractionAt,
      interactionCount: p.interactionCount,
      lastTalkedEstimate: p.lastTalkedEstimate,
    }));

  it('gives the last conversation and count a full recomputation gives, in any order of logs', async () => {
    const call = succeedAs(api, me);
    const ids: string[] = [];
    for (const name of ['Ada', 'Bo', 'Cy']) {
      ids.push((await call('POST', '/api/people', { name, kind: 'friend' })).person.id);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            // Few instants, so logs at the same instant are common.
            hoursAgo: fc.constantFrom(0, 1, 5),
            people: fc.subarray([0, 1, 2], { minLength: 1 }),
            note: fc.option(fc.constantFrom('About the move', 'Chess'), { nil: undefined }),
            about: fc.constantFrom('work', 'personal', 'both'),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (logs) => {
          for (const log of logs) {
            await call('PATCH', `/api/people/${ids[log.people[0]!]}`, {
              lastTalkedEstimate: '2026-10-01',
            });
            await call('POST', '/api/interactions', {
              personIds: log.people.map((i) => ids[i]!),
              channel: 'call',
              at: at(log.hoursAgo),
              about: log.about,
              ...(log.note && { note: log.note }),
            });
          }
          const incremental = await shown();
          const people = api.ctx.repos.people;
          // By id: findMany keeps no order, and PostgreSQL's changes after an update.
          const lastOf = async () =>
            (await people.findMany(me.userId, ids))
              .map((p) => [p.id, p.lastInteractionId])
              .sort(([a], [b]) => (a! < b! ? -1 : 1));
          // Today's columns: the last conversation's instant, note, about and initiator.
          const agenda = async () =>
            (await people.listForAgenda(me.userId, ids)).sort((a, b) => (a.id < b.id ? -1 : 1));
          const [last, forToday] = [await lastOf(), await agenda()];
          await people.refreshContactStats(me.userId, ids, now.toISOString());
          expect(incremental).toEqual(await shown());
          expect(last).toEqual(await lastOf());
          expect(forToday).toEqual(await agenda());
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);

  it('answers with the conversation as it reads back, its people by name', async () => {
    const call = succeedAs(api, me);
    const bo = (await call('POST', '/api/people', { name: 'Bo', kind: 'friend' })).person.id;
    const ada = (await call('POST', '/api/people', { name: 'ada', kind: 'friend' })).person.id;
    const { interaction } = await call('POST', '/api/interactions', {
      personIds: [bo, ada, bo],
      channel: 'chat',
      note: '  Lunch  ',
      at: '2026-12-02T10:00:00+01:00',
    });
    expect(interaction.people.map((p) => p.name)).toEqual(['ada', 'Bo']);
    expect(interaction.at).toBe('2026-12-02T09:00:00.000Z');
    expect(interaction).toEqual(
      (await call('GET', `/api/interactions/${interaction.id}`)).interaction,
    );
  });

  it('logs nothing with a person who is not yours', async () => {
    const call = succeedAs(api, me);
    const ada = (await call('POST', '/api/people', { name: 'Ada', kind: 'friend' })).person.id;
    const other = await api.addMember(me);
    const theirs = (
      await succeedAs(api, other)('POST', '/api/people', { name: 'Zed', kind: 'friend' })
    ).person.id;
    const refused = await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [ada, theirs], channel: 'chat' },
    });
    expect(refused.status).toBe(404);
    expect((await call('GET', '/api/interactions')).interactions).toEqual([]);
    expect((await shown()).map((p) => p.interactionCount)).toEqual([0]);
  });
});
