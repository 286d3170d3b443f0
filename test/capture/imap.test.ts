// The IMAP mail client against a real Dovecot: real mail APPENDed into INBOX and Sent, read back
// through imapflow as headers only.
import { createServer, type Socket } from 'node:net';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImapConfig } from '../../src/app/ports/capture';
import { readMail } from '../../src/domain/capture/mail';
import { createImapMailClient, imapMailClient } from '../../src/integrations/capture/imap';
import { realServersMissing, startDovecot, type TestImapServer } from '../support/real-servers';

const missing = realServersMissing();
const BODY_MARKER = 'BODY-MARKER-c0ffee-never-stored';
const PRIVATE = { allowPrivate: true };
const SINCE = '2026-01-01T00:00:00Z';

function message(headers: Record<string, string>, body = `Hello.\r\n${BODY_MARKER}\r\n`) {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `${lines.join('\r\n')}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`;
}

describe.skipIf(missing)(
  `IMAP capture on Dovecot${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: TestImapServer;
    const user = 'me@example.com';
    const password = 'dovecot-Secret-41';

    const config = (overrides: Partial<ImapConfig> = {}): ImapConfig => ({
      host: server.host,
      port: server.port,
      tls: false,
      user,
      password,
      ...overrides,
    });

    async function withAppender<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
      const client = new ImapFlow({
        host: server.host,
        port: server.port,
        secure: false,
        auth: { user, pass: password },
        logger: false,
      });
      await client.connect();
      try {
        return await work(client);
      } finally {
        await client.logout();
      }
    }

    beforeAll(async () => {
      server = await startDovecot({ [user]: password });
      await withAppender(async (client) => {
        await client.append(
          'INBOX',
          message({
            From: '=?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?= <Renee@Example.org>',
            To: 'Me <me@example.com>, undisclosed: ;',
            Cc: 'Team: bob@example.org, "Carol, C." <carol@example.org>;',
            Date: 'Mon, 2 Mar 2026 10:00:00 +0100 (CET)',
            'Message-ID': '<A1@Example.org>',
            Subject: '=?UTF-8?B?UmU6IETDqWpldW5lcg==?= =?UTF-8?B?IGRlbWFpbg==?=',
          }),
          [],
          new Date('2026-03-02T09:00:05Z'),
        );
        await client.append(
          'INBOX',
          message({
            From: 'Weekly News <news@lists.example.org>',
            To: 'me@example.com',
            Date: 'not a date at all',
            'Message-ID': '<n1@lists.example.org>',
            'List-Id': 'Weekly <weekly.lists.example.org>',
            Precedence: 'bulk',
            Subject: 'This week',
          }),
          [],
          new Date('2026-03-03T07:00:00Z'),
        );
        // Older than the reach-back: not read on the first sync.
        await client.append(
          'INBOX',
          message({
            From: 'old@example.org',
            To: 'me@example.com',
            Date: 'Tue, 1 Jul 2025 10:00:00 +0000',
            Subject: 'Ancient',
          }),
          [],
          new Date('2025-07-01T10:00:00Z'),
        );
        await client.append(
          'Sent',
          message({
            From: 'me@example.com',
            To: 'renee@example.org',
            Date: 'Mon, 2 Mar 2026 12:30:00 +0000',
            'Message-ID': '<m1@example.com>',
            'In-Reply-To': '<a1@example.org>',
            References: '<a0@example.org>\r\n <a1@example.org>',
            Subject: 'Re: Déjeuner demain',
          }),
          ['\\Seen'],
          new Date('2026-03-02T12:30:01Z'),
        );
      });
    });

    afterAll(async () => {
      await server?.stop();
    });

    it('reads INBOX and Sent headers since the reach-back date, and never a body', async () => {
      const progress: number[] = [];
      const batch = await imapMailClient.sync(config(), null, SINCE, PRIVATE, {
        keepSubjects: false,
        onProgress: (seen) => progress.push(seen),
      });
      const json = JSON.stringify(batch);
      expect(json).not.toContain(BODY_MARKER);
      expect(json).not.toContain('Hello.');
      expect(json).not.toMatch(/d[ée]jeuner/i);
      expect(batch.messages).toHaveLength(3);
      expect(progress.at(-1)).toBe(3);

      const [renee, news, sent] = batch.messages;
      expect(renee).toMatchObject({
        folder: 'inbox',
        messageId: 'a1@example.org',
        inReplyTo: null,
        references: [],
        date: '2026-03-02T09:00:00.000Z',
        from: { email: 'renee@example.org', name: 'Renée Müller' },
        to: [{ email: 'me@example.com', name: 'Me' }],
        cc: [
          { email: 'bob@example.org', name: null },
          { email: 'carol@example.org', name: 'Carol, C.' },
        ],
        subject: null,
        listId: null,
      });
      expect(renee?.externalId).toMatch(/^inbox:\d+:1$/);
      expect(news).toMatchObject({
        // The Date header is garbled: the server's received date stands in.
        date: '2026-03-03T07:00:00.000Z',
        listId: 'Weekly <weekly.lists.example.org>',
        precedence: 'bulk',
      });
      expect(sent).toMatchObject({
        folder: 'sent',
        messageId: 'm1@example.com',
        inReplyTo: 'a1@example.org',
        references: ['a0@example.org', 'a1@example.org'],
        from: { email: 'me@example.com', name: null },
      });
      // The reply and the original thread by the same normalized-subject hash.
      expect(renee?.subjectKey).toMatch(/^[0-9a-f]{32}$/);
      expect(sent?.subjectKey).toBe(renee?.subjectKey);
    });

    it('fetches in bounded batches, reporting progress after each', async () => {
      const progress: number[] = [];
      const batch = await createImapMailClient({ batchSize: 1 }).sync(
        config(),
        null,
        SINCE,
        PRIVATE,
        { keepSubjects: false, onProgress: (seen) => progress.push(seen) },
      );
      expect(progress).toEqual([1, 2, 3]);
      expect(batch.messages.map((m) => m.folder)).toEqual(['inbox', 'inbox', 'sent']);
    });

    it('keeps the subject text only when asked, and marks nothing as read', async () => {
      const batch = await imapMailClient.sync(config(), null, SINCE, PRIVATE, {
        keepSubjects: true,
      });
      expect(batch.messages[0]?.subject).toBe('Re: Déjeuner demain');
      const flags = await withAppender(async (client) => {
        const lock = await client.getMailboxLock('INBOX', { readOnly: true });
        try {
          return (await client.fetchAll('1:*', { flags: true })).map((m) => [...(m.flags ?? [])]);
        } finally {
          lock.release();
        }
      });
      expect(flags.flat()).not.toContain('\\Seen');
    });

    it('reads only new mail on the next sync, and nothing when nothing came', async () => {
      const first = await imapMailClient.sync(config(), null, SINCE, PRIVATE, {
        keepSubjects: false,
      });
      const quiet = await imapMailClient.sync(config(), first.cursor, SINCE, PRIVATE, {
        keepSubjects: false,
      });
      expect(quiet.messages).toEqual([]);
      await withAppender((client) =>
        client.append(
          'INBOX',
          message({
            From: 'bob@example.org',
            To: 'me@example.com',
            Date: 'Wed, 4 Mar 2026 08:00:00 +0000',
            'Message-ID': '<b1@example.org>',
          }),
        ),
      );
      const next = await imapMailClient.sync(config(), quiet.cursor, SINCE, PRIVATE, {
        keepSubjects: false,
      });
      expect(next.messages.map((m) => m.messageId)).toEqual(['b1@example.org']);
      // Headers that are missing are empty, not errors.
      expect(next.messages[0]).toMatchObject({ cc: [], subjectKey: null, references: [] });
    });

    it('starts a folder over when its UIDVALIDITY changed', async () => {
      const before = await imapMailClient.sync(config(), null, SINCE, PRIVATE, {
        keepSubjects: false,
      });
      const oldSent = before.messages.find((m) => m.folder === 'sent')!.externalId;
      await withAppender(async (client) => {
        await client.mailboxDelete('Sent');
        await client.mailboxCreate('Sent');
        await client.append(
          'Sent',
          message({
            From: 'me@example.com',
            To: 'bob@example.org',
            Date: 'Thu, 5 Mar 2026 08:00:00 +0000',
            'Message-ID': '<m2@example.com>',
          }),
        );
      });
      const after = await imapMailClient.sync(config(), before.cursor, SINCE, PRIVATE, {
        keepSubjects: false,
      });
      const sent = after.messages.filter((m) => m.folder === 'sent');
      expect(sent.map((m) => m.messageId)).toEqual(['m2@example.com']);
      expect(sent[0]!.externalId.split(':')[1]).not.toBe(oldSent.split(':')[1]);
      expect(after.messages.filter((m) => m.folder === 'inbox')).toEqual([]);
    });

    it('gives the domain what it needs: a reply owed, closed once the answer is in Sent', async () => {
      const ctx = {
        myEmails: new Set([user]),
        personByEmail: new Map([['carol@example.org', 'p-carol']]),
        ignoredPersonIds: new Set<string>(),
        timeZone: 'Europe/Paris',
        keepSubjects: false,
      };
      const read = async (cursor: string | null) =>
        imapMailClient.sync(config(), cursor, SINCE, PRIVATE, { keepSubjects: false });
      const start = await read(null);
      await withAppender((client) =>
        client.append(
          'INBOX',
          message({
            From: 'Carol <Carol@Example.org>',
            To: user,
            Date: 'Fri, 6 Mar 2026 09:00:00 +0000',
            'Message-ID': '<C1@Example.org>',
            Subject: 'Quick question',
          }),
        ),
      );
      const asked = await read(start.cursor);
      const owed = readMail(asked.messages, { ...ctx, openThreads: [] });
      expect(owed.repliesOwed).toEqual([
        expect.objectContaining({ threadKey: 'c1@example.org', personId: 'p-carol' }),
      ]);
      expect(owed.conversations).toEqual([
        expect.objectContaining({ externalId: 'mail:p-carol:2026-03-06', initiator: 'them' }),
      ]);
      await withAppender((client) =>
        client.append(
          'Sent',
          message({
            From: user,
            To: 'carol@example.org',
            Date: 'Fri, 6 Mar 2026 11:00:00 +0000',
            'Message-ID': '<r1@example.com>',
            'In-Reply-To': '<c1@example.org>',
            References: '<c1@example.org>',
            Subject: 'Re: Quick question',
          }),
        ),
      );
      const answered = await read(asked.cursor);
      expect(
        readMail(answered.messages, { ...ctx, openThreads: owed.repliesOwed }).answered,
      ).toEqual([{ threadKey: 'c1@example.org', at: '2026-03-06T11:00:00.000Z' }]);
    });

    it('tests a mailbox by listing its folders', async () => {
      const result = await imapMailClient.test(config(), PRIVATE);
      expect(result.folders).toEqual(expect.arrayContaining(['INBOX', 'Sent']));
    });

    it('names the folders when the chosen Sent folder does not exist', async () => {
      const error = await imapMailClient
        .sync(config({ sentFolder: 'Sent Items' }), null, SINCE, PRIVATE, { keepSubjects: false })
        .catch((e: Error) => e);
      expect(String((error as Error).message)).toMatch(
        /^The mailbox Sent Items does not exist \(folders: .*INBOX.*Sent/,
      );
      await expect(
        imapMailClient.test(config({ sentFolder: 'Sent Items' }), PRIVATE),
      ).rejects.toThrow('The mailbox Sent Items does not exist');
    });

    it('says when TLS is on but the server does not speak it', async () => {
      await expect(imapMailClient.test(config({ tls: true }), PRIVATE)).rejects.toThrow(
        `Could not connect to ${server.host}:${server.port}: the server does not speak TLS on this port`,
      );
    });

    it('refuses loopback unless the operator allows private addresses', async () => {
      await expect(imapMailClient.test(config(), { allowPrivate: false })).rejects.toThrow(
        /private or local address/,
      );
    });

    // Last: Dovecot slows down logins from an address after a failed one.
    it('says the password was refused in plain words', async () => {
      await expect(
        imapMailClient.sync(config({ password: 'wrong-one' }), null, SINCE, PRIVATE, {
          keepSubjects: false,
        }),
      ).rejects.toThrow(/^IMAP said: authentication failed$/);
    });
  },
);

describe('IMAP capture against servers that do not work', () => {
  it('says when nothing listens on the port', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    await expect(
      imapMailClient.test(
        { host: '127.0.0.1', port, tls: false, user: 'u', password: 'p' },
        PRIVATE,
      ),
    ).rejects.toThrow(`Could not connect to 127.0.0.1:${port} (connection refused)`);
  });

  it('gives up on a server that accepts the connection and never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const client = createImapMailClient({ greetingTimeoutMs: 600, socketTimeoutMs: 1_000 });
      const started = Date.now();
      await expect(
        client.test({ host: '127.0.0.1', port, tls: false, user: 'u', password: 'p' }, PRIVATE),
      ).rejects.toThrow(
        `Could not connect to 127.0.0.1:${port}: the server did not answer within 0.6 s`,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
