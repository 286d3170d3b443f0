// Migration 0010 on data that exists: founding members stay founders, later joiners become
// newcomers on their join date, and nobody's coffee choice changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamRollout } from '../../src/store/migrations/0010-team-rollout';
import { migrations } from '../../src/store/migrations/index';
import { migrate } from '../../src/store/migrator';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('the team rollout migration on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    await migrate(db.store, migrations.slice(0, migrations.indexOf(teamRollout)));
    const user = (id: string) => ({
      id,
      email: `${id}@example.com`,
      email_key: `${id}@example.com`,
      display_name: id,
      time_zone: 'UTC',
      working_hours: '{}',
      role: id === 'owner' ? 'owner' : 'member',
      password_hash: 'x',
      preferences: '{}',
      data_version: 0,
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    });
    // The schema as it was before 0010 (the typed one has its new columns).
    const raw = db.store.db as any;
    await raw.insertInto('users').values(['owner', 'founder', 'later'].map(user)).execute();
    await raw
      .insertInto('workspaces')
      .values({
        id: 'w1',
        name: 'Acme',
        pairing: '{}',
        slack: '{}',
        slack_team_id: null,
        created_at: '2026-01-01T00:00:00.000Z',
        updated_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    const member = (id: string, joinedAt: string, optIn: number) => ({
      workspace_id: 'w1',
      member_id: id,
      role: id === 'owner' ? 'admin' : 'member',
      joined_at: joinedAt,
      profile: '{}',
      shared: '[]',
      pairing_opt_in: optIn,
      pairing_snoozed_until: null,
      allow_async: 0,
      slack_user_id: null,
    });
    await raw
      .insertInto('workspace_members')
      .values([
        member('owner', '2026-01-01T00:00:00.000Z', 1),
        member('founder', '2026-01-10T09:00:00.000Z', 0),
        member('later', '2026-02-20T09:00:00.000Z', 1),
      ])
      .execute();
    await migrate(db.store);
  });
  afterAll(() => db.dispose());

  it('marks only members who joined after the founding weeks as newcomers', async () => {
    const rows = await db.store.db
      .selectFrom('workspace_members')
      .select(['member_id', 'newcomer_since', 'pairing_opt_in'])
      .orderBy('member_id')
      .execute();
    expect(rows.map((r) => ({ ...r, pairing_opt_in: Number(r.pairing_opt_in) }))).toEqual([
      { member_id: 'founder', newcomer_since: null, pairing_opt_in: 0 },
      { member_id: 'later', newcomer_since: '2026-02-20', pairing_opt_in: 1 },
      { member_id: 'owner', newcomer_since: null, pairing_opt_in: 1 },
    ]);
  });
});
