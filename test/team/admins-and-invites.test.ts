// Who administers a workspace (promote, demote, never none), invites mailed to a real SMTP server
// and previewed before joining, and a member's own team data in their export and account deletion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { buildTeam, inviteToken, workspacePaths } from './team-support';

describe.each(dialects())('workspace admins and invites on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let smtp: TestSmtp;
  let admin: Session;
  let ann: Session;
  let bo: Session;
  let workspaceId: string;
  const path = workspacePaths(() => workspaceId);
  const setRole = (session: Session, who: Session, role: 'admin' | 'member') =>
    api.call('PATCH', path(`/members/${who.userId}`), { session, body: { role } });
  const roleOf = async (session: Session) =>
    (await api.call('GET', path(), { session })).body.workspace.role;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    smtp = await startTestSmtp();
    api = testApi(db, undefined, {
      mailer: smtpMailer({ url: smtp.url, from: 'Rapport <rapport@test.example>' }),
    });
    let members: Session[];
    ({ admin, members, workspaceId } = await buildTeam(api, 2));
    [ann, bo] = members as [Session, Session];
  });
  afterAll(async () => {
    await smtp.close();
    await db.dispose();
  });

  it('lets an admin promote and demote, and never leaves a workspace without an admin', async () => {
    const promoted = await setRole(admin, ann, 'admin');
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);
    expect(promoted.body.member).toMatchObject({ id: ann.userId, workspaceRole: 'admin' });
    expect(await roleOf(ann)).toBe('admin');

    // Ann, now an admin, hands the original admin back to plain member.
    expect((await setRole(ann, admin, 'member')).status).toBe(200);
    expect(await roleOf(admin)).toBe('member');

    // Ann is the only admin left: stepping down is refused, with what to do instead.
    const alone = await setRole(ann, ann, 'member');
    expect(alone.status).toBe(409);
    expect(alone.body.error?.message).toMatch(/only admin of Acme.*make someone else an admin/);
    expect(await roleOf(ann)).toBe('admin');

    // A plain member cannot change roles, and bad input changes nothing.
    expect((await setRole(bo, bo, 'admin')).status).toBe(403);
    const owner = { session: ann, body: { role: 'owner' } };
    expect((await api.raw('PATCH', path(`/members/${bo.userId}`), owner)).status).toBe(400);
    const stranger = await api.addMember(admin, { name: 'Sam Stranger' });
    expect((await setRole(ann, stranger, 'admin')).status).toBe(404);
    expect((await setRole(stranger, bo, 'admin')).status).toBe(404);
    expect(await roleOf(bo)).toBe('member');

    // Two admins again, for the tests below.
    expect((await setRole(ann, admin, 'admin')).status).toBe(200);
  });

  it('mails an invite for an address, with the link that joins', async () => {
    const newcomer = await api.addMember(admin, { name: 'Nora Newton' });
    smtp.messages.length = 0;
    const invite = await api.call('POST', path('/invites'), {
      session: admin,
      body: { email: newcomer.email },
    });
    expect(invite.status, JSON.stringify(invite.body)).toBe(201);
    expect(invite.body).toMatchObject({ email: newcomer.email, mailed: true });
    expect(invite.body.url).toMatch(new RegExp(`/team/join/${invite.body.token}$`));
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).toMatchObject({ value: [{ address: newcomer.email }] });
    expect(mail.subject).toMatch(/invited you to Acme on Rapport$/);
    expect(mail.text).toContain(invite.body.url);
    expect(mail.html).toContain(`href="${invite.body.url}"`);

    const preview = await api.call('GET', `/api/invites/team/${invite.body.token}`, {
      session: newcomer,
    });
    expect(preview.status).toBe(200);
    const inviter = (await api.call('GET', '/api/me', { session: admin })).body.user.name;
    expect(preview.body.invite).toMatchObject({ workspaceName: 'Acme', inviterName: inviter });
    // The invite is for Nora: anyone else holding the link sees no invite at all.
    const other = await api.call('GET', `/api/invites/team/${invite.body.token}`, {
      session: bo,
    });
    expect(other.status).toBe(404);
    const joined = await api.call('POST', '/api/workspaces/join', {
      session: newcomer,
      body: { token: invite.body.token },
    });
    expect(joined.status).toBe(200);
    // Used once: the link opens nothing now.
    const used = await api.call('GET', `/api/invites/team/${invite.body.token}`, {
      session: newcomer,
    });
    expect(used.status).toBe(404);
    expect((await api.call('GET', '/api/invites/team/nonsense', { session: bo })).status).toBe(404);
  });

  it('still gives the link when the mail server refuses, and says it was not mailed', async () => {
    smtp.refuse(true);
    try {
      const invite = await api.call('POST', path('/invites'), {
        session: admin,
        body: { email: 'someone@example.com' },
      });
      expect(invite.status).toBe(201);
      expect(invite.body.mailed).toBe(false);
      expect(invite.body.url).toContain(invite.body.token);
    } finally {
      smtp.refuse(false);
    }
    // A link for anyone is never mailed.
    const open = await api.call('POST', path('/invites'), { session: admin, body: {} });
    expect(open.body).toMatchObject({ email: null, mailed: false });
  });

  it('exports a member’s own team data and nobody else’s', async () => {
    await api.call('PATCH', path('/profile'), {
      session: bo,
      body: { city: 'Lisbon', interests: ['surfing'], share: ['city', 'interests'] },
    });
    await api.call('PATCH', path('/profile'), {
      session: ann,
      body: { city: 'Oslo', share: ['city'] },
    });
    await api.call('PUT', path('/exclusions'), { session: ann, body: { userIds: [bo.userId] } });
    const boName = (await api.call('GET', '/api/me', { session: bo })).body.user.name;
    const mine = await api.call('GET', '/api/export', { session: ann });
    expect(mine.status).toBe(200);
    expect(mine.body.team?.workspaces).toEqual([
      expect.objectContaining({
        name: 'Acme',
        role: 'admin',
        profile: expect.objectContaining({ values: { city: 'Oslo' }, shared: ['city'] }),
        excludedFromPairing: [boName],
      }),
    ]);
    expect(JSON.stringify(mine.body)).not.toContain('Lisbon');
    // Bo's export knows nothing of Ann's confidential exclusion.
    const his = await api.call('GET', '/api/export', { session: bo });
    expect(his.body.team?.workspaces[0]?.excludedFromPairing).toEqual([]);
    expect(JSON.stringify(his.body)).not.toContain('Oslo');
    // A restore accepts the document and leaves membership alone.
    const fresh = await api.addMember(admin, { name: 'Fresh Start' });
    const restored = await api.call('POST', '/api/restore', { session: fresh, body: his.body });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect((await api.call('GET', '/api/workspaces', { session: fresh })).body.workspaces).toEqual(
      [],
    );
  });

  it('deleting an account leaves its workspaces and hands the admin role on', async () => {
    const founder = await api.addMember(admin, { name: 'Fay Founder' });
    const created = await api.call('POST', '/api/workspaces', {
      session: founder,
      body: { name: 'Side project' },
    });
    const sideId = created.body.workspace.id;
    const token = await inviteToken(api, founder, sideId);
    await api.call('POST', '/api/workspaces/join', { session: bo, body: { token } });
    const deleted = await api.call('POST', '/api/me/delete', {
      session: founder,
      body: { password: founder.password },
    });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    const side = await api.call('GET', `/api/workspaces/${sideId}`, { session: bo });
    expect(side.body.workspace).toMatchObject({ role: 'admin', memberCount: 1 });
  });
});
