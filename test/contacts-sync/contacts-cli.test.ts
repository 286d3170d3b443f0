// `rapport contacts` on the built binary, local data, against a real Radicale: add (the password
// never printed), list --json in the contract's shape, sync --json, conflicts --json, pause, rm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';
import { phoneCard } from '../support/phone-cards';
import {
  makeAddressBook,
  realServersMissing,
  startRadicale,
  type TestDavServer,
} from '../support/real-servers';

const PASSWORD = 'cli-phone-secret-3';

describe.skipIf(realServersMissing())('rapport contacts', () => {
  let db: TestDatabase;
  let dav: TestDavServer;
  let env: Record<string, string>;
  const cli = (...args: string[]) => runCli(args, env);

  beforeAll(async () => {
    dav = await startRadicale({ phone: PASSWORD });
    ({ db, env } = await initCliAccount({ env: { RAPPORT_SOURCES_ALLOW_PRIVATE: '1' } }));
    const book = await makeAddressBook(dav, 'phone', 'contacts', 'Contacts');
    const put = await dav.request(
      'phone',
      'PUT',
      `${book}PHONE-1.vcf`,
      phoneCard('PHONE-1', 'Ada Lovelace', 'ada@example.com'),
      {
        'content-type': 'text/vcard',
      },
    );
    expect(put.status).toBe(201);
  });
  afterAll(async () => {
    await db?.dispose();
    await dav?.stop();
  });

  it('connects, lists, syncs, shows conflicts, pauses and disconnects', async () => {
    const added = ok(
      await cli('contacts', 'add', dav.url, '--user', 'phone', '--password', PASSWORD),
    );
    expect(added).toContain('Connected "Contacts"');
    expect(added).not.toContain(PASSWORD);
    const list = JSON.parse(ok(await cli('contacts', 'list', '--json')));
    expect(list).toEqual([
      expect.objectContaining({
        url: dav.url,
        book: 'Contacts',
        lastSyncAt: null,
        lastError: null,
        conflicts: 0,
      }),
    ]);
    expect(JSON.stringify(list)).not.toContain(PASSWORD);
    const reports = JSON.parse(ok(await cli('contacts', 'sync', '--json')));
    expect(reports).toMatchObject([{ id: list[0].id, added: 1, conflicts: 0 }]);
    const people = JSON.parse(ok(await cli('person', 'list', '--json'))) as { name: string }[];
    expect(people.map((p) => p.name)).toContain('Ada Lovelace');
    expect(JSON.parse(ok(await cli('contacts', 'conflicts', '--json')))).toEqual([]);
    ok(await cli('contacts', 'pause', 'Contacts'));
    expect(JSON.parse(ok(await cli('contacts', 'sync', '--json')))).toEqual([]);
    expect(ok(await cli('contacts', 'sync', list[0].id))).toContain('0 added');
    ok(await cli('contacts', 'rm', list[0].id));
    expect(JSON.parse(ok(await cli('contacts', 'list', '--json')))).toEqual([]);
    const wrong = await cli('contacts', 'add', dav.url, '--user', 'phone', '--password', 'nope');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/refused the user name or password/);
  }, 120_000); // Fifteen runs of the built CLI and three syncs: 12 s alone, more beside the whole suite.
});
