// Admin basics: the owner and admins list accounts, disable and enable them, hand out reset
// links and remove accounts; a disabled account's sessions and tokens stop at once. An admin
// sees the account row and never what anyone recorded; members get 403 on every admin route;
// the owner cannot be disabled or removed. Settings' "last digest sent" and "send me one now"
// go through the outbox to a real SMTP server on loopback. Both databases.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

const ACCOUNT_KEYS = ['createdAt', 'disabledAt', 'email', 'id', 'lastActiveAt', 'name', 'role'];

describe.each(dialects())('administering accounts on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let ann: Session;
  let bob: Session;

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    smtp.messages.length = 0;
    db = await createTestDatabase(dialect);
    api = testApi(db, undefined, {
      mailer: smtpMailer({ url: smtp.url, from: 'Rapport <r@example.com>' }),
    });
    owner = await api.setupOwner({ name: 'Olive' });
    ann = await api.addMember(owner, { name: 'Ann' });
    bob = await api.addMember(owner, { name: 'Bob' });
    // Bob's own records, which no admin may see.
    await api.call('POST', '/api/people', { session: bob, body: { name: 'Secret Sam' } });
  });
  afterEach(() => db.dispose());

  const makeAdmin = async (who: Session) =>
    api.call('PATCH', `/api/admin/users/${who.userId}`, {
      session: owner,
      body: { role: 'admin' },
    });

  it('answers 403 to a member on every admin route, and changes nothing', async () => {
    const doc = (await api.raw('GET', '/api/openapi.json')).body;
    const routes = Object.entries(doc.paths as Record<string, object>).filter(([path]) =>
      path.startsWith('/api/admin/'),
    );
    expect(routes.length).toBeGreaterThanOrEqual(4);
    for (const [path, operations] of routes) {
      for (const method of Object.keys(operations)) {
        const verb = method.toUpperCase();
        const body =
          verb === 'PATCH'
            ? { disabled: true }
            : verb === 'DELETE'
              ? { confirmEmail: bob.email }
              : undefined;
        const response = await api.raw(verb, path.replace('{id}', bob.userId), {
          session: ann,
          body,
        });
        expect(response.status, `${verb} ${path}`).toBe(403);
      }
    }
    expect((await api.call('GET', '/api/people', { session: bob })).body.people).toHaveLength(1);
    expect((await api.call('GET', '/api/me', { session: bob })).status).toBe(200);
  });

  it('lists accounts with the account row only, nothing anyone recorded', async () => {
    const response = await api.call('GET', '/api/admin/users', { session: owner });
    expect(response.status).toBe(200);
    const users = response.body.users;
    expect(users.map((user) => user.name)).toEqual(['Olive', 'Ann', 'Bob']);
    for (const user of users) expect(Object.keys(user).sort()).toEqual(ACCOUNT_KEYS);
    expect(users.find((user) => user.name === 'Bob')?.lastActiveAt).toEqual(expect.any(String));
    expect(JSON.stringify(response.body)).not.toContain('Secret Sam');
    // Being an admin opens no door to another's records.
    expect((await makeAdmin(ann)).status).toBe(200);
    const people = await api.call('GET', '/api/people', { session: ann });
    expect(JSON.stringify(people.body)).not.toContain('Secret Sam');
    const bobsPerson = (await api.call('GET', '/api/people', { session: bob })).body.people[0];
    expect((await api.call('GET', `/api/people/${bobsPerson!.id}`, { session: ann })).status).toBe(
      404,
    );
  });

  it('disabling stops sessions and tokens at once, and sign-in; enabling lets tokens work again', async () => {
    const token = await api.tokenFor(bob);
    expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
    expect((await api.call('GET', '/api/me', { session: bob })).status).toBe(200);
    expect((await makeAdmin(ann)).status).toBe(200);

    const disabled = await api.call('PATCH', `/api/admin/users/${bob.userId}`, {
      session: ann,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.user.disabledAt).toEqual(expect.any(String));
    expect((await api.call('GET', '/api/me', { token })).status).toBe(401);
    expect((await api.call('GET', '/api/me', { session: bob })).status).toBe(401);
    const signin = await api.call('POST', '/api/auth/signin', {
      body: { email: bob.email, password: bob.password },
    });
    expect(signin.status).toBe(403);
    expect(signin.body.error?.message).toContain('disabled');

    await api.call('PATCH', `/api/admin/users/${bob.userId}`, {
      session: ann,
      body: { disabled: false },
    });
    expect((await api.call('GET', '/api/me', { token })).status).toBe(200);
    expect(
      (
        await api.call('POST', '/api/auth/signin', {
          body: { email: bob.email, password: bob.password },
        })
      ).status,
    ).toBe(200);
  });

  it('never lets an admin disable, remove, reset or demote the owner or another admin', async () => {
    await makeAdmin(ann);
    await makeAdmin(bob);
    const owners = owner.userId;
    const session = ann;
    const attempts: [string, () => Promise<{ status: number }>][] = [
      [
        `PATCH /api/admin/users/${owners}`,
        () =>
          api.call('PATCH', `/api/admin/users/${owners}`, { session, body: { disabled: true } }),
      ],
      [
        `DELETE /api/admin/users/${owners}`,
        () =>
          api.call('DELETE', `/api/admin/users/${owners}`, {
            session,
            body: { confirmEmail: owner.email },
          }),
      ],
      [
        `POST /api/admin/users/${owners}/reset-link`,
        () => api.call('POST', `/api/admin/users/${owners}/reset-link`, { session }),
      ],
      [
        `PATCH /api/admin/users/${bob.userId}`,
        () =>
          api.call('PATCH', `/api/admin/users/${bob.userId}`, {
            session,
            body: { role: 'member' },
          }),
      ],
      [
        `PATCH /api/admin/users/${bob.userId}`,
        () =>
          api.call('PATCH', `/api/admin/users/${bob.userId}`, {
            session,
            body: { disabled: true },
          }),
      ],
      [
        `PATCH /api/admin/users/${ann.userId}`,
        () =>
          api.call('PATCH', `/api/admin/users/${ann.userId}`, {
            session,
            body: { disabled: true },
          }),
      ],
    ];
    for (const [request, attempt] of attempts) {
      expect((await attempt()).status, request).toBe(403);
    }
    expect((await api.call('GET', '/api/me', { session: owner })).status).toBe(200);
    // The owner can.
    const demoted = await api.call('PATCH', `/api/admin/users/${bob.userId}`, {
      session: owner,
      body: { role: 'member' },
    });
    expect(demoted.body.user.role).toBe('member');
  });

  it('hands out a reset link for a member that works once', async () => {
    await makeAdmin(ann);
    const link = await api.call('POST', `/api/admin/users/${bob.userId}/reset-link`, {
      session: ann,
    });
    expect(link.status).toBe(201);
    const token = link.body.url.split('/reset/')[1]!;
    const check = await api.call('POST', '/api/auth/reset/check', { body: { token } });
    expect(check.body.email).toBe(bob.email);
  });

  it('removes an account and what it recorded only when its e-mail is typed', async () => {
    const wrong = await api.call('DELETE', `/api/admin/users/${bob.userId}`, {
      session: owner,
      body: { confirmEmail: ann.email },
    });
    expect(wrong.status).toBe(409);
    expect((await api.call('GET', '/api/people', { session: bob })).body.people).toHaveLength(1);

    const removed = await api.call('DELETE', `/api/admin/users/${bob.userId}`, {
      session: owner,
      body: { confirmEmail: bob.email.toUpperCase() },
    });
    expect(removed.status).toBe(200);
    expect(removed.body.removed.people).toBe(1);
    expect((await api.call('GET', '/api/me', { session: bob })).status).toBe(401);
    const users = (await api.call('GET', '/api/admin/users', { session: owner })).body.users;
    expect(users.map((user) => user.name)).toEqual(['Olive', 'Ann']);
    expect(await api.ctx.repos.people.list(bob.userId)).toHaveLength(0);
  });

  it('shows the health report to the owner and admins', async () => {
    const report = await api.call('GET', '/api/admin/health-report', { session: owner });
    expect(report.status).toBe(200);
    const names = report.body.checks.map((check) => check.name);
    expect(names).toEqual(expect.arrayContaining(['database', 'mail', 'scheduler', 'outbox']));
    expect(report.body.checks.find((c) => c.name === 'mail')?.ok).toBe(true);
  });

  it('shows when the last digest went out and sends one now, a few times an hour at most', async () => {
    // Someone due today, so the digest has something to say.
    const pat = await api.call('POST', '/api/people', {
      session: owner,
      body: { name: 'Pat', cadenceDays: 7 },
    });
    await api.call('POST', '/api/interactions', {
      session: owner,
      body: { personIds: [pat.body.person.id], channel: 'call', at: '2026-01-01T10:00:00Z' },
    });
    const before = await api.call('GET', '/api/me/digest', { session: owner });
    expect(before.body).toMatchObject({ lastSentAt: null, mailConfigured: true });
    const sent = await api.call('POST', '/api/me/digest/send', { session: owner });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.sent, JSON.stringify(sent.body)).toBe(true);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.to).toMatchObject({ text: owner.email });
    const after = await api.call('GET', '/api/me/digest', { session: owner });
    expect(after.body.lastSentAt).toEqual(expect.any(String));
    // Another user's digest line is their own.
    expect((await api.call('GET', '/api/me/digest', { session: ann })).body.lastSentAt).toBeNull();
    await api.call('POST', '/api/me/digest/send', { session: owner });
    await api.call('POST', '/api/me/digest/send', { session: owner });
    const limited = await api.call('POST', '/api/me/digest/send', { session: owner });
    expect(limited.status).toBe(429);
    expect(smtp.messages).toHaveLength(3);
  });
});
