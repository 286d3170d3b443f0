// A way back into an account, on SQLite and PostgreSQL, with a real SMTP server on loopback:
// "Forgot password?" mails a one-hour, single-use link; the owner can make a link to hand over;
// using one ends every session and lists the API tokens, revoking none.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { OTHER_STRONG_PASSWORD } from '../support/passwords';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

const NEW_PASSWORD = 'lantern orchard quietly';

describe.each(dialects())('password reset on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let now: number;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    smtp.messages.length = 0;
    db = await createTestDatabase(dialect);
    now = Date.parse('2026-03-02T09:00:00Z');
    api = testApi(
      db,
      { now: () => new Date(now) },
      { mailer: smtpMailer({ url: smtp.url, from: 'Rapport <rapport@example.com>' }) },
    );
  });
  afterEach(() => db.dispose());

  async function mailCount(count: number) {
    // The mail is sent after the answer (so timing cannot tell accounts apart); wait for it.
    for (let i = 0; i < 200 && smtp.messages.length < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return smtp.messages.length;
  }
  const linkToken = (text: string) => /\/reset\/([\w-]+)/.exec(text)?.[1] ?? '';
  const forgot = (email: string, ip = '10.5.0.1') =>
    api.call('POST', '/api/auth/forgot', {
      body: { email },
      headers: { 'x-forwarded-for': ip },
    });
  const me = (session: Session) => api.call('GET', '/api/me', { session });

  it('mails a single-use link that sets a new password and ends every session', async () => {
    const owner = await api.setupOwner();
    const token = await api.tokenFor(owner, 'laptop cli');

    const unknown = await forgot('nobody@example.com');
    const known = await forgot(owner.email.toUpperCase());
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body.message.replace(owner.email.toUpperCase(), 'X')).toBe(
      unknown.body.message.replace('nobody@example.com', 'X'),
    );
    expect(await mailCount(1)).toBe(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toMatchObject({ text: owner.email });
    expect(mail.subject).toBe('Reset your Rapport password');
    const resetToken = linkToken(mail.text ?? '');
    expect(resetToken).not.toBe('');

    const checked = await api.call('POST', '/api/auth/reset/check', {
      body: { token: resetToken },
    });
    expect(checked.body).toEqual({ email: owner.email });
    const weak = await api.call('POST', '/api/auth/reset', {
      body: { token: resetToken, newPassword: '12345678' },
    });
    expect(weak.status).toBe(400);

    const reset = await api.call('POST', '/api/auth/reset', {
      body: { token: resetToken, newPassword: NEW_PASSWORD },
    });
    expect(reset.status).toBe(200);
    expect(reset.body.user.email).toBe(owner.email);
    expect(reset.body.apiTokens).toEqual([expect.objectContaining({ name: 'laptop cli' })]);
    expect(reset.headers.get('set-cookie')).toMatch(/rapport_session=/);
    expect((await me(owner)).status).toBe(401);
    expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
    const signIn = (password: string) =>
      api.call('POST', '/api/auth/signin', { body: { email: owner.email, password } });
    expect((await signIn(owner.password)).status).toBe(401);
    expect((await signIn(NEW_PASSWORD)).status).toBe(200);

    const again = await api.call('POST', '/api/auth/reset', {
      body: { token: resetToken, newPassword: OTHER_STRONG_PASSWORD },
    });
    expect(again.status).toBe(404);
  });

  it('a mailed link lasts one hour', async () => {
    const owner = await api.setupOwner();
    await forgot(owner.email);
    await mailCount(1);
    const resetToken = linkToken(smtp.messages[0]!.text ?? '');
    now += 3600_000 + 1000;
    const late = await api.call('POST', '/api/auth/reset', {
      body: { token: resetToken, newPassword: NEW_PASSWORD },
    });
    expect(late.status).toBe(404);
    expect(late.body.error?.message).toMatch(/ask for a new one/);
  });

  it('limits reset mails per address asked for, the same for unknown addresses', async () => {
    const owner = await api.setupOwner();
    for (const email of [owner.email, 'nobody@example.com']) {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await forgot(email, `10.6.0.${i}`)).status);
      expect(statuses, email).toEqual([202, 202, 202, 429]);
    }
    expect(await mailCount(3)).toBe(3);
  });

  it('says plainly when this Rapport cannot send mail', async () => {
    const noMail = testApi(db);
    const owner = await noMail.setupOwner();
    expect((await noMail.call('GET', '/api/setup')).body.resetByMail).toBe(false);
    expect((await api.call('GET', '/api/setup')).body.resetByMail).toBe(true);
    const refused = await noMail.call('POST', '/api/auth/forgot', {
      body: { email: owner.email },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toMatch(/ask its owner/);
  });

  it('lets the owner make a link for a member, and no one else make one', async () => {
    const owner = await api.setupOwner();
    const member = await api.addMember(owner);
    for (let i = 0; i < 5; i++) {
      await api.call('POST', '/api/auth/signin', {
        body: { email: member.email, password: `guess ${i}` },
      });
    }
    const byMember = await api.call('POST', '/api/auth/reset-links', {
      session: member,
      body: { email: owner.email },
    });
    expect(byMember.status).toBe(403);
    const unknown = await api.call('POST', '/api/auth/reset-links', {
      session: owner,
      body: { email: 'nobody@example.com' },
    });
    expect(unknown.status).toBe(404);

    const link = await api.call('POST', '/api/auth/reset-links', {
      session: owner,
      body: { email: member.email },
    });
    expect(link.status).toBe(201);
    expect(link.body.email).toBe(member.email);
    expect(Date.parse(link.body.expiresAt) - now).toBe(24 * 3600_000);
    const used = await api.call('POST', '/api/auth/reset', {
      body: { token: linkToken(link.body.url), newPassword: NEW_PASSWORD },
    });
    expect(used.status).toBe(200);
    expect((await me(member)).status).toBe(401);
    // The reset proves who they are: the run of failed guesses no longer locks them out.
    const signIn = await api.call('POST', '/api/auth/signin', {
      body: { email: member.email, password: NEW_PASSWORD },
    });
    expect(signIn.status).toBe(200);
  });
});
