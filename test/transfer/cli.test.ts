// The transfer verbs from the command line, on the built binary and a fresh SQLite folder:
// import (plan, --dry-run, --yes, --json, --map), person merge, export and restore, backup,
// and account delete.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli, runInit } from '../support/cli';
import type { TestDatabase } from '../support/databases';
import { fixturePath } from './fixtures';

describe('rapport import, export, restore, backup and account delete', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  let scratch: string;
  const cli = (...args: string[]) => runCli(args, env);
  const names = async (environment = env) =>
    (
      JSON.parse(ok(await runCli(['person', 'list', '--json'], environment))) as { name: string }[]
    ).map((p) => p.name);
  beforeAll(async () => {
    ({ db, env } = await initCliAccount());
    scratch = mkdtempSync(join(tmpdir(), 'rapport-transfer-cli-'));
  });
  afterAll(async () => {
    await db?.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('shows the plan and changes nothing without --yes', async () => {
    const plan = ok(await cli('import', fixturePath('apple-macos.vcf')));
    expect(plan).toContain('vCard file: 4 cards — 3 new');
    expect(plan).toContain('Astrid Lindqvist');
    expect(plan).toMatch(/line 67\s+a contact group, not a person/);
    expect(plan).toContain('Run again with --yes to apply');
    const dry = ok(await cli('import', fixturePath('apple-macos.vcf'), '--dry-run'));
    expect(dry).toContain('Nothing changed (dry run)');
    expect(await names()).toEqual([]);
    const json = JSON.parse(ok(await cli('import', fixturePath('outlook-2.1.vcf'), '--json')));
    expect(json).toMatchObject({ applied: false, created: 2, errors: [] });
    expect(await names()).toEqual([]);
  });

  it('applies with --yes and prints the result as JSON', async () => {
    const result = JSON.parse(
      ok(
        await cli(
          'import',
          fixturePath('apple-macos.vcf'),
          '--yes',
          '--json',
          '--kind',
          'coworker',
          '--tag',
          'mac',
        ),
      ),
    );
    expect(result).toEqual({
      created: 3,
      updated: 0,
      merged: 0,
      skipped: 0,
      errors: [{ line: 67, reason: 'a contact group, not a person' }],
    });
    expect(await names()).toEqual(['Astrid Lindqvist', 'Blue Bottle Café', 'Chidi Okafor']);
    const again = JSON.parse(
      ok(await cli('import', fixturePath('apple-macos.vcf'), '--yes', '--json')),
    );
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 3 });
    // LinkedIn knows Astrid by the same e-mail: an update, not a second Astrid.
    const linkedin = ok(await cli('import', fixturePath('linkedin-connections.csv'), '--yes'));
    expect(linkedin).toMatch(/Imported: 2 added, 1 updated/);
    expect((await names()).filter((n) => n === 'Astrid Lindqvist')).toHaveLength(1);
  });

  it('reads any CSV with --map, and says what is wrong with a bad one', async () => {
    const refused = await cli('import', fixturePath('custom-list.csv'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Which column holds the name/);
    const mapped = ok(
      await cli(
        'import',
        fixturePath('custom-list.csv'),
        '--map',
        'Name=Vollständiger Name,email=E-Post',
        '--yes',
      ),
    );
    expect(mapped).toContain('Imported: 2 added');
    expect(await names()).toContain('Karin Berger');
    const badMap = await cli('import', fixturePath('custom-list.csv'), '--map', 'shoe=Size');
    expect(badMap.code).toBe(2);
    const missing = await cli('import', join(scratch, 'nope.vcf'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read/);
  });

  it('merges one person into another', async () => {
    ok(
      await cli(
        'person',
        'add',
        'Astrid',
        'L.',
        '--email',
        'astrid.l@old.example',
        '--fact',
        'sings',
      ),
    );
    const refused = await cli('person', 'merge', 'Astrid L.', 'Astrid Lindqvist');
    expect(refused.code).toBe(2);
    const merged = ok(await cli('person', 'merge', 'Astrid L.', 'Astrid Lindqvist', '--yes'));
    expect(merged).toContain('Merged Astrid L. into Astrid Lindqvist');
    const astrid = JSON.parse(ok(await cli('person', 'show', 'Astrid Lindqvist', '--json')));
    expect(astrid.facts).toContain('sings');
    expect(await names()).not.toContain('Astrid L.');
  });

  it('exports JSON and vCard files only the user can read, and restores into an empty account', async () => {
    const json = join(scratch, 'all.json');
    const vcf = join(scratch, 'people.vcf');
    const out = ok(await cli('export', '--json', json, '--vcard', vcf));
    expect(out).toMatch(/Wrote \d+ people.* to .*all\.json/);
    expect(statSync(json).mode & 0o777).toBe(0o600);
    expect(statSync(vcf).mode & 0o777).toBe(0o600);
    expect(readFileSync(vcf, 'utf8')).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0/);
    const document = JSON.parse(readFileSync(json, 'utf8'));
    expect(document.format).toBe('rapport-export');
    expect((await cli('export')).code).toBe(2);

    const other = mkdtempSync(join(tmpdir(), 'rapport-restore-'));
    try {
      const otherEnv = { RAPPORT_DATA: other, DATABASE_URL: '' };
      ok(await runInit(otherEnv));
      const restored = ok(await runCli(['restore', json], otherEnv));
      expect(restored).toMatch(/^Restored \d+ people/);
      expect(await names(otherEnv)).toEqual(await names());
      const twice = await runCli(['restore', json], otherEnv);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/empty account/);
      writeFileSync(join(other, 'bad.json'), 'not json');
      const bad = await runCli(['restore', join(other, 'bad.json')], otherEnv);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/not a JSON export/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('backs up the SQLite database, and points PostgreSQL users to pg_dump', async () => {
    const file = join(scratch, 'backup.sqlite');
    const out = ok(await cli('backup', file));
    expect(out).toMatch(/Backed up .*rapport\.sqlite to .*backup\.sqlite/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const copy = new Database(file, { readonly: true });
    try {
      const row = copy.prepare('select count(*) as n from people').get() as { n: number };
      expect(row.n).toBe((await names()).length);
    } finally {
      copy.close();
    }
    const postgres = await runCli(['backup', file], {
      ...env,
      DATABASE_URL: 'postgres://rapport@db.internal/rapport',
    });
    expect(postgres.code).toBe(1);
    expect(postgres.stderr).toMatch(/pg_dump/);
    const remote = await cli('--server', 'http://127.0.0.1:9', 'backup', file);
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/local database/);
  });

  it('deletes the account with the password, and only with --yes', async () => {
    expect((await cli('account', 'delete', '--password', 'password1')).code).toBe(2);
    const wrong = await cli('account', 'delete', '--password', 'nope', '--yes');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/password is wrong/);
    const deleted = ok(await cli('account', 'delete', '--password', 'password1', '--yes'));
    expect(deleted).toMatch(/Deleted the account me@example.com and \d+ records/);
    const after = await cli('whoami');
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/not set up yet/);
  });
});
