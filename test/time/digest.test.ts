// The morning digest: real mail on a loopback SMTP server, only on working days within working
// hours and only when something is due; its one-click links work once, and never when tampered
// with or expired.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { dailyDigest } from '../../src/jobs/tasks/daily-digest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

describe.each(dialects())('the daily digest on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  let bo: { id: string };

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    smtp.messages.length = 0;
    db = await createTestDatabase(dialect);
    now = new Date('2026-11-24T07:00:00Z'); // Tuesday, 08:00 in Berlin: before work.
    api = testApi(
      db,
      { now: () => now },
      { mailer: smtpMailer({ url: smtp.url, from: 'Rapport <r@example.com>' }) },
    );
    api.ctx.settings.publicUrl = 'http://rapport.test';
    me = await api.setupOwner({ name: 'Ann', email: 'ann@example.com', timeZone: 'Europe/Berlin' });
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: { digest: { enabled: true, time: '08:30' } },
    });
    bo = (
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

  const run = async (iso: string) => {
    now = new Date(iso);
    await dailyDigest.run(api.ctx, now);
  };

  it('sends once, at the chosen time within working hours, with links that work once', async () => {
    await run('2026-11-24T07:15:00Z'); // 08:15: before the chosen time
    expect(smtp.messages).toHaveLength(0);
    await run('2026-11-24T08:00:00Z'); // 09:00: working and past 08:30
    await run('2026-11-24T08:01:00Z');
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.subject).toContain('Bo Chen');
    expect(mail.text).toContain('Last talked 14 days ago');
    expect(mail.html).toContain('Bo Chen');

    const links = [...(mail.text ?? '').matchAll(/http:\/\/rapport\.test(\/a\/\S+)/g)].map(
      (m) => m[1]!,
    );
    expect(links).toHaveLength(2);
    const [logLink, snoozeLink] = links as [string, string];
    const page = await api.raw('GET', logLink);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Log a conversation with Bo Chen');
    // Opening the link (as a mail scanner would) logged nothing.
    expect(
      (await api.call('GET', `/api/people/${bo.id}`, { session: me })).body.person.interactionCount,
    ).toBe(1);

    const posted = await api.raw('POST', logLink, {
      rawBody: 'channel=video',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toContain('Logged a video with Bo Chen');
    const person = (await api.call('GET', `/api/people/${bo.id}`, { session: me })).body.person;
    expect(person.interactionCount).toBe(2);
    const reused = await api.raw('POST', logLink, {
      rawBody: 'channel=call',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(reused.status).toBe(410);
    expect(reused.body).toContain('already used');

    const tampered = snoozeLink.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await api.raw('POST', tampered)).status).toBe(410);
    now = new Date('2026-11-28T09:00:00Z');
    const expired = await api.raw('POST', snoozeLink);
    expect(expired.status).toBe(410);
    expect(expired.body).toContain('expired');
  });

  it('shows Today’s cards: one per person, and what can wait as a count', async () => {
    // Bo is due and is also owed a reply: one card with both lines, one pair of links.
    await api.call('POST', '/api/replies', {
      session: me,
      body: { personId: bo.id, text: 'his question about <hiring>', since: '2026-11-20T10:00:00Z' },
    });
    await run('2026-11-24T08:00:00Z');
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    const text = mail.text ?? '';
    expect(text).toContain('1 thing to do.');
    expect(text.match(/^- /gm)).toHaveLength(1);
    expect(text.match(/^- .*Bo Chen/m)).not.toBeNull();
    // Its other line sits under it, marked "+".
    expect(text.match(/^ {4}\+ .*Bo Chen/gm)).toHaveLength(1);
    expect(text).toContain('his question about <hiring>');
    expect(text).toContain('Last talked 14 days ago');
    expect(text.match(/Log it: /g)).toHaveLength(1);
    expect(mail.html).toContain('his question about &lt;hiring&gt;');
    expect(mail.html).not.toContain('<hiring>');
    expect(text).not.toContain('can wait');
  });

  it('lists at most seven cards and says how many more can wait, with a link to Today', async () => {
    const others = [];
    for (const name of ['Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal', 'Ivy', 'Jo', 'Kai']) {
      const person = (
        await api.call('POST', '/api/people', { session: me, body: { name, cadenceDays: 7 } })
      ).body.person;
      others.push(person.id);
    }
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: others, channel: 'call', at: '2026-11-10T10:00:00Z' },
    });
    await run('2026-11-24T08:00:00Z');
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    const text = mail.text ?? '';
    expect(text).toContain('7 things to do.');
    expect(text.match(/^- /gm)).toHaveLength(7);
    expect(text.match(/Log it: /g)).toHaveLength(7);
    expect(text).toContain('3 more can wait — see them on Today: http://rapport.test/');
    expect(mail.html).toContain(
      '3 more can wait — <a href="http://rapport.test/">see them on Today</a>',
    );
    expect((mail.html || '').match(/>Log it</g)).toHaveLength(7);
  });

  it('leaves out someone on their own public holiday, as Today does', async () => {
    const joao = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'João Silva', cadenceDays: 7, timeZone: 'Europe/Lisbon' },
      })
    ).body.person;
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [joao.id], channel: 'call', at: '2026-11-10T10:00:00Z' },
    });
    // Tuesday 1 December: a working day in Berlin, Restoration of Independence in Portugal.
    await run('2026-12-01T08:00:00Z');
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.text).toContain('Bo Chen');
    expect(mail.text).not.toContain('João');
    expect(mail.html).not.toContain('João');
    expect(mail.text).toContain('1 more can wait');
  });

  it('sends nothing on a day off, outside working hours, or when nothing is due', async () => {
    await run('2026-11-28T09:00:00Z'); // Saturday
    await run('2026-11-24T18:00:00Z'); // Tuesday 19:00, after work
    expect(smtp.messages).toHaveLength(0);
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [bo.id], channel: 'chat', at: '2026-11-24T17:00:00Z' },
    });
    await run('2026-11-25T08:00:00Z'); // Wednesday 09:00, but Bo was just contacted
    expect(smtp.messages).toHaveLength(0);
  });

  it('brings a colleague’s shared birthday and a first hello, even with nobody due', async () => {
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [bo.id], channel: 'chat', at: '2026-11-24T07:00:00Z' },
    });
    const created = await api.call('POST', '/api/workspaces', {
      session: me,
      body: { name: 'Acme' },
    });
    const workspaceId = created.body.workspace.id;
    // Kim is new to the team (only newcomers are welcomed).
    const invite = await api.call('POST', `/api/workspaces/${workspaceId}/invites`, {
      session: me,
      body: { newcomer: true },
    });
    const kim = await api.addMember(me, { name: 'Kim Park', timeZone: 'Europe/Lisbon' });
    await api.call('POST', '/api/workspaces/join', {
      session: kim,
      body: { token: invite.body.token },
    });
    // Kim's birthday is Wednesday the 25th, a working day for both.
    await api.call('PATCH', `/api/workspaces/${workspaceId}/profile`, {
      session: kim,
      body: { birthday: '11-25', share: ['birthday'] },
    });
    smtp.messages.length = 0; // the welcome's own mails
    await run('2026-11-25T08:00:00Z');
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.text).toContain('nobody is due');
    expect(mail.text).toMatch(/First hellos:\n- Welcome Kim Park \(joined Acme\)/);
    expect(mail.text).toMatch(/Celebrate:\n- Kim Park’s birthday \(11-25\)/);
    expect(mail.html).toContain('Kim Park’s birthday (11-25)');
    expect(mail.subject).toBe('Today: Kim Park’s birthday (11-25) and 1 more');
  });

  it('never mentions a birthday the colleague did not share', async () => {
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [bo.id], channel: 'chat', at: '2026-11-24T07:00:00Z' },
    });
    const created = await api.call('POST', '/api/workspaces', {
      session: me,
      body: { name: 'A' },
    });
    const workspaceId = created.body.workspace.id;
    const kim = await api.addMember(me, { name: 'Kim Park' });
    // Kim is new to the team (only newcomers are welcomed).
    const invite = await api.call('POST', `/api/workspaces/${workspaceId}/invites`, {
      session: me,
      body: { newcomer: true },
    });
    await api.call('POST', '/api/workspaces/join', {
      session: kim,
      body: { token: invite.body.token },
    });
    await api.call('PATCH', `/api/workspaces/${workspaceId}/profile`, {
      session: kim,
      body: { birthday: '11-25', share: [] },
    });
    smtp.messages.length = 0;
    await run('2026-11-25T08:00:00Z');
    // Only the first hello: no birthday line.
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.text).not.toContain('birthday');
  });
});
