// `rapport brag suggested`: the accomplishments suggested from the user's commits, accepted (as
// suggested or reworded) or dismissed from the command line. Runs the built binary on a fresh
// SQLite data folder; the suggestions come from a real repository synced as a git source is.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncGitPaths } from '../../src/app/capture/work-suggestions';
import { createAppContext } from '../../src/app/context';
import { gitClient } from '../../src/integrations/capture/git';
import { openSqlite, type Store } from '../../src/store/database';
import { initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';
import { makeRepo, type TestRepo } from '../support/git-repos';

interface Suggestion {
  id: string;
  repository: string;
  date: string;
  text: string;
  commits: number;
}

describe('rapport brag suggested', () => {
  let db: TestDatabase;
  let store: Store;
  let repo: TestRepo;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);
  const suggestions = async () =>
    JSON.parse(ok(await cli('brag', 'suggested', '--json'))) as Suggestion[];

  beforeAll(async () => {
    ({ db, env } = await initCliAccount({ env: { RAPPORT_SMTP_URL: '' } }));
    repo = makeRepo('rapport');
    repo.commit('me@example.com', '2026-11-02T09:00:00Z', 'Speed up Today');
    repo.commit('me@example.com', '2026-11-02T10:00:00Z', 'Fix import');
    repo.commit('me@example.com', '2026-11-03T10:00:00Z', 'Try a thing');
    repo.commit('someone@example.com', '2026-11-03T11:00:00Z', 'Not mine');
    store = await openSqlite(join(db.dataDir, 'rapport.sqlite'));
    const ctx = createAppContext(
      store,
      { now: () => new Date('2026-11-06T12:00:00Z') },
      { secret: 'x', openSignup: false, publicUrl: null },
    );
    const user = await store.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    await syncGitPaths(ctx, user.id, [repo.path], '2026-10-01T00:00:00Z', gitClient);
  });
  afterAll(async () => {
    await store.close();
    repo.dispose();
    await db?.dispose();
  });

  it('lists what the commits suggest, and files one only when accepted', async () => {
    const listed = ok(await cli('brag', 'suggested'));
    expect(listed).toContain('rapport: Speed up Today; Fix import');
    expect(listed).toContain('rapport: Try a thing');
    expect(listed).not.toContain('Not mine');
    const [thing, today] = await suggestions();
    expect(today).toMatchObject({ date: '2026-11-02', commits: 2 });
    expect(thing).toMatchObject({ date: '2026-11-03', commits: 1 });

    const before = JSON.parse(
      ok(await cli('brag', '--from', '2026-11-01', '--to', '2026-11-30', '--json')),
    );
    expect(before.accomplishments).toEqual([]);

    const accepted = ok(
      await cli('brag', 'suggested', 'accept', today!.id, '--text', 'Made Today fast'),
    );
    expect(accepted).toMatch(/^Logged: Made Today fast \(2026-11-02\) · id: \S+/);
    ok(await cli('brag', 'suggested', 'dismiss', thing!.id));
    expect(await suggestions()).toEqual([]);
    expect(ok(await cli('brag', 'suggested'))).toContain('No suggestions from your commits.');

    const after = JSON.parse(
      ok(await cli('brag', '--from', '2026-11-01', '--to', '2026-11-30', '--json')),
    );
    expect(after.accomplishments.map((a: { title: string }) => a.title)).toEqual([
      'Made Today fast',
    ]);
  });

  it('says plainly when a suggestion is unknown or already answered', async () => {
    const unknown = await cli('brag', 'suggested', 'accept', 'nosuchid');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/not found/i);
    const usage = await cli('brag', 'suggested', 'accept');
    expect(usage.code).toBe(2);
  });
});
