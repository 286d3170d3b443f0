// Rounds on schedule: due on the workspace's weekday and hour in its zone, every 1, 2 or 4 weeks;
// formed once per date however many instances tick at the same minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app/context';
import { roundDueOn } from '../../src/app/team/round-schedule';
import type { PairingSettings } from '../../src/app/team/team-input';
import { pairingRounds } from '../../src/jobs/tasks/pairing-rounds';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { buildTeam } from './team-support';

const settings: PairingSettings = {
  enabled: true,
  everyWeeks: 2,
  weekday: 'tue',
  hour: 10,
  timeZone: 'America/New_York',
  groupSize: 2,
  noRepeatRounds: 6,
  onboardingWeeks: 4,
};

describe('when a round is due', () => {
  // Tuesday 2026-03-10 in New York (EDT from 03-08, UTC−4).
  const anchor = '2026-03-09T12:00:00Z';
  it('is due on the weekday from the hour on, on the workspace’s clock', () => {
    expect(roundDueOn(settings, anchor, new Date('2026-03-10T13:59:00Z'))).toBeNull();
    expect(roundDueOn(settings, anchor, new Date('2026-03-10T14:00:00Z'))).toBe('2026-03-10');
    expect(roundDueOn(settings, anchor, new Date('2026-03-11T03:00:00Z'))).toBe('2026-03-10');
    expect(roundDueOn(settings, anchor, new Date('2026-03-11T04:00:00Z'))).toBeNull();
  });

  it('skips the weeks between rounds, counted from when the rhythm was set', () => {
    expect(roundDueOn(settings, anchor, new Date('2026-03-17T15:00:00Z'))).toBeNull();
    expect(roundDueOn(settings, anchor, new Date('2026-03-24T15:00:00Z'))).toBe('2026-03-24');
    const monthly = { ...settings, everyWeeks: 4 as const };
    expect(roundDueOn(monthly, anchor, new Date('2026-03-24T15:00:00Z'))).toBeNull();
    expect(roundDueOn(monthly, anchor, new Date('2026-04-07T15:00:00Z'))).toBe('2026-04-07');
  });

  it('is never due when pairing is off', () => {
    const off = { ...settings, enabled: false };
    expect(roundDueOn(off, anchor, new Date('2026-03-10T15:00:00Z'))).toBeNull();
  });
});

describe.each(dialects())('scheduled rounds on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let workspaceId: string;
  let now = new Date('2026-03-10T12:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    const team = await buildTeam(api, 3);
    workspaceId = team.workspaceId;
    const weekday = (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[now.getUTCDay()];
    const set = await api.call('PATCH', `/api/workspaces/${workspaceId}`, {
      session: team.admin,
      body: { pairing: { enabled: true, everyWeeks: 1, weekday, hour: 0, timeZone: 'UTC' } },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
  });
  afterAll(() => db.dispose());

  it('forms one round per date, however many instances tick at once', async () => {
    now = new Date(now.getTime() + 60_000);
    const instances = [0, 1, 2].map(() =>
      createAppContext(db.store, { now: () => now }, api.ctx.settings),
    );
    await Promise.all(instances.map((ctx) => pairingRounds.run(ctx, now)));
    await pairingRounds.run(api.ctx, new Date(now.getTime() + 60_000));
    const rounds = await db.store.db
      .selectFrom('pairing_rounds')
      .select(['origin', 'round_date'])
      .where('workspace_id', '=', workspaceId)
      .where('kind', '=', 'coffee')
      .execute();
    expect(rounds).toEqual([{ origin: 'scheduled', round_date: now.toISOString().slice(0, 10) }]);
    const groups = await db.store.db
      .selectFrom('pairing_groups as g')
      .innerJoin('pairing_rounds as r', 'r.id', 'g.round_id')
      .select('g.members')
      .where('r.kind', '=', 'coffee')
      .execute();
    expect(groups.flatMap((g) => JSON.parse(g.members)).sort()).toHaveLength(4);
  });
});
