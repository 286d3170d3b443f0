// Upcoming celebrations in the Team pages: only what members share, each on its date in the
// celebrated member's own zone, and only for members of the workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { buildTeam, workspacePaths } from './team-support';

// Thursday noon UTC: already Friday 13 March in Kiritimati (UTC+14), still Thursday in LA.
const NOW = new Date('2026-03-12T12:00:00Z');

describe.each(dialects())('upcoming celebrations on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let admin: Session;
  let ann: Session;
  let bo: Session;
  let workspaceId: string;
  const path = workspacePaths(() => workspaceId);

  async function profile(
    session: Session,
    timeZone: string,
    body: BodyOf<'PATCH', `/api/workspaces/${string}/profile`>,
  ) {
    await api.call('PATCH', '/api/me', { session, body: { timeZone } });
    const saved = await api.call('PATCH', path('/profile'), { session, body });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  }

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => NOW });
    const team = await buildTeam(api, 2);
    ({ admin } = team);
    [ann, bo] = team.members as [Session, Session];
    workspaceId = team.workspaceId;
    await profile(ann, 'Pacific/Kiritimati', { birthday: '03-13', share: ['birthday'] });
    // Bo's birthday is today where he is, but he keeps it to himself; his work anniversary
    // (two years on the 20th) he shares.
    await profile(bo, 'America/Los_Angeles', {
      birthday: '03-12',
      workStart: '2024-03-20',
      share: ['workStart'],
    });
    // More than two weeks away.
    await profile(admin, 'Europe/Berlin', { birthday: '04-30', share: ['birthday'] });
  });
  afterAll(() => db.dispose());

  it('lists shared birthdays and anniversaries of the next two weeks, on each one’s clock', async () => {
    const seen = await api.call('GET', path('/celebrations'), { session: admin });
    expect(seen.status).toBe(200);
    expect(seen.body.celebrations).toEqual([
      {
        member: { id: expect.any(String), name: expect.any(String) },
        kind: 'birthday',
        date: '2026-03-13',
        years: null,
        today: true,
      },
      {
        member: { id: expect.any(String), name: expect.any(String) },
        kind: 'anniversary',
        date: '2026-03-20',
        years: 2,
        today: false,
      },
    ]);
    const [birthday, anniversary] = seen.body.celebrations;
    const me = async (session: Session) =>
      (await api.call('GET', '/api/session', { session })).body.user;
    const [annUser, boUser] = [await me(ann), await me(bo)];
    expect(birthday?.member).toEqual({ id: annUser.id, name: annUser.name });
    expect(anniversary?.member).toEqual({ id: boUser.id, name: boUser.name });
  });

  it('is the same for every member, and unknown to anyone outside the workspace', async () => {
    const forAdmin = await api.call('GET', path('/celebrations'), { session: admin });
    const forBo = await api.call('GET', path('/celebrations'), { session: bo });
    expect(forBo.body).toEqual(forAdmin.body);
    const outsider = await api.addMember(admin);
    const refused = await api.call('GET', path('/celebrations'), { session: outsider });
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('2026-03');
  });
});
