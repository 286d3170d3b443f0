// The weekly connection summary says with whom, in the API and in the Monday digest (real mail
// on a loopback SMTP server); a used one-click link says so as soon as it is opened.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { actionToken } from '../../src/app/digest/daily-digest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { dailyDigest } from '../../src/jobs/tasks/daily-digest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

describe.each(dialects())('the week with whom, and used links, on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  let bo: { id: string };
  let ann: { id: string };

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    smtp.messages.length = 0;
    db = await createTestDatabase(dialect);
    now = new Date('2026-11-20T10:00:00Z'); // Friday 20 Nov, 11:00 in Berlin.
    api = testApi(
      db,
      { now: () => now },
      { mailer: smtpMailer({ url: smtp.url, from: 'Rapport <r@example.com>' }) },
    );
    api.ctx.settings.publicUrl = 'http://rapport.test';
    me = await api.setupOwner({ name: 'Ann', email: 'me@example.com', timeZone: 'Europe/Berlin' });
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: { digest: { enabled: true, time: '08:30' } },
    });
    const add = async (name: string) =>
      (await api.call('POST', '/api/people', { session: me, body: { name, cadenceDays: 30 } })).body
        .person;
    bo = await add('Bo Chen');
    ann = await add('Ann Lee');
    const talk = (personIds: string[], at: string) =>
      api.call('POST', '/api/interactions', {
        session: me,
        body: { personIds, channel: 'call', at },
      });
    await talk([bo.id], '2026-11-17T10:00:00Z');
    await talk([bo.id, ann.id], '2026-11-19T10:00:00Z');
  });
  afterEach(() => db.dispose());

  it('says whom the week’s conversations were with, most first', async () => {
    const response = await api.call('GET', '/api/week', { session: me });
    expect(response.status).toBe(200);
    expect(response.body.week).toMatchObject({ conversations: 2, people: 2 });
    expect(response.body.week.talkedWith).toEqual([
      { id: bo.id, name: 'Bo Chen', conversations: 2 },
      { id: ann.id, name: 'Ann Lee', conversations: 1 },
    ]);
  });

  it('mails last week’s summary on the first working day of the week, not after', async () => {
    now = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Berlin
    await dailyDigest.run(api.ctx, now);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.text).toContain(
      'Last week (16–22 Nov 2026): 2 conversations with 2 people, 100% personal.\nWith Bo Chen (2), Ann Lee.',
    );
    expect(mail.html).toContain('With Bo Chen (2), Ann Lee.');
    // Nobody is due, yet the Monday mail goes out for the summary.
    expect(mail.subject).toBe(
      'Last week (16–22 Nov 2026): 2 conversations with 2 people, 100% personal',
    );

    smtp.messages.length = 0;
    now = new Date('2026-11-24T08:00:00Z'); // Tuesday
    await dailyDigest.run(api.ctx, now);
    expect(smtp.messages.every((m) => !m.text?.includes('Last week'))).toBe(true);
  });

  it('says a used “Log it” link was used as soon as it is opened, with no buttons', async () => {
    const link = `/a/${actionToken(api.ctx, me.userId, 'log', bo.id)}`;
    const fresh = await api.raw('GET', link);
    expect(fresh.body).toContain('<button');
    const posted = await api.raw('POST', link, {
      rawBody: 'channel=call',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(posted.status).toBe(200);
    const opened = await api.raw('GET', link);
    expect(opened.status).toBe(410);
    expect(opened.body).toContain('already used');
    expect(opened.body).not.toContain('<button');
  });
});
