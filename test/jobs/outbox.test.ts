// Scheduled mail is sent exactly once through the outbox: the job's claim and the message are
// written together, and a sender that dies after taking a message (before or during the send)
// leaves it to another sender once its lease runs out. Real SMTP on loopback, a moving clock.

import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppContext, createAppContext } from '../../src/app/context';
import { deliverOutbox, OUTBOX_LEASE_MS } from '../../src/app/outbox/outbox-sender';
import type { Mailer } from '../../src/app/ports/mailer';
import { postWeeklyPrompts } from '../../src/app/team/prompts';
import { SLACK_API_URL } from '../../src/config';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { slackClient } from '../../src/integrations/slack/slack-client';
import { dailyDigest } from '../../src/jobs/tasks/daily-digest';
import { outboxSender } from '../../src/jobs/tasks/outbox';
import { statusUpdateDrafts } from '../../src/jobs/tasks/status-update-drafts';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

describe.each(dialects())('the outbox on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  let mailer: Mailer;
  const clock = { now: () => now };
  const at = (iso: string) => {
    now = new Date(iso);
    return now;
  };
  const later = (ms: number) => {
    now = new Date(now.getTime() + ms);
    return now;
  };
  /** Another instance on the same database, with its own mailer. */
  const instance = (instanceMailer: Mailer): AppContext => {
    const ctx = createAppContext(db.store, clock, api.ctx.settings, { mailer: instanceMailer });
    return ctx;
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    smtp.messages.length = 0;
    smtp.refuse(false);
    db = await createTestDatabase(dialect);
    at('2026-11-24T07:00:00Z'); // Tuesday, 08:00 in Berlin
    mailer = smtpMailer({ url: smtp.url, from: 'Rapport <r@example.com>' });
    api = testApi(db, clock, { mailer });
    api.ctx.settings.publicUrl = 'http://rapport.test';
    me = await api.setupOwner({ name: 'Ann', email: 'ann@example.com', timeZone: 'Europe/Berlin' });
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: { digest: { enabled: true, time: '08:30' } },
    });
    const bo = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Bo Chen', cadenceDays: 7 },
      })
    ).body.person;
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [bo.id], channel: 'call', at: '2026-11-10T10:00:00Z' },
    });
  });
  afterEach(() => db.dispose());

  it('delivers a digest exactly once after its sender died mid-send, once the lease ran out', async () => {
    // Instance 1 claims the day's digest and takes the message, then hangs forever in the send
    // (as a killed process would): nothing reaches the mail server.
    let reachedSend = false;
    const dying = instance({
      configured: true,
      send: () => {
        reachedSend = true;
        return new Promise(() => {});
      },
    });
    void dailyDigest.run(dying, at('2026-11-24T08:00:00Z'));
    await until(() => reachedSend);
    expect(smtp.messages).toHaveLength(0);

    // Instance 2 ticks: the digest is claimed for today, and the message is leased.
    const survivor = instance(mailer);
    await dailyDigest.run(survivor, later(60_000));
    await deliverOutbox(survivor);
    expect(smtp.messages).toHaveLength(0);

    // The lease runs out: the next sender delivers it, and nothing sends it again.
    later(OUTBOX_LEASE_MS);
    await deliverOutbox(survivor);
    await dailyDigest.run(survivor, later(60_000));
    await deliverOutbox(survivor);
    await deliverOutbox(survivor, {});
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.subject).toContain('Bo Chen');
    expect(smtp.messages[0]!.to).toMatchObject({ text: 'ann@example.com' });
    const [row] = await api.ctx.repos.outbox.list();
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('drafts a scheduled update once and mails its review note once, though the sender died', async () => {
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: {
        updateSchedule: {
          enabled: true,
          kind: 'week',
          weekday: 'tue',
          time: '09:00',
          deliver: 'review',
          to: [],
        },
      },
    });
    let reachedSend = false;
    const dying = instance({
      configured: true,
      send: () => {
        reachedSend = true;
        return new Promise(() => {});
      },
    });
    void statusUpdateDrafts.run(dying, at('2026-11-24T08:00:00Z'));
    await until(() => reachedSend);

    const survivor = instance(mailer);
    await statusUpdateDrafts.run(survivor, later(60_000));
    await deliverOutbox(survivor);
    expect(smtp.messages).toHaveLength(0);
    later(OUTBOX_LEASE_MS);
    await deliverOutbox(survivor);
    await statusUpdateDrafts.run(survivor, later(60_000));
    await deliverOutbox(survivor);
    expect(smtp.messages.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Ready to review/),
    ]);
    const updates = (await api.call('GET', '/api/updates', { session: me })).body.updates;
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ origin: 'scheduled', status: 'draft' });
  });

  it('retries a sender that threw after taking the message, with the same Message-ID', async () => {
    await api.ctx.repos.outbox.enqueue(
      {
        channel: 'email',
        ownerId: me.userId,
        recipient: ['bo@example.com'],
        payload: { subject: 'Hello', text: 'Hi Bo', html: '<p>Hi Bo</p>' },
        messageDomain: 'rapport.test',
      },
      now.toISOString(),
    );
    await expect(
      deliverOutbox(api.ctx, {
        onLeased: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    // An instance whose mail was handed over but whose mark was lost (unknown outcome).
    const handedOver = instance({
      configured: true,
      async send(mail) {
        await mailer.send(mail);
        throw new Error('connection lost before the answer');
      },
    });
    later(OUTBOX_LEASE_MS + 1000);
    await deliverOutbox(handedOver);
    expect(smtp.messages).toHaveLength(1);
    later(10 * 60_000);
    await deliverOutbox(api.ctx);
    await deliverOutbox(api.ctx);
    expect(smtp.messages).toHaveLength(2);
    const [row] = await api.ctx.repos.outbox.list();
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    // The retry carries the first attempt's Message-ID, so it is recognisably the same mail.
    expect(smtp.messages.map((m) => m.messageId)).toEqual([row!.messageId, row!.messageId]);
    expect(row!.messageId).toMatch(/^<[0-9a-z]{16}@rapport\.test>$/);
  });

  it('keeps a digest the mail server refused, with the reason, and sends it after a backoff', async () => {
    smtp.refuse(true);
    await dailyDigest.run(api.ctx, at('2026-11-24T08:00:00Z'));
    expect(smtp.messages).toHaveLength(0);
    const [row] = await api.ctx.repos.outbox.list();
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row!.lastError).toContain('550');

    smtp.refuse(false);
    later(30_000);
    await deliverOutbox(api.ctx); // Not yet: it backs off for a minute.
    expect(smtp.messages).toHaveLength(0);
    await dailyDigest.run(api.ctx, later(60_000));
    await deliverOutbox(api.ctx);
    expect(smtp.messages).toHaveLength(1);
    expect((await api.ctx.repos.outbox.list())[0]).toMatchObject({
      status: 'sent',
      lastError: null,
    });
    // A sent message's body is forgotten a week later; nothing is sent again.
    await outboxSender.run(api.ctx, later(6 * 24 * 3600_000));
    expect(await api.ctx.repos.outbox.list()).toHaveLength(1);
    await outboxSender.run(api.ctx, later(2 * 24 * 3600_000));
    expect(await api.ctx.repos.outbox.list()).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
  });
});

describe.each(dialects())('Slack posts through the outbox on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let server: Server;
  let now: Date | null = null;
  let failing = true;
  const posts: { text: string }[] = [];

  beforeAll(async () => {
    // A stand-in Slack webhook that refuses until told otherwise.
    server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        if (failing) return res.writeHead(500).end('internal_error');
        posts.push(JSON.parse(raw));
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  beforeEach(async () => {
    const { port } = server.address() as { port: number };
    db = await createTestDatabase(dialect);
    now = null; // The real time while signing up: a session cookie cannot expire in 2031.
    // The real Slack client, allowed to post to this loopback server (as RAPPORT_SLACK_URL_PREFIX).
    const slack = slackClient({ urlPrefix: `http://127.0.0.1:${port}/`, apiUrl: SLACK_API_URL });
    api = testApi(db, { now: () => now ?? new Date() }, { slack });
    const admin = await api.setupOwner({ timeZone: 'Europe/Berlin' });
    const workspace = await api.call('POST', '/api/workspaces', {
      session: admin,
      body: { name: 'Acme' },
    });
    const set = await api.call('PUT', `/api/workspaces/${workspace.body.workspace.id}/slack`, {
      session: admin,
      body: { webhookUrl: `http://127.0.0.1:${port}/hook` },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('keeps a weekly prompt Slack refused and posts it once when Slack is back', async () => {
    now = new Date('2031-03-10T12:00:00Z'); // a Monday, past ten in Europe/Berlin
    failing = true;
    posts.length = 0;
    expect(await postWeeklyPrompts(api.ctx, now)).toBe(0);
    const [row] = await api.ctx.repos.outbox.list();
    expect(row).toMatchObject({ channel: 'slack', status: 'pending', attempts: 1 });
    expect(row!.lastError).toContain('500');

    failing = false;
    // The week's claim holds: the next tick does not post it again, the outbox does, once.
    now = new Date(now.getTime() + 2 * 60_000);
    expect(await postWeeklyPrompts(api.ctx, now)).toBe(0);
    await deliverOutbox(api.ctx);
    await deliverOutbox(api.ctx);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain('This week’s water cooler');
    expect((await api.ctx.repos.outbox.list())[0]).toMatchObject({ status: 'sent' });
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
