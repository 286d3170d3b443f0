// A newcomer's introductions on Today: "Say hello to …" for the newcomer, "Welcome …" for each
// colleague, with only what the other person shares, until done, dismissed, left or two weeks on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { buildTeam, inviteToken, workspacePaths } from './team-support';

describe.each(dialects())('welcomes on Today on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let now = new Date();
  let admin: Session;
  let ann: Session;
  let bo: Session;
  let nina: Session;
  let workspaceId: string;
  const path = workspacePaths(() => workspaceId);
  const welcomesOf = async (session: Session) => {
    const today = await api.call('GET', '/api/today', { session });
    expect(today.status).toBe(200);
    return today.body.welcomes;
  };
  const about = async (session: Session, other: Session) =>
    (await welcomesOf(session)).find((w) => w.person.id === other.userId);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, { now: () => now });
    let members: Session[];
    ({ admin, members, workspaceId } = await buildTeam(api, 2));
    [ann, bo] = members as [Session, Session];
    await api.call('PATCH', path('/profile'), {
      session: ann,
      body: {
        team: 'Platform',
        city: 'Oslo',
        interests: ['chess', 'tea'],
        share: ['team', 'interests'],
      },
    });
    nina = await api.addMember(admin, { name: 'Nina New' });
    // Nina is new to the team (the workspace is brand new, so the invite says so).
    const token = await inviteToken(api, admin, workspaceId, undefined, true);
    const joined = await api.call('POST', '/api/workspaces/join', {
      session: nina,
      body: { token },
    });
    expect(joined.status).toBe(200);
  });
  afterAll(() => db.dispose());

  it('puts a first hello on the newcomer’s Today and a welcome on each colleague’s', async () => {
    const hers = await welcomesOf(nina);
    expect(hers.map((w) => w.person.id).sort()).toEqual(
      [admin.userId, ann.userId, bo.userId].sort(),
    );
    const annItem = hers.find((w) => w.person.id === ann.userId)!;
    expect(annItem).toMatchObject({
      direction: 'newcomer',
      title: expect.stringMatching(/^Say hello to Person \d+$/),
      why: expect.stringContaining('You were introduced when you joined Acme'),
      workspace: { id: workspaceId, name: 'Acme' },
      // Only what Ann shares: her team and interests, never her city.
      profile: { team: 'Platform', interests: ['chess', 'tea'] },
    });
    expect(JSON.stringify(hers)).not.toContain('Oslo');
    for (const colleague of [admin, ann, bo]) {
      expect(await about(colleague, nina)).toMatchObject({
        direction: 'colleague',
        title: 'Welcome Nina New (joined Acme)',
      });
    }
  });

  it('reads the other person’s profile fresh, and finds interests in common', async () => {
    await api.call('PATCH', path('/profile'), {
      session: nina,
      body: { interests: ['Chess'], share: ['interests'] },
    });
    expect((await about(nina, ann))?.commonInterests).toEqual(['chess']);
    expect((await about(ann, nina))?.profile).toEqual({ interests: ['Chess'] });
  });

  it('marks one’s own item done; another user’s item is not theirs to touch', async () => {
    const item = (await about(nina, ann))!;
    const foreign = await api.call('POST', `/api/welcomes/${item.id}/dismiss`, { session: ann });
    expect(foreign.status).toBe(404);
    expect(await about(nina, ann)).toBeDefined();
    const done = await api.call('POST', `/api/welcomes/${item.id}/done`, { session: nina });
    expect(done.status).toBe(200);
    expect(done.body.welcome).toMatchObject({ id: item.id, state: 'done' });
    expect(await about(nina, ann)).toBeUndefined();
    // Ann's own welcome of Nina is hers, and still there.
    expect(await about(ann, nina)).toBeDefined();
    const missing = await api.call('POST', '/api/welcomes/nope/done', { session: nina });
    expect(missing.status).toBe(404);
  });

  it('deletes the items of and about someone who left the workspace', async () => {
    const hers = (await about(nina, bo))!;
    expect(await welcomesOf(bo)).not.toEqual([]);
    expect((await api.call('POST', path('/leave'), { session: bo })).status).toBe(204);
    expect(await about(nina, bo)).toBeUndefined();
    expect(await welcomesOf(bo)).toEqual([]);
    const rows = await db.store.db
      .selectFrom('welcome_items')
      .select('id')
      .where((eb) => eb.or([eb('owner_id', '=', bo.userId), eb('other_id', '=', bo.userId)]))
      .execute();
    expect(rows).toEqual([]);
    const gone = await api.call('POST', `/api/welcomes/${hers.id}/done`, { session: nina });
    expect(gone.status).toBe(404);
  });

  it('lets a welcome fade after two weeks', async () => {
    expect(await about(nina, admin)).toBeDefined();
    // Tokens, not sessions: two weeks unused would end a session (the 7-day idle limit).
    const tokens = [await api.tokenFor(nina), await api.tokenFor(ann)];
    now = new Date(now.getTime() + 15 * 86_400_000);
    for (const token of tokens) {
      const today = await api.call('GET', '/api/today', { token });
      expect(today.status).toBe(200);
      expect(today.body.welcomes).toEqual([]);
    }
  });
});
