// A workspace invite mailed to someone without an account: the link's page creates the account
// and joins in one step, without open sign-up, once, and only for the invited address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { inviteToken } from './team-support';

describe.each(dialects())('signing up with a workspace invite on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let smtp: TestSmtp;
  let admin: Session;
  let workspaceId: string;
  const account = {
    name: 'Priya Raman',
    email: 'priya@example.com',
    timeZone: 'Asia/Kolkata',
    password: 'correct horse battery',
  };
  const userCount = async () =>
    Number(
      (
        await db.store.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const signup = (body: BodyOf<'POST', '/api/auth/team-signup'>) =>
    api.call('POST', '/api/auth/team-signup', { body });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    smtp = await startTestSmtp();
    // No open sign-up: the workspace invite alone must be enough.
    api = testApi(db, undefined, {
      openSignup: false,
      mailer: smtpMailer({ url: smtp.url, from: 'Rapport <rapport@test.example>' }),
    });
    admin = await api.setupOwner({ name: 'Mara Okafor' });
    const created = await api.call('POST', '/api/workspaces', {
      session: admin,
      body: { name: 'Acme' },
    });
    workspaceId = created.body.workspace.id;
  });
  afterAll(async () => {
    await smtp.close();
    await db.dispose();
  });

  it('creates the account and the membership in one step, from the mailed link', async () => {
    smtp.messages.length = 0;
    const invite = await api.call('POST', `/api/workspaces/${workspaceId}/invites`, {
      session: admin,
      body: { email: account.email },
    });
    expect(invite.body.mailed).toBe(true);
    const link = /https?:\/\/\S+\/team\/join\/(\S+)/.exec(smtp.messages[0]!.text ?? '');
    expect(link, smtp.messages[0]!.text).not.toBeNull();
    const token = link![1]!;

    // Signed out, the join page learns what the invite is and for which address.
    const preview = await api.call('GET', `/api/auth/team-invite?token=${token}`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.invite).toMatchObject({
      workspaceName: 'Acme',
      inviterName: 'Mara Okafor',
      email: account.email,
      canCreateAccount: true,
    });

    // Another address is refused as if the invite did not exist, and nothing is created.
    const before = await userCount();
    const other = await signup({ ...account, email: 'mallory@example.com', token });
    expect(other.status).toBe(404);
    // Bad input: a clear 400, nothing created.
    const bad = await signup({ ...account, timeZone: 'Mars/Olympus', token });
    expect(bad.status).toBe(400);
    // A weak password is refused here as on every other way in.
    const weak = await signup({ ...account, password: 'password', token });
    expect(weak.status, JSON.stringify(weak.body)).toBe(400);
    expect(await userCount()).toBe(before);

    const joined = await signup({ ...account, email: 'Priya@Example.com', token });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    expect(joined.body.workspace).toEqual({ id: workspaceId, name: 'Acme' });
    expect(joined.body.user).toMatchObject({ name: account.name, role: 'member' });
    const cookie = /rapport_session=([^;]+)/.exec(joined.headers.get('set-cookie') ?? '')?.[1];
    const priya: Session = {
      userId: joined.body.user.id,
      cookie: cookie!,
      csrfToken: joined.body.csrfToken,
      email: account.email,
      password: account.password,
    };
    const mine = await api.call('GET', '/api/workspaces', { session: priya });
    expect(mine.body.workspaces).toEqual([
      { workspaceId, name: 'Acme', role: 'member', memberCount: 2 },
    ]);
    // Coffee is opt-in: a new member is not paired until they say yes.
    const profile = await api.call('GET', `/api/workspaces/${workspaceId}/profile`, {
      session: priya,
    });
    expect(profile.body.profile.pairing.optIn).toBe(false);

    // The invite worked once.
    const again = await signup({ ...account, email: 'priya2@example.com', token });
    expect(again.status).toBe(404);
    expect((await api.call('GET', `/api/auth/team-invite?token=${token}`)).status).toBe(404);
  });

  it('refuses an address that already has an account, and keeps the invite for it', async () => {
    const existing = await api.addMember(admin, { email: 'leo@example.com' });
    const token = await inviteToken(api, admin, workspaceId, 'leo@example.com');
    const taken = await signup({ ...account, email: 'leo@example.com', token });
    expect(taken.status).toBe(409);
    expect(taken.body.error?.message).toMatch(/sign in, then open the invite link again/);
    // Signed in, Leo just joins with the same link.
    const joined = await api.call('POST', '/api/workspaces/join', {
      session: existing,
      body: { token },
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  });

  it('opens no account with a link for anyone when sign-up is closed', async () => {
    const token = await inviteToken(api, admin, workspaceId);
    // The page can say what to do: sign in.
    const preview = await api.call('GET', `/api/auth/team-invite?token=${token}`);
    expect(preview.body.invite).toMatchObject({ email: null, canCreateAccount: false });
    const before = await userCount();
    const open = await signup({ ...account, email: 'anyone@example.com', token });
    expect(open.status).toBe(403);
    expect(open.body.error?.message).toMatch(/already have an account here: sign in/);
    expect(await userCount()).toBe(before);
    // The old path still says the same for a workspace token: it is not an account invite.
    const old = await api.call('POST', '/api/auth/signup', {
      body: { ...account, email: 'anyone@example.com', inviteToken: token },
    });
    expect(old.status).toBe(403);
  });

  it('lets an existing user who is signed in simply join', async () => {
    const member = await api.addMember(admin);
    const token = await inviteToken(api, admin, workspaceId, member.email);
    const joined = await api.call('POST', '/api/workspaces/join', {
      session: member,
      body: { token },
    });
    expect(joined.status).toBe(200);
    expect(joined.body.workspace.name).toBe('Acme');
  });
});
