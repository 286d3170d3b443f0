// Workspaces and the team directory: joining by link, sharing field by field, "add to my people",
// leaving; and that no team route ever shows a user's private records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { buildTeam, inviteToken, workspacePaths } from './team-support';

describe.each(dialects())('workspaces and the directory on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let admin: Session;
  let ann: Session;
  let bo: Session;
  let workspaceId: string;
  const path = workspacePaths(() => workspaceId);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    const team = await buildTeam(api, 2);
    ({ admin, workspaceId } = team);
    [ann, bo] = team.members as [Session, Session];
    // Private records of the admin and of Ann: none may ever show through a team route.
    const secret = await api.call('POST', '/api/people', {
      session: admin,
      body: { name: 'Secret Sam', facts: ['confidential: job hunting'], notes: 'private note' },
    });
    await api.call('POST', '/api/interactions', {
      session: admin,
      body: { personIds: [secret.body.person.id], channel: 'call', note: 'private matter' },
    });
    await api.call('POST', '/api/people', {
      session: ann,
      body: { name: 'Annes Mentor', notes: 'ann private note' },
    });
  });
  afterAll(() => db.dispose());

  it('lists the workspace for its members with their roles', async () => {
    const mine = await api.call('GET', '/api/workspaces', { session: ann });
    expect(mine.body.workspaces).toEqual([
      { workspaceId, name: 'Acme', role: 'member', memberCount: 3 },
    ]);
    const read = await api.call('GET', path(), { session: admin });
    expect(read.body.workspace).toMatchObject({ role: 'admin', memberCount: 3 });
    expect(read.body.workspace.pairing).toMatchObject({ noRepeatRounds: 6, groupSize: 2 });
  });

  it('shows every member with only the fields they chose to share', async () => {
    const saved = await api.call('PATCH', path('/profile'), {
      session: ann,
      body: {
        city: 'Lisbon',
        team: 'Payments',
        role: 'Engineer',
        interests: ['climbing', 'chess'],
        askMeAbout: 'Rust',
        birthday: '1990-07-14',
        workStart: '2021-03-01',
        officeDays: ['tue'],
        share: ['city', 'interests', 'birthday', 'timeZone'],
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // The birth year is dropped before it is stored.
    expect(saved.body.profile.values.birthday).toBe('07-14');
    const seen = await api.call('GET', path('/directory'), { session: bo });
    expect(seen.status).toBe(200);
    const entry = seen.body.members.find((m) => m.id === ann.userId);
    expect(entry).toEqual({
      id: ann.userId,
      name: expect.any(String),
      workspaceRole: 'member',
      city: 'Lisbon',
      interests: ['climbing', 'chess'],
      birthday: '07-14',
      timeZone: 'Europe/Berlin',
    });
    // Ids are random text: leave them out, or one containing "1990" would fail this by chance.
    const text = JSON.stringify(seen.body.members.map(({ id: _, ...shown }) => shown));
    for (const hidden of ['Payments', 'Engineer', 'Rust', '2021-03-01', ann.email, '1990']) {
      expect(text).not.toContain(hidden);
    }
    // Someone who shares nothing shows only a name.
    const quiet = seen.body.members.find((m) => m.id === bo.userId);
    expect(Object.keys(quiet!).sort()).toEqual(['id', 'name', 'workspaceRole']);
  });

  it('adds a colleague to my people in one step, from what they share only', async () => {
    await api.call('PATCH', path('/profile'), {
      session: ann,
      body: { share: ['city', 'interests', 'birthday', 'timeZone', 'team', 'email'] },
    });
    const added = await api.call('POST', path(`/members/${ann.userId}/add-to-people`), {
      session: bo,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.person).toMatchObject({
      kind: 'coworker',
      email: ann.email,
      city: 'Lisbon',
      team: 'Payments',
      timeZone: 'Europe/Berlin',
      tags: ['climbing', 'chess'],
      title: null,
    });
    expect(added.body.person.dates).toEqual([
      expect.objectContaining({ type: 'birthday', month: 7, day: 14, year: null }),
    ]);
    const people = await api.call('GET', '/api/people', { session: bo });
    expect(people.body.people.map((p) => p.name)).toHaveLength(1);
  });

  it('never shows anyone’s private records through a team route, even to an admin', async () => {
    const reads = [
      '/api/workspaces' as const,
      path(),
      path('/directory'),
      path('/profile'),
      path('/rounds/latest'),
    ];
    for (const session of [admin, ann, bo]) {
      for (const url of reads) {
        const response = await api.call('GET', url, { session });
        expect(response.status, url).toBe(200);
        const text = JSON.stringify(response.body);
        for (const leak of ['Secret Sam', 'confidential', 'private', 'Annes Mentor']) {
          expect(text, `${url} leaks ${leak}`).not.toContain(leak);
        }
      }
    }
  });

  it('hides a workspace from non-members: 404 on every route, body or not', async () => {
    const outsider = await api.addMember(admin);
    for (const [method, url] of [
      ['GET', path()],
      ['GET', path('/directory')],
      ['PATCH', path('/profile')],
      ['POST', path('/rounds')],
      ['POST', path(`/members/${ann.userId}/add-to-people`)],
    ] as const) {
      const response = await api.raw(method, url, {
        session: outsider,
        body: method === 'GET' ? undefined : { nonsense: true },
      });
      expect(response.status, `${method} ${url}`).toBe(404);
    }
    const mine = await api.call('GET', '/api/workspaces', { session: outsider });
    expect(mine.body.workspaces).toEqual([]);
  });

  it('lets only admins change settings and invite', async () => {
    const refused = await api.call('PATCH', path(), {
      session: bo,
      body: { pairing: { enabled: true } },
    });
    expect(refused.status).toBe(403);
    expect((await api.call('POST', path('/invites'), { session: bo, body: {} })).status).toBe(403);
    const changed = await api.call('PATCH', path(), {
      session: admin,
      body: { pairing: { enabled: true, everyWeeks: 1, weekday: 'wed', hour: 9 } },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.workspace.pairing).toMatchObject({ enabled: true, weekday: 'wed' });
    const bad = await api.raw('PATCH', path(), {
      session: admin,
      body: { pairing: { everyWeeks: 3 } },
    });
    expect(bad.status).toBe(400);
  });

  it('binds an invite with an e-mail to that account, once; refuses unknown tokens', async () => {
    const carol = await api.addMember(admin);
    const dave = await api.addMember(admin);
    const token = await inviteToken(api, admin, workspaceId, carol.email);
    const wrong = await api.call('POST', '/api/workspaces/join', {
      session: dave,
      body: { token },
    });
    expect(wrong.status).toBe(404);
    const right = await api.call('POST', '/api/workspaces/join', {
      session: carol,
      body: { token },
    });
    expect(right.status).toBe(200);
    const forged = await api.call('POST', '/api/workspaces/join', {
      session: dave,
      body: { token: 'rtw_not-a-real-token-at-all' },
    });
    expect(forged.status).toBe(404);
    await api.call('POST', path('/leave'), { session: carol });
  });

  it('leaving removes the member’s directory data and exclusions', async () => {
    await api.call('PUT', path('/exclusions'), { session: ann, body: { userIds: [bo.userId] } });
    const left = await api.call('POST', path('/leave'), { session: ann });
    expect(left.status).toBe(204);
    const seen = await api.call('GET', path('/directory'), { session: bo });
    expect(JSON.stringify(seen.body)).not.toContain('Lisbon');
    expect(seen.body.members.map((m) => m.id)).not.toContain(ann.userId);
    const rows = await db.store.db
      .selectFrom('pairing_exclusions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(rows).toEqual([]);
    // Rejoining starts from a blank profile.
    const token = await inviteToken(api, admin, workspaceId);
    await api.call('POST', '/api/workspaces/join', { session: ann, body: { token } });
    const profile = await api.call('GET', path('/profile'), { session: ann });
    expect(profile.body.profile.share).toEqual([]);
    expect(profile.body.profile.values.city).toBeUndefined();
  });

  it('hands the admin role on when the last admin leaves', async () => {
    const other = await api.call('POST', '/api/workspaces', {
      session: bo,
      body: { name: 'Side' },
    });
    const sideId = other.body.workspace.id;
    const token = await inviteToken(api, bo, sideId);
    await api.call('POST', '/api/workspaces/join', { session: ann, body: { token } });
    await api.call('POST', `/api/workspaces/${sideId}/leave`, { session: bo });
    const read = await api.call('GET', `/api/workspaces/${sideId}`, { session: ann });
    expect(read.body.workspace.role).toBe('admin');
    await api.call('POST', `/api/workspaces/${sideId}/leave`, { session: ann });
    const gone = await db.store.db
      .selectFrom('workspaces')
      .select('id')
      .where('id', '=', sideId)
      .execute();
    expect(gone).toEqual([]);
  });

  it('deleting an account takes its team rows with it', async () => {
    const eve = await api.addMember(admin);
    const token = await inviteToken(api, admin, workspaceId);
    await api.call('POST', '/api/workspaces/join', { session: eve, body: { token } });
    await api.call('PATCH', path('/profile'), {
      session: eve,
      body: { city: 'Oslo', share: ['city'] },
    });
    await api.call('PUT', path('/exclusions'), { session: eve, body: { userIds: [bo.userId] } });
    const deleted = await api.call('POST', '/api/me/delete', {
      session: eve,
      body: { password: eve.password },
    });
    expect(deleted.status, JSON.stringify(deleted.body)).toBeLessThan(300);
    for (const [table, column] of [
      ['workspace_members', 'member_id'],
      ['pairing_exclusions', 'author_id'],
    ] as const) {
      const rows = await db.store.db
        .selectFrom(table)
        .select('workspace_id')
        .where(column, '=', eve.userId)
        .execute();
      expect(rows, table).toEqual([]);
    }
    const seen = await api.call('GET', path('/directory'), { session: bo });
    expect(JSON.stringify(seen.body)).not.toContain('Oslo');
  });
});
