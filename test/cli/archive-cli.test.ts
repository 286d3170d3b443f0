// `rapport person archive|restore NAME` and `person list --archived`: an archived person leaves
// the list, `person show` still finds them and `--json` carries `archivedAt`. Runs the built
// binary, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli } from '../support/cli';
import { dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('rapport person archive and restore on %s', (dialect) => {
  let db: TestDatabase;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);
  const names = async (...flags: string[]) =>
    (JSON.parse(ok(await cli('person', 'list', '--json', ...flags))) as { name: string }[]).map(
      (p) => p.name,
    );

  beforeAll(async () => {
    ({ db, env } = await initCliAccount({ dialect }));
    ok(await cli('person', 'add', 'Greta Gruber', '--fact', 'plays the cello'));
    ok(await cli('person', 'add', 'Hans Huber'));
  });
  afterAll(() => db.dispose());

  it('archives someone off the list and lists them with --archived', async () => {
    expect(ok(await cli('person', 'archive', 'Greta'))).toContain('Archived Greta Gruber.');
    expect(await names()).toEqual(['Hans Huber']);
    expect(ok(await cli('person', 'list', '--archived'))).toMatch(/Greta Gruber .*archived \d{4}-/);
  });

  it('still shows an archived person, with archivedAt in the JSON', async () => {
    const shown = JSON.parse(ok(await cli('person', 'show', 'Greta', '--json')));
    expect(shown.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(shown.facts).toEqual(['plays the cello']);
    expect(ok(await cli('person', 'show', 'Greta'))).toMatch(/archived: .*person restore/);
  });

  it('tells a command for the people kept that the name is archived', async () => {
    const edit = await cli('person', 'edit', 'Greta', '--tag', 'music');
    expect(edit.code).toBe(1);
    expect(edit.stderr).toContain('Greta Gruber is archived: `rapport person restore Greta`');
  });

  it('restores them to the list', async () => {
    expect(ok(await cli('person', 'restore', 'Greta'))).toContain('Restored Greta Gruber.');
    expect(await names()).toEqual(['Greta Gruber', 'Hans Huber']);
    expect(ok(await cli('person', 'list', '--archived'))).toContain('No one is archived.');
  });

  it('says so when nobody archived has that name, changing nothing', async () => {
    const restore = await cli('person', 'restore', 'Hans');
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/No one called "Hans"/);
    expect(await names()).toEqual(['Greta Gruber', 'Hans Huber']);
  });
});
