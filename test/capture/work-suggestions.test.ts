// Work history from git, on real repositories made by the test with `git`: the user's commits
// (under any of their addresses, in any case) become one suggestion per repository and day in
// their zone, for the last two weeks; others' commits and merges never do; nothing is filed
// until the user says yes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSource } from '../../src/app/capture/sources';
import { syncSourceNow } from '../../src/app/capture/sync';
import { syncGitPaths } from '../../src/app/capture/work-suggestions';
import { gitClient } from '../../src/integrations/capture/git';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { makeRepo, type TestRepo } from '../support/git-repos';

const SINCE = '2026-10-01T00:00:00Z';

describe('git client', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo('rapport');
    repo.commit('me@example.com', '2026-09-01T10:00:00Z', 'Too old');
    repo.commit('Me@Example.com', '2026-11-02T17:00:00Z', 'Speed up Today\n\nThe long story.');
    repo.commit('other@example.com', '2026-11-02T17:30:00Z', 'Someone else’s work');
    repo.commit('not-me@example.com', '2026-11-02T17:40:00Z', 'A lookalike address');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('me@example.com', '2026-11-03T09:00:00Z', 'Work on a branch');
    repo.git('checkout', '-q', 'main');
    repo.commit('me@example.com', '2026-11-03T10:00:00Z', 'Fix import');
    execMerge(repo);
  });
  afterAll(() => repo.dispose());

  it('reads only the user’s own commits since the instant, merges left out', async () => {
    const commits = await gitClient.commits(repo.path, ['ME@example.COM'], SINCE);
    expect(commits.map((c) => c.title).sort()).toEqual([
      'Fix import',
      'Speed up Today',
      'Work on a branch',
    ]);
    expect(commits[0]).toMatchObject({ repository: 'rapport', authorEmail: 'me@example.com' });
    expect(commits.every((c) => /^[0-9a-f]{40}$/.test(c.sha))).toBe(true);
    const today = commits.find((c) => c.title === 'Speed up Today')!;
    expect(today.at).toBe('2026-11-02T17:00:00.000Z');
  });

  it('reads any of the user’s addresses, and nothing for an address nobody used', async () => {
    const both = await gitClient.commits(repo.path, ['nobody@x.org', 'other@example.com'], SINCE);
    expect(both.map((c) => c.title)).toEqual(['Someone else’s work']);
    expect(await gitClient.commits(repo.path, ['nobody@x.org'], SINCE)).toEqual([]);
  });

  it('reads a bare repository under its name without ".git"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-bare-'));
    try {
      const bare = join(dir, 'server.git');
      repo.git('clone', '-q', '--bare', repo.path, bare);
      const commits = await gitClient.commits(bare, ['me@example.com'], SINCE);
      expect(commits.length).toBeGreaterThanOrEqual(2);
      expect(commits[0]!.repository).toBe('server');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says plainly when the path is missing, not a repository, or has no commits yet', async () => {
    await expect(gitClient.commits('/nonexistent/rapport', ['me@x.org'], SINCE)).rejects.toThrow(
      'No folder at /nonexistent/rapport',
    );
    const plain = mkdtempSync(join(tmpdir(), 'rapport-plain-'));
    const empty = makeRepo('empty');
    try {
      await expect(gitClient.commits(plain, ['me@x.org'], SINCE)).rejects.toThrow(
        `${plain} is not a git repository`,
      );
      expect(await gitClient.commits(empty.path, ['me@x.org'], SINCE)).toEqual([]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
      empty.dispose();
    }
  });
});

/** A merge commit by the user on main (with --no-ff, so it is one). */
function execMerge(repo: TestRepo) {
  repo.git(
    '-c',
    'user.email=me@example.com',
    '-c',
    'user.name=Me',
    'merge',
    '-q',
    '--no-ff',
    '-m',
    'Merge branch feature',
    'feature',
  );
}

describe.each(dialects())('work suggestions from git on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let other: Session;
  let rapport: TestRepo;
  let web: TestRepo;
  const sync = (userId = me.userId, paths = [rapport.path, web.path]) =>
    syncGitPaths(api.ctx, userId, paths, SINCE, gitClient);
  const list = async (session = me) => {
    const response = await api.call('GET', '/api/work-suggestions', { session });
    expect(response.status).toBe(200);
    return response.body.suggestions as {
      id: string;
      repository: string;
      date: string;
      text: string;
      commits: number;
    }[];
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    // Two weeks of suggestions back from here: the commits below, not older ones.
    api = testApi(db, { now: () => new Date('2026-11-06T12:00:00Z') });
    me = await api.setupOwner({ email: 'me@example.com', timeZone: 'America/Los_Angeles' });
    other = await api.addMember(me, { email: 'other@example.com' });
    rapport = makeRepo('rapport');
    web = makeRepo('web');
    rapport.commit('me@example.com', '2026-10-20T10:00:00Z', 'Older than two weeks');
    rapport.commit('me@example.com', '2026-11-02T17:00:00Z', 'Speed up Today');
    rapport.commit('ME@EXAMPLE.COM', '2026-11-02T18:00:00Z', 'Fix import\n\nDetails here.');
    // 23:30 on 2 November in Los Angeles: the same day for the user.
    rapport.commit('me@example.com', '2026-11-03T07:30:00Z', 'Tidy up');
    rapport.commit('other@example.com', '2026-11-02T19:00:00Z', 'Someone else’s change');
    web.commit('me@example.com', '2026-11-04T16:00:00Z', 'Add a chart');
  });
  afterAll(async () => {
    rapport.dispose();
    web.dispose();
    await db.dispose();
  });

  it('suggests one accomplishment per repository and day, and files nothing by itself', async () => {
    expect(await sync()).toEqual({ seen: 4, suggested: 2 });
    expect(await list()).toEqual([
      expect.objectContaining({
        repository: 'web',
        date: '2026-11-04',
        text: 'web: Add a chart',
        commits: 1,
      }),
      expect.objectContaining({
        repository: 'rapport',
        date: '2026-11-02',
        text: 'rapport: Speed up Today; Fix import (+1 more)',
        commits: 3,
      }),
    ]);
    const log = await api.call('GET', '/api/accomplishments', { session: me });
    expect(log.body.accomplishments).toEqual([]);
  });

  it('does not suggest a day twice, and adds a day’s later commits to it', async () => {
    expect(await sync()).toEqual({ seen: 4, suggested: 0 });
    expect(await list()).toHaveLength(2);
    rapport.commit('me@example.com', '2026-11-02T20:00:00Z', 'Write the release note');
    expect(await sync()).toEqual({ seen: 5, suggested: 0 });
    const day = (await list()).find((s) => s.repository === 'rapport')!;
    expect(day).toMatchObject({
      commits: 4,
      text: 'rapport: Speed up Today; Fix import (+2 more)',
    });
  });

  it('keeps another user’s suggestions out of reach', async () => {
    const [mine] = await list();
    expect(await list(other)).toEqual([]);
    for (const action of ['accept', 'dismiss'] as const) {
      const response = await api.call('POST', `/api/work-suggestions/${mine!.id}/${action}`, {
        session: other,
        body: {},
      });
      expect(response.status, action).toBe(404);
    }
    // The other user's own sync of the same repository finds only their commit.
    expect(await sync(other.userId, [rapport.path])).toEqual({ seen: 1, suggested: 1 });
    expect((await list(other)).map((s) => s.text)).toEqual(['rapport: Someone else’s change']);
    expect(await list()).toHaveLength(2);
  });

  it('files an accepted suggestion on its day, with the text as the user edited it', async () => {
    const day = (await list()).find((s) => s.repository === 'rapport')!;
    const empty = await api.raw('POST', `/api/work-suggestions/${day.id}/accept`, {
      session: me,
      body: { text: '   ' },
    });
    expect(empty.status).toBe(400);
    expect(await list()).toHaveLength(2);

    const accepted = await api.call('POST', `/api/work-suggestions/${day.id}/accept`, {
      session: me,
      body: { text: 'Made Today twice as fast' },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.accomplishment).toMatchObject({
      title: 'Made Today twice as fast',
      date: '2026-11-02',
      project: 'rapport',
    });
    const log = await api.call('GET', '/api/accomplishments', { session: me });
    expect(log.body.accomplishments.map((a: { title: string }) => a.title)).toEqual([
      'Made Today twice as fast',
    ]);
    const again = await api.call('POST', `/api/work-suggestions/${day.id}/accept`, {
      session: me,
    });
    expect(again.status).toBe(409);
    expect((await list()).map((s) => s.repository)).toEqual(['web']);
  });

  it('files the suggested text when accepted as it is', async () => {
    const [webDay] = await list(other);
    const response = await api.call('POST', `/api/work-suggestions/${webDay!.id}/accept`, {
      session: other,
    });
    expect(response.status).toBe(201);
    expect(response.body.accomplishment).toMatchObject({
      title: 'rapport: Someone else’s change',
      date: '2026-11-02',
    });
  });

  it('dismisses a day for good: later syncs leave answered days alone', async () => {
    const [webDay] = await list();
    const dismissed = await api.call('POST', `/api/work-suggestions/${webDay!.id}/dismiss`, {
      session: me,
    });
    expect(dismissed.status).toBe(204);
    expect(await list()).toEqual([]);
    web.commit('me@example.com', '2026-11-04T18:00:00Z', 'Polish the chart');
    rapport.commit('me@example.com', '2026-11-02T21:00:00Z', 'One more fix');
    expect(await sync()).toEqual({ seen: 7, suggested: 0 });
    expect(await list()).toEqual([]);
    const log = await api.call('GET', '/api/accomplishments', { session: me });
    expect(log.body.accomplishments).toHaveLength(1);
  });

  it('refuses a path that is not a repository and stores nothing', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'rapport-plain-'));
    const fresh = makeRepo('fresh');
    fresh.commit('me@example.com', '2026-11-05T10:00:00Z', 'New project');
    try {
      await expect(sync(me.userId, [fresh.path, plain])).rejects.toThrow('is not a git repository');
      expect(await list()).toEqual([]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
      fresh.dispose();
    }
  });

  it('suggests from a git source added on the machine that runs Rapport, when it syncs', async () => {
    const docs = makeRepo('docs');
    try {
      docs.commit('me@example.com', '2026-11-05T16:00:00Z', 'Write the capture guide');
      const source = await createSource(
        api.ctx,
        me.userId,
        { kind: 'git', paths: [docs.path] },
        { local: true },
      );
      const report = await syncSourceNow(api.ctx, me.userId, source.id);
      expect(report).toMatchObject({ error: null, seen: 1 });
      expect((await list()).find((s) => s.repository === 'docs')).toMatchObject({
        date: '2026-11-05',
        text: 'docs: Write the capture guide',
      });
    } finally {
      docs.dispose();
    }
  });
});
