// The issue's "done when" for mail, through the whole app on a real Dovecot: mail from three kept
// people and a newsletter; the sync puts the three conversations in "Rapport noticed" and nothing
// for the newsletter, a reply owed shows for the unanswered direct mail and goes once a reply is
// appended to Sent; no body text reaches the database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api';
import { callAs } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { realServersMissing, startDovecot, type TestImapServer } from '../support/real-servers';

const missing = realServersMissing();
const MARKER = 'BODY-MARKER-app-5f1d-never-stored';
const ME = 'me@example.com';
const PASSWORD = 'dovecot-Secret-77';

function message(headers: Record<string, string>) {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${lines.join('\r\n')}\r\nContent-Type: text/plain\r\n\r\nHello. ${MARKER}\r\n`;
}

describe.skipIf(missing)(`capture from Dovecot${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let server: TestImapServer;
  const append = async (folder: string, text: string) => {
    const client = new ImapFlow({
      host: server.host,
      port: server.port,
      secure: false,
      auth: { user: ME, pass: PASSWORD },
      logger: false,
    });
    await client.connect();
    try {
      await client.append(folder, text);
    } finally {
      await client.logout();
    }
  };

  // A mailbox of its own per database: the test appends a reply to Sent.
  const seed = async () => {
    server = await startDovecot({ [ME]: PASSWORD });
    for (const [i, who] of ['ann', 'ben', 'cleo'].entries()) {
      await append(
        'INBOX',
        message({
          From: `${who} <${who}@example.com>`,
          To: i === 0 ? ME : 'team@example.com',
          Cc: i === 0 ? '' : ME,
          Subject: `Question ${MARKER}`,
          Date: 'Tue, 01 Dec 2026 10:00:00 +0000',
          'Message-ID': `<q-${who}@example.com>`,
        }),
      );
    }
    await append(
      'INBOX',
      message({
        From: 'News <news@example.com>',
        To: ME,
        'List-Id': '<news.example.com>',
        Date: 'Tue, 01 Dec 2026 11:00:00 +0000',
        'Message-ID': '<n1@example.com>',
      }),
    );
  };

  describe.each(dialects())('on %s', (dialect) => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      await seed();
    });
    afterAll(async () => {
      await server?.stop();
      await db.dispose();
    });

    it('notices the three people, owes Ann a reply until it is sent, ignores the newsletter', async () => {
      let now = new Date('2026-12-02T12:00:00Z');
      const api = testApi(db, { now: () => now }, { sourcesAllowPrivate: true });
      const owner = await api.setupOwner({ email: ME });
      const token = await api.tokenFor(owner);
      const call = callAs(api, { token });
      const ids: Record<string, string> = {};
      for (const who of ['ann', 'ben', 'cleo', 'news']) {
        ids[who] = (
          await call('POST', '/api/people', { name: who, email: `${who}@example.com` })
        ).body.person.id;
      }
      const added = await call('POST', '/api/sources', {
        kind: 'imap',
        host: server.host,
        port: server.port,
        tls: false,
        user: ME,
        password: PASSWORD,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      const source = added.body.source;
      const report = (await call('POST', `/api/sources/${source.id}/sync`)).body;
      expect(report).toMatchObject({ error: null, noticed: 3, repliesOwed: 1 });
      const noticed = (await call('GET', '/api/noticed')).body.noticed;
      expect(noticed.map((n: { people: { id: string }[] }) => n.people[0]!.id).sort()).toEqual(
        [ids.ann, ids.ben, ids.cleo].sort(),
      );
      const replies = async () =>
        (await call('GET', '/api/today')).body.items.filter(
          (i: { kind: string }) => i.kind === 'reply',
        );
      expect((await replies()).map((r: { person: { id: string } }) => r.person.id)).toEqual([
        ids.ann,
      ]);

      await append(
        'Sent',
        message({
          From: ME,
          To: 'ann@example.com',
          Date: 'Wed, 02 Dec 2026 12:30:00 +0000',
          'Message-ID': '<a-ann@example.com>',
          'In-Reply-To': '<q-ann@example.com>',
          References: '<q-ann@example.com>',
        }),
      );
      now = new Date('2026-12-02T13:00:00Z');
      const again = (await call('POST', `/api/sources/${source.id}/sync`)).body;
      expect(again).toMatchObject({ error: null, repliesClosed: 1 });
      expect(await replies()).toEqual([]);

      // Neither the bodies nor the subjects (off) nor the password reached the database: every
      // row of every table, and on SQLite the file's bytes themselves (WAL included).
      const tables =
        dialect === 'sqlite'
          ? await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'table'`.execute(db.store.db)
          : await sql<{
              name: string;
            }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
              db.store.db,
            );
      expect(tables.rows.length).toBeGreaterThan(20);
      for (const { name } of tables.rows) {
        const rows = await sql`select * from ${sql.table(name)}`.execute(db.store.db);
        const text = JSON.stringify(rows.rows);
        expect(text, name).not.toContain(MARKER);
        expect(text, name).not.toContain(PASSWORD);
      }
      if (dialect === 'sqlite') {
        for (const file of readdirSync(db.dataDir).filter((f) => f.startsWith('rapport.sqlite'))) {
          const bytes = readFileSync(join(db.dataDir, file));
          expect(bytes.includes(MARKER), file).toBe(false);
          expect(bytes.includes(PASSWORD), file).toBe(false);
        }
      }
    });
  });
});
