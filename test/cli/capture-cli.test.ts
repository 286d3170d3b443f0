// Capture from the command line, as the "done when" says: a real Dovecot holding mail
// from three kept people, a newsletter and a stranger who writes often; `rapport source add imap`
// (password from stdin, never printed), `source sync`, the noticed inbox, a reply owed that
// closes when the answer lands in Sent, people to add, pause/resume and rm. Built binary, SQLite.
import { spawn } from 'node:child_process';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, initCliAccount, ok, runCli } from '../support/cli';
import type { TestDatabase } from '../support/databases';
import { realServersMissing, startDovecot, type TestImapServer } from '../support/real-servers';

const missing = realServersMissing();
const MAILBOX_PASSWORD = 'imap-secret-Tr0ub4dor';
const ME = 'me@example.com';

/** runCli with something piped to stdin (runCli's stdin is closed). */
function runCliWithStdin(args: string[], env: Record<string, string>, stdin: string) {
  return new Promise<CliResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/rapport.js', ...args], {
      env: { ...process.env, DATABASE_URL: '', RAPPORT_SERVER: '', RAPPORT_TOKEN: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

function message(headers: Record<string, string>, body: string): string {
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}\r\n`;
}

describe.skipIf(Boolean(missing))(
  'rapport source, noticed and suggestions against a real mailbox',
  () => {
    let db: TestDatabase;
    let imap: TestImapServer;
    let env: Record<string, string>;
    let sourceId = '';
    const cli = (...args: string[]) => runCli(args, env);
    const json = async <T>(...args: string[]) => JSON.parse(ok(await cli(...args, '--json'))) as T;

    async function append(folder: 'INBOX' | 'Sent', raw: string, date: Date) {
      const client = new ImapFlow({
        host: imap.host,
        port: imap.port,
        secure: false,
        auth: { user: ME, pass: MAILBOX_PASSWORD },
        logger: false,
      });
      await client.connect();
      await client.append(folder, raw, [], date);
      await client.logout();
    }

    beforeAll(async () => {
      if (missing) return;
      imap = await startDovecot({ [ME]: MAILBOX_PASSWORD });
      ({ db, env } = await initCliAccount({
        owner: { email: ME },
        env: { RAPPORT_SOURCES_ALLOW_PRIVATE: '1' },
      }));
      for (const [name, email] of [
        ['Ann Lee', 'ann@example.com'],
        ['Bo Chen', 'bo@example.com'],
        ['Cy Diaz', 'cy@example.com'],
      ]) {
        ok(await cli('person', 'add', name!, '--email', email!));
      }
      const day = daysAgo(3);
      await append(
        'INBOX',
        message(
          {
            From: 'Ann Lee <ann@example.com>',
            To: ME,
            Subject: 'Budget question',
            'Message-ID': '<ann-1@example.com>',
            Date: day.toUTCString(),
          },
          'BODY-MARKER-ann: can you check the numbers?',
        ),
        day,
      );
      await append(
        'INBOX',
        message(
          {
            From: 'Bo Chen <bo@example.com>',
            To: 'team@example.com',
            Cc: ME,
            Subject: 'Notes',
            'Message-ID': '<bo-1@example.com>',
            Date: day.toUTCString(),
          },
          'BODY-MARKER-bo',
        ),
        day,
      );
      await append(
        'Sent',
        message(
          {
            From: ME,
            To: 'Cy Diaz <cy@example.com>',
            Subject: 'Lunch?',
            'Message-ID': '<me-1@example.com>',
            Date: day.toUTCString(),
          },
          'BODY-MARKER-cy',
        ),
        day,
      );
      await append(
        'INBOX',
        message(
          {
            From: 'Weekly News <news@example.com>',
            To: ME,
            Subject: 'This week',
            'List-Id': '<weekly.example.com>',
            Precedence: 'bulk',
            'Message-ID': '<news-1@example.com>',
            Date: day.toUTCString(),
          },
          'BODY-MARKER-news',
        ),
        day,
      );
      for (const n of [1, 2, 3]) {
        const when = daysAgo(n + 4);
        await append(
          'INBOX',
          message(
            {
              From: 'Dana Ruiz <dana@example.com>',
              To: ME,
              Subject: `Topic ${n}`,
              'Message-ID': `<dana-${n}@example.com>`,
              Date: when.toUTCString(),
            },
            'BODY-MARKER-dana',
          ),
          when,
        );
      }
    });

    afterAll(async () => {
      await imap?.stop();
      await db?.dispose();
    });

    const imapArgs = () => [
      'imap',
      '--host',
      imap.host,
      '--port',
      String(imap.port),
      '--no-tls',
      '--user',
      ME,
    ];

    it('tests a mailbox without saving it, and says in plain words when the password is wrong', async () => {
      const wrong = await cli('source', 'test', ...imapArgs(), '--password', 'not-the-password');
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toMatch(/authentication|password/i);
      expect(wrong.stdout + wrong.stderr).not.toContain('not-the-password');
      const right = await cli('source', 'test', ...imapArgs(), '--password', MAILBOX_PASSWORD);
      expect(ok(right)).toContain('Connection works; nothing was saved.');
      expect(await json<unknown[]>('source', 'list')).toEqual([]);
    });

    it('refuses a command line without a password, with the usage line', async () => {
      const result = await cli('source', 'add', ...imapArgs());
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('needs a password');
      expect(result.stderr).toContain('Usage: rapport source add imap [options]');
    });

    it('adds the mailbox with the password from stdin, never printing it', async () => {
      const result = await runCliWithStdin(
        [
          'source',
          'add',
          ...imapArgs(),
          '--password-stdin',
          '--name',
          'Work mail',
          '--reply-delay-hours',
          '0',
        ],
        env,
        `${MAILBOX_PASSWORD}\n`,
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Added Work mail');
      expect(result.stdout + result.stderr).not.toContain(MAILBOX_PASSWORD);
      const list = await json<Record<string, unknown>[]>('source', 'list');
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        kind: 'imap',
        name: 'Work mail',
        mode: 'review',
        paused: false,
        lastSyncAt: null,
        lastError: null,
        captured: 0,
      });
      sourceId = String(list[0]!.id);
      expect(JSON.stringify(list)).not.toContain(MAILBOX_PASSWORD);
    });

    it('syncs and prints what it saw and captured', async () => {
      const [report] = await json<{ sourceId: string; seen: number; error: string | null }[]>(
        'source',
        'sync',
        sourceId,
      );
      expect(report).toMatchObject({ sourceId, error: null });
      expect(report!.seen).toBeGreaterThanOrEqual(7);
      // Incremental: the second sync reads only what is new (nothing).
      const human = ok(await cli('source', 'sync'));
      expect(human).toBe('Work mail: saw 0, captured 0\nSynced 1 source: captured 0.\n');
    });

    it('waits for a yes in the noticed inbox: the three kept people, not the newsletter', async () => {
      const noticed =
        await json<{ id: string; channel: string; people: { name: string }[] }[]>('noticed');
      const names = noticed.flatMap((n) => n.people.map((p) => p.name)).sort();
      expect(names).toEqual(['Ann Lee', 'Bo Chen', 'Cy Diaz']);
      expect(noticed.every((n) => n.channel === 'email')).toBe(true);
      const table = ok(await cli('noticed'));
      expect(table).toContain('Ann Lee');
      expect(table).not.toContain('news@example.com');
      const bo = noticed.find((n) => n.people.some((p) => p.name === 'Bo Chen'))!;
      expect(ok(await cli('noticed', 'ignore', bo.id))).toContain('Ignored');
      expect(ok(await cli('noticed', 'accept', '--all'))).toBe('Logged 2 conversations.\n');
      expect(await json<unknown[]>('noticed')).toEqual([]);
      const ann = await json<{ interactionCount: number; lastInteractionAt: string | null }>(
        'person',
        'show',
        'Ann',
      );
      expect(ann.interactionCount).toBe(1);
      expect(ann.lastInteractionAt).not.toBeNull();
    });

    it('owes Ann a reply until the answer is in Sent', async () => {
      const owed = async () => {
        const today = await json<{ items: { kind: string; person: { name: string } }[] }>('today');
        return today.items.filter((i) => i.kind === 'reply').map((i) => i.person.name);
      };
      expect(await owed()).toEqual(['Ann Lee']);
      await append(
        'Sent',
        message(
          {
            From: ME,
            To: 'ann@example.com',
            Subject: 'Re: Budget question',
            'Message-ID': '<me-2@example.com>',
            'In-Reply-To': '<ann-1@example.com>',
            References: '<ann-1@example.com>',
            Date: new Date().toUTCString(),
          },
          'BODY-MARKER-reply',
        ),
        new Date(),
      );
      const [report] = await json<{ repliesClosed: number }[]>('source', 'sync', 'Work mail');
      expect(report!.repliesClosed).toBe(1);
      expect(await owed()).toEqual([]);
    });

    it('suggests the stranger who writes often, and adds her on request', async () => {
      const suggestions =
        await json<{ id: string; email: string; name: string | null }[]>('suggestions');
      expect(suggestions.map((s) => s.email)).toEqual(['dana@example.com']);
      expect(ok(await cli('suggestions'))).toContain('Dana Ruiz');
      expect(ok(await cli('suggestions', 'add', suggestions[0]!.id))).toContain('Added Dana Ruiz');
      expect(await json<unknown[]>('suggestions')).toEqual([]);
    });

    it('pauses, resumes, and removes the source with what it captured', async () => {
      expect(ok(await cli('source', 'pause', sourceId))).toContain('Paused Work mail');
      expect((await json<{ paused: boolean }[]>('source', 'list'))[0]!.paused).toBe(true);
      ok(await cli('source', 'resume', 'work mail'));
      expect((await json<{ paused: boolean }[]>('source', 'list'))[0]!.paused).toBe(false);

      const unconfirmed = await cli('source', 'rm', sourceId);
      expect(unconfirmed.code).toBe(2);
      expect(unconfirmed.stderr).toContain('--yes');
      expect(ok(await cli('source', 'rm', sourceId, '--yes'))).toMatch(
        /^Removed Work mail and \d+ conversations? it captured\.\n$/,
      );
      expect(await json<unknown[]>('source', 'list')).toEqual([]);
      const ann = await json<{ interactionCount: number }>('person', 'show', 'Ann');
      expect(ann.interactionCount).toBe(0);
    });

    it('says which source it does not know', async () => {
      const result = await cli('source', 'sync', 'nope');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('No source "nope"');
    });
  },
);
