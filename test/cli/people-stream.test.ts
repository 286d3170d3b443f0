// People from the command line, as a trial user met them: marking someone new (or a new hire),
// guessing when you last talked, two people of one name told apart by id, one change to many
// people with `person edit --all`, a logged reply that closes what was owed, and an import that
// asks how well you know the people. Runs the built binary on a fresh SQLite data folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';

interface PersonJson {
  id: string;
  name: string;
  kind: string;
  tags: string[];
  paused: boolean;
  cadenceOverride: number | null;
  newSince: string | null;
  lastTalkedEstimate: string | null;
}

describe('rapport people: new, estimates, ids, bulk edits, closing replies', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  let scratch: string;
  const cli = (...args: string[]) => runCli(args, env);
  const list = async (...filters: string[]) =>
    JSON.parse(ok(await cli('person', 'list', ...filters, '--json'))) as PersonJson[];
  const show = async (name: string) =>
    JSON.parse(ok(await cli('person', 'show', name, '--json'))) as PersonJson;

  beforeAll(async () => {
    ({ db, env } = await initCliAccount());
    scratch = mkdtempSync(join(tmpdir(), 'rapport-people-cli-'));
  });
  afterAll(async () => {
    await db?.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('marks people new only when told, and keeps a rough last-talked date', async () => {
    const added = ok(await cli('person', 'add', 'Nina', 'Neu', '--kind', 'new-hire'));
    expect(added).toMatch(/^Added Nina Neu \(coworker, .*new: Today suggests saying hello/m);
    const nina = await show('Nina Neu');
    expect(nina.kind).toBe('coworker');
    expect(nina.newSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    ok(await cli('person', 'add', 'Otto Alt', '--last-talked', '3 weeks ago'));
    const otto = await show('Otto Alt');
    expect(otto.newSince).toBeNull();
    const ago = (Date.now() - Date.parse(`${otto.lastTalkedEstimate}T12:00:00Z`)) / 86_400_000;
    expect(Math.round(ago)).toBeGreaterThanOrEqual(20);
    expect(Math.round(ago)).toBeLessThanOrEqual(22);
    expect(ok(await cli('person', 'show', 'Otto Alt'))).toMatch(
      /last talked: ~3 weeks ago \(estimate\)/,
    );

    ok(await cli('person', 'edit', 'Nina', '--not-new'));
    expect((await show('Nina Neu')).newSince).toBeNull();
    ok(await cli('person', 'edit', 'Otto', '--new', '--last-talked', 'never'));
    expect(await show('Otto Alt')).toMatchObject({ lastTalkedEstimate: null });
    expect((await show('Otto Alt')).newSince).not.toBeNull();

    const future = await cli('person', 'edit', 'Otto', '--last-talked', 'tomorrow');
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/future/);
    const help = ok(await cli('person', 'add', '--help'));
    expect(help).toContain('new-hire (a coworker marked new)');
  }, 180_000);

  it('warns when the name exists, adds anyway, and tells the two apart by id', async () => {
    const first = JSON.parse(ok(await cli('person', 'add', 'Alex', 'Kim', '--json'))) as PersonJson;
    const second = await cli('person', 'add', 'Alex', 'Kim');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      `Note: you already have 1 person called Alex Kim (id ${first.id})`,
    );
    const both = (await list()).filter((p) => p.name === 'Alex Kim');
    expect(both).toHaveLength(2);
    const other = both.find((p) => p.id !== first.id)!;

    const ambiguous = await cli('log', 'Alex', 'Kim', '--via', 'chat');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(
      /"Alex Kim" matches 2 people: Alex Kim \(\w{6,}\), Alex Kim \(\w{6,}\)\. Use the id/,
    );

    // The full id, or its start, works wherever a name does.
    ok(await cli('log', other.id.slice(0, 8), '--via', 'call'));
    const shown = JSON.parse(ok(await cli('person', 'show', other.id, '--json')));
    expect(shown.interactionCount).toBe(1);
    ok(await cli('owe', first.id, 'the', 'deck'));
    expect(ok(await cli('person', 'show', first.id))).toContain('the deck');
  }, 180_000);

  it('changes everyone the filters select with person edit --all, and says how many', async () => {
    ok(await cli('person', 'add', 'Bulk One', '--kind', 'other', '--tag', 'conf'));
    ok(await cli('person', 'add', 'Bulk Two', '--kind', 'other', '--tag', 'conf'));
    ok(await cli('person', 'add', 'Bulk Three', '--kind', 'friend', '--tag', 'conf'));
    const out = ok(
      await cli(
        'person',
        'edit',
        '--all',
        '--where-kind',
        'other',
        '--where-tag',
        'conf',
        '--kind',
        'network',
        '--tag',
        'berlin',
        '--every',
        '2w',
      ),
    );
    expect(out.trim()).toBe('Changed 2 people.');
    const berlin = await list('--tag', 'berlin');
    expect(berlin.map((p) => p.name).sort()).toEqual(['Bulk One', 'Bulk Two']);
    expect(berlin.every((p) => p.kind === 'network' && p.cadenceOverride === 14)).toBe(true);
    expect(berlin.every((p) => p.tags.includes('conf'))).toBe(true);

    const pause = ok(await cli('person', 'edit', '--all', '--where-tag', 'conf', '--pause'));
    expect(pause.trim()).toBe('Changed 3 people.');
    expect((await list('--tag', 'conf')).every((p) => p.paused)).toBe(true);
    const again = ok(await cli('person', 'edit', '--all', '--where-tag', 'conf', '--pause'));
    expect(again.trim()).toBe('Changed 0 people (3 already so).');

    const refused = await cli('person', 'edit', '--all', '--email', 'x@example.com');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/--email cannot go to everyone at once/);
    expect(ok(await cli('person', 'edit', '--help'))).toContain('--tag T ADDS a tag');
  }, 180_000);

  it('closes replies owed when the conversation is logged with --closes', async () => {
    ok(await cli('person', 'add', 'Rita Reply'));
    ok(await cli('owe', 'Rita', 'the slides'));
    ok(await cli('owe', 'Rita', 'the budget'));
    expect(ok(await cli('person', 'show', 'Rita'))).toContain('the budget');
    const one = ok(await cli('log', 'Rita', '--via', 'email', '--closes'));
    expect(one).toContain('Closed: reply to Rita Reply — the slides');
    expect(one).toContain('Closed: reply to Rita Reply — the budget');
    expect(ok(await cli('person', 'show', 'Rita'))).not.toContain('the budget');
    const none = ok(await cli('log', 'Rita', '--via', 'email', '--closes'));
    expect(none).toContain('No open replies owed to Rita Reply; nothing to close.');
  }, 180_000);

  it('asks nothing without a terminal, and takes --familiarity', async () => {
    const file = join(scratch, 'team.vcf');
    const card = (name: string) =>
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        `FN:${name}`,
        'TEL;TYPE=WORK:+49 30 1234567',
        'END:VCARD',
      ].join('\r\n');
    writeFileSync(file, ['Alice Arendt', 'Bob Brandt', 'Carol Cramer'].map(card).join('\r\n'));
    const plan = ok(await cli('import', file));
    expect(plan).toContain('3 new');
    expect(plan).toContain('Last talked is estimated as "now and then"');
    const applied = ok(await cli('import', file, '--yes', '--familiarity', 'rarely'));
    expect(applied).toContain('Imported: 3 added');
    const team = (await list()).filter((p) =>
      ['Alice Arendt', 'Bob Brandt', 'Carol Cramer'].includes(p.name),
    );
    expect(team).toHaveLength(3);
    expect(team.every((p) => p.newSince === null && p.lastTalkedEstimate !== null)).toBe(true);
    const bad = await cli('import', file, '--familiarity', 'besties');
    expect(bad.code).not.toBe(0);
  }, 180_000);
});
