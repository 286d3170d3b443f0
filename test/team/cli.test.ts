// `rapport team …` as a user types it: the built binary on a SQLite data folder whose accounts
// were made through the API (the CLI acts as each with --as).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, testApi } from '../support/api';
import { ok, runCli } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/databases';

describe('rapport team', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  let ann: Session;
  let bo: Session;
  const cli = (...args: string[]) => runCli(args, env);
  const json = async <T = any>(...args: string[]) => JSON.parse(ok(await cli(...args))) as T;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const api = testApi(db);
    const owner = await api.setupOwner({ name: 'Olga Owner' });
    ann = await api.addMember(owner, { name: 'Ann Lee', timeZone: 'America/New_York' });
    bo = await api.addMember(owner, { name: 'Bo Chen' });
    env = { RAPPORT_DATA: db.dataDir, DATABASE_URL: '', RAPPORT_PUBLIC_URL: '' };
  });
  afterAll(() => db.dispose());

  it('creates a workspace, invites by link, and joins with the link or the token', async () => {
    expect(ok(await cli('team', 'create', 'Acme'))).toMatch(/Created workspace "Acme"/);
    // Ann and Bo are new to the team: they are introduced (founding members would not be).
    const invite = await json<{ url: string; token: string }>(
      'team',
      'invite',
      '--newcomer',
      '--json',
    );
    expect(invite.url).toContain(`/team/join/${invite.token}`);
    expect(ok(await cli('--as', ann.email, 'team', 'join', invite.url))).toMatch(/Joined "Acme"/);
    ok(await cli('--as', bo.email, 'team', 'join', invite.token));
    const list = ok(await cli('team', 'list'));
    expect(list).toMatch(/NAME\s+ROLE\s+MEMBERS\s+ID/);
    expect(list).toMatch(/Acme\s+admin\s+3/);
  });

  it('shows the first hellos of a join on Today', async () => {
    const today = ok(await cli('--as', bo.email, 'today'));
    expect(today).toMatch(/First hellos\n {2}· Say hello to (Olga Owner|Ann Lee)\n/);
    expect(today).toContain('You were introduced when you joined Acme');
    expect(ok(await cli('today'))).toContain('· Welcome Bo Chen (joined Acme)');
  });

  it('shares only the chosen profile fields in the directory', async () => {
    const profile = ok(
      await cli(
        '--as',
        ann.email,
        'team',
        'profile',
        '--share',
        'tz,interests,city',
        '--interests',
        'chess, climbing',
        '--city',
        'Porto',
        '--team',
        'Payments',
      ),
    );
    expect(profile).toMatch(/shared\s+city: Porto/);
    expect(profile).toMatch(/private\s+team: Payments/);
    const members = await json<Record<string, unknown>[]>(
      '--as',
      bo.email,
      'team',
      'directory',
      '--json',
    );
    const entry = members.find((m) => m.id === ann.userId);
    expect(entry).toEqual({
      id: ann.userId,
      name: 'Ann Lee',
      workspaceRole: 'member',
      timeZone: 'America/New_York',
      interests: ['chess', 'climbing'],
      city: 'Porto',
    });
    const table = ok(await cli('--as', bo.email, 'team', 'directory'));
    expect(table).toMatch(/Ann Lee\s+America\/New_York\s+Porto\s+chess, climbing/);
    expect(table).not.toContain('Payments');
    const wrong = await cli('team', 'profile', '--share', 'shoe-size');
    expect(wrong.code).toBe(2);
  });

  it('pairs everyone (three make a trio) and records who met', async () => {
    // Coffee is opt-in: nobody is paired before saying yes.
    const before = ok(await cli('team', 'pair', '--dry-run'));
    expect(before).not.toMatch(/Olga Owner/);
    const off = ok(await cli('--as', ann.email, 'team', 'profile'));
    expect(off).toMatch(/coffee\s+off: you are not paired until you say yes/);
    expect((await cli('team', 'profile', '--coffee', 'maybe')).code).toBe(2);
    for (const who of [[], ['--as', ann.email], ['--as', bo.email]]) {
      const on = ok(await cli(...who, 'team', 'profile', '--coffee', 'on'));
      expect(on).toMatch(/coffee\s+on: you are paired/);
    }
    const result = await json<{ round: { groups: { members: { name: string }[] }[] } }>(
      'team',
      'pair',
      '--json',
    );
    expect(result.round.groups).toHaveLength(1);
    expect(result.round.groups[0]!.members.map((m) => m.name).sort()).toEqual([
      'Ann Lee',
      'Bo Chen',
      'Olga Owner',
    ]);
    expect(ok(await cli('--as', ann.email, 'team', 'met', 'bo'))).toBe('Noted: you met Bo Chen.\n');
    const again = await cli('--as', ann.email, 'team', 'met', 'olga', '--answer', 'again');
    expect(again.stdout).toMatch(/want to meet again Olga Owner/);
    const stranger = await cli('--as', ann.email, 'team', 'met', 'zed');
    expect(stranger.code).toBe(1);
    const dry = ok(await cli('team', 'pair', '--dry-run'));
    expect(dry).toMatch(/^Dry run of \d{4}-\d{2}-\d{2} in Acme:/);
  });

  it('shows the water-cooler prompt and takes answers', async () => {
    const answered = ok(await cli('--as', bo.email, 'team', 'prompts', '--answer', 'A fern'));
    expect(answered).toMatch(/\?\n {2}Bo Chen: A fern\n$/);
    const seen = ok(await cli('--as', ann.email, 'team', 'prompts'));
    expect(seen).toContain('Bo Chen: A fern');
  });

  it('asks which workspace when there are several', async () => {
    ok(await cli('--as', ann.email, 'team', 'create', 'Side'));
    const ambiguous = await cli('--as', ann.email, 'team', 'directory');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/several workspaces \(Acme, Side\): add --workspace NAME/);
    const picked = await json<unknown[]>(
      '--as',
      ann.email,
      'team',
      'directory',
      '--workspace',
      'acme',
      '--json',
    );
    expect(picked).toHaveLength(3);
  });
});
