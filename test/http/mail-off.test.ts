// Automatic mail says it is automatic and can be turned off from the mail itself: real mail on a
// loopback SMTP server carries Auto-Submitted and a one-click List-Unsubscribe (RFC 8058); a GET
// of the link only asks, the one-click POST turns the digest off without signing in, and undo
// turns it on again. A forged link changes nothing.
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { dailyDigest } from '../../src/jobs/tasks/daily-digest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

/** A header as sent (mailparser folds the List-* headers into an object of its own). */
function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name)?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}

describe.each(dialects())('turning off automatic mail, on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    smtp.messages.length = 0;
    db = await createTestDatabase(dialect);
    now = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Berlin: the digest goes out.
    api = testApi(
      db,
      { now: () => now },
      { mailer: smtpMailer({ url: smtp.url, from: 'Rapport <r@example.com>' }) },
    );
    api.ctx.settings.publicUrl = 'https://rapport.test';
    me = await api.setupOwner({ name: 'Ann', email: 'me@example.com', timeZone: 'Europe/Berlin' });
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: { digest: { enabled: true, time: '08:30' } },
    });
  });
  afterEach(() => db.dispose());

  const postForm = (path: string, rawBody: string) =>
    api.raw('POST', path, {
      rawBody,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

  const digestEnabled = async () =>
    (await api.call('GET', '/api/me/preferences', { session: me })).body.preferences.digest
      ?.enabled;

  /** The path of the one-click address in the mail's List-Unsubscribe header. */
  async function unsubscribePath(): Promise<string> {
    await dailyDigest.run(api.ctx, now);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(rawHeader(mail, 'auto-submitted')).toBe('auto-generated');
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.html).toMatch(/^<!doctype html><html lang="en">/);
    expect(mail.html).not.toMatch(/\d(\.\d+)?rem\b/);
    const header = rawHeader(mail, 'list-unsubscribe') ?? '';
    const url = /^<(https:\/\/rapport\.test\/mail-off\/[^>]+)>$/.exec(header)?.[1];
    expect(url, header).toBeTruthy();
    return new URL(url!).pathname;
  }

  it('turns the digest off in one click from the mail, and on again with undo', async () => {
    const path = await unsubscribePath();

    // A mail scanner following the link only sees a question.
    const asked = await api.raw('GET', path);
    expect(asked.status).toBe(200);
    expect(asked.body).toContain('Turn off the daily digest?');
    expect(await digestEnabled()).toBe(true);

    // The mail provider's one-click POST (RFC 8058), without any session.
    const oneClick = await postForm(path, 'List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(oneClick.body).toContain('Turned off the daily digest');
    expect(await digestEnabled()).toBe(false);

    // No digest the next morning.
    smtp.messages.length = 0;
    now = new Date('2026-11-24T08:00:00Z');
    await dailyDigest.run(api.ctx, now);
    expect(smtp.messages).toHaveLength(0);

    const undo = await postForm(path, 'undo=1');
    expect(undo.body).toContain('Turned the daily digest on again');
    expect(await digestEnabled()).toBe(true);
  });

  it('refuses a forged or altered link and changes nothing', async () => {
    const path = await unsubscribePath();
    const forged = `${path.slice(0, -3)}abc`;
    for (const response of [await api.raw('GET', forged), await postForm(forged, '')]) {
      expect(response.status).toBe(410);
      expect(response.body).toContain('This link is not valid.');
    }
    expect(await digestEnabled()).toBe(true);
  });
});
