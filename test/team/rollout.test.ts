// A team rollout that does not embarrass anyone, on a controllable clock: founding members are
// not welcomed as newcomers, later joiners are; team mail waits for each recipient's working
// hours (their zone) and goes once however many instances tick; "Add to my people" links to the
// person the user already has instead of making a duplicate, and marks recent newcomers as new;
// coffee pairing is opt-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app/context';
import { recentNewcomerSince } from '../../src/app/team/participation';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { outboxSender } from '../../src/jobs/tasks/outbox';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { inviteToken, workspacePaths } from './team-support';

describe.each(dialects())('a team rollout on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let smtp: TestSmtp;
  let now = new Date('2026-03-02T08:00:00Z'); // a Monday
  let admin: Session;
  let bo: Session;
  let ana: Session;
  let cy: Session;
  let workspaceId: string;
  const path = workspacePaths(() => workspaceId);
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const mailer = () => smtpMailer({ url: smtp.url, from: 'Rapport <rapport@test.example>' });
  const mailTo = (who: Session, subject: RegExp) =>
    smtp.messages.filter(
      (m) =>
        subject.test(m.subject ?? '') &&
        (m.to && 'text' in m.to ? m.to.text : '').includes(who.email),
    );
  const welcomeRounds = async () =>
    db.store.db
      .selectFrom('pairing_rounds')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('kind', '=', 'welcome')
      .execute();
  /** The minute tick on three instances at once. */
  const tick = async () => {
    const instances = [0, 1, 2].map(() =>
      createAppContext(db.store, { now: () => now }, api.ctx.settings, { mailer: mailer() }),
    );
    await Promise.all(instances.map((ctx) => outboxSender.run(ctx, now)));
  };
  const join = async (session: Session, token: string) => {
    const joined = await api.call('POST', '/api/workspaces/join', { session, body: { token } });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    smtp = await startTestSmtp();
    // The story spans weeks of the test clock; sessions must outlive it.
    api = testApi(
      db,
      { now: () => now },
      { mailer: mailer(), sessionDays: 365, sessionIdleDays: 365 },
    );
    admin = await api.setupOwner({ name: 'Mara Okafor', timeZone: 'Europe/Berlin' });
    const created = await api.call('POST', '/api/workspaces', {
      session: admin,
      body: { name: 'Acme' },
    });
    workspaceId = created.body.workspace.id;
    // Mara already keeps Ana (with her e-mail and city) and a "Bo Jensen" without an e-mail.
    await api.call('POST', '/api/people', {
      session: admin,
      body: { name: 'Ana Silva', email: 'ana.silva@example.com', city: 'Porto' },
    });
    await api.call('POST', '/api/people', { session: admin, body: { name: 'Bo Jensen' } });
  });
  afterAll(async () => {
    await smtp.close();
    await db.dispose();
  });

  it('welcomes nobody among the founding members who join in the first weeks', async () => {
    at('2026-03-03T10:00:00Z');
    bo = await api.addMember(admin, { name: 'Bo Jensen' });
    ana = await api.addMember(admin, { name: 'Ana Silva', email: 'ana.silva@example.com' });
    const token = await inviteToken(api, admin, workspaceId);
    await join(bo, token);
    at('2026-03-04T10:00:00Z');
    await join(ana, token);
    expect(await welcomeRounds()).toHaveLength(0);
    const mine = await api.call('GET', path('/welcomes'), { session: bo });
    expect(mine.body.welcomes ?? mine.body).toEqual([]);
  });

  it('welcomes a later joiner, with mail that waits for each recipient’s working hours', async () => {
    // Sunday 22:29 in Berlin: Cy joins after the founding weeks, so Cy is new to the team.
    at('2026-03-22T21:29:00Z');
    cy = await api.addMember(admin, { name: 'Cy Newman', timeZone: 'Europe/Berlin' });
    smtp.messages.length = 0;
    await join(cy, await inviteToken(api, admin, workspaceId));
    expect(await welcomeRounds()).toHaveLength(1);
    // Nobody is mailed on a Sunday night.
    expect(smtp.messages).toHaveLength(0);
    await tick();
    expect(smtp.messages).toHaveLength(0);
    at('2026-03-23T07:59:00Z'); // Monday 08:59 in Berlin
    await tick();
    expect(smtp.messages).toHaveLength(0);
    at('2026-03-23T08:00:00Z'); // 09:00, the start of their working hours
    await tick();
    expect(mailTo(cy, /^Welcome to Acme: meet /)).toHaveLength(1);
    const toColleagues = smtp.messages.filter((m) =>
      /Cy Newman just joined Acme/.test(m.subject ?? ''),
    );
    expect(toColleagues.length).toBeGreaterThan(0);
    // Sent once, however many instances tick again.
    const sent = smtp.messages.length;
    at('2026-03-23T08:01:00Z');
    await tick();
    expect(smtp.messages).toHaveLength(sent);
  });

  it('lets an admin say who an invite is for', async () => {
    const dee = await api.addMember(admin, { name: 'Dee Old-Hand' });
    const colleague = await api.call('POST', path('/invites'), {
      session: admin,
      body: { newcomer: false },
    });
    await join(dee, colleague.body.token);
    expect(await welcomeRounds()).toHaveLength(1);
    const bad = await api.raw('POST', path('/invites'), {
      session: admin,
      body: { newcomer: 'yes' },
    });
    expect(bad.status).toBe(400);
  });

  it('marks a recent newcomer as new when added to one’s people, and a founder not', async () => {
    const added = await api.call('POST', path(`/members/${cy.userId}/add-to-people`), {
      session: admin,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.linked).toBe(false);
    const row = await db.store.db
      .selectFrom('people')
      .select('new_since')
      .where('id', '=', added.body.person.id)
      .executeTakeFirstOrThrow();
    expect(row.new_since).toBe('2026-03-22');

    // Thirty days on, a newcomer is no longer new to someone adding them.
    const cyRecord = (await api.ctx.repos.workspaceMembers.find(workspaceId, cy.userId))!;
    expect(recentNewcomerSince(cyRecord, new Date('2026-04-20T08:00:00Z'))).toBe('2026-03-22');
    expect(recentNewcomerSince(cyRecord, new Date('2026-04-22T08:00:00Z'))).toBeNull();
    // A founder never is.
    const boRecord = (await api.ctx.repos.workspaceMembers.find(workspaceId, bo.userId))!;
    expect(boRecord.newcomerSince).toBeNull();
  });

  it('offers to link to the person one already has, by e-mail, and fills only empty fields', async () => {
    await api.call('PATCH', path('/profile'), {
      session: ana,
      body: { city: 'Lisbon', team: 'Payments', share: ['email', 'city', 'team'] },
    });
    const first = await api.call('POST', path(`/members/${ana.userId}/add-to-people`), {
      session: admin,
    });
    expect(first.status).toBe(409);
    expect(first.body.error?.message).toMatch(/already have Ana Silva/);
    // The contract leaves an error's details open: this one names the person it matched.
    const { match } = first.body.error!.details as { match: { id: string } };
    expect(match).toMatchObject({ name: 'Ana Silva', matchedBy: 'email' });

    // Another user's person id is "not found"; nothing is linked.
    const stranger = await api.call('POST', path(`/members/${ana.userId}/add-to-people`), {
      session: bo,
      body: { action: 'link', personId: match.id },
    });
    expect(stranger.status).toBe(404);
    const noId = await api.call('POST', path(`/members/${ana.userId}/add-to-people`), {
      session: admin,
      body: { action: 'link' },
    });
    expect(noId.status).toBe(400);

    const linked = await api.call('POST', path(`/members/${ana.userId}/add-to-people`), {
      session: admin,
      body: { action: 'link', personId: match.id },
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toMatchObject({ linked: true, person: { id: match.id } });
    // Her city as Mara wrote it stays; the team she shares fills the empty field.
    expect(linked.body.person.city).toBe('Porto');
    expect(linked.body.person.team).toBe('Payments');
    const anas = await api.call('GET', '/api/people?match=Ana', { session: admin });
    expect(anas.body.people.filter((p) => p.name === 'Ana Silva')).toHaveLength(1);
  });

  it('matches by exact name when nothing else is shared, and can still add a second person', async () => {
    const first = await api.call('POST', path(`/members/${bo.userId}/add-to-people`), {
      session: admin,
    });
    expect(first.status).toBe(409);
    expect(first.body.error?.details).toMatchObject({
      match: { name: 'Bo Jensen', matchedBy: 'name' },
    });
    const second = await api.call('POST', path(`/members/${bo.userId}/add-to-people`), {
      session: admin,
      body: { action: 'new' },
    });
    expect(second.status).toBe(201);
    const bos = await api.call('GET', '/api/people?match=Bo', { session: admin });
    expect(bos.body.people.filter((p) => p.name === 'Bo Jensen')).toHaveLength(2);
  });

  it('pairs only members who opted in, and mails each in their own working hours', async () => {
    at('2026-03-23T10:00:00Z');
    const priya = await api.addMember(admin, { name: 'Priya Raman', timeZone: 'Asia/Kolkata' });
    await join(priya, await inviteToken(api, admin, workspaceId));
    // Nobody is paired before saying yes.
    const none = await api.call('POST', path('/rounds'), {
      session: admin,
      body: { dryRun: true },
    });
    expect(none.body.round.groups).toEqual([]);
    for (const who of [admin, priya]) {
      const optIn = await api.call('PATCH', path('/profile'), {
        session: who,
        body: { pairing: { optIn: true } },
      });
      expect(optIn.body.profile.pairing.optIn).toBe(true);
    }
    smtp.messages.length = 0;
    // Tuesday 03:00 in Bangalore (Monday 22:30 in Berlin).
    at('2026-03-23T21:30:00Z');
    const round = await api.call('POST', path('/rounds'), { session: admin, body: {} });
    expect(round.status, JSON.stringify(round.body)).toBe(201);
    const paired = round.body.round.groups.flatMap((g) => g.members.map((m) => m.id));
    expect(paired.sort()).toEqual([admin.userId, priya.userId].sort());
    expect(round.body.delivery).toMatchObject({ mailed: 0, waiting: 2 });
    await tick();
    expect(mailTo(priya, /^Coffee in Acme/)).toHaveLength(0);
    // 09:00 in Bangalore: her mail goes, once; Mara's waits for Berlin's morning.
    at('2026-03-24T03:30:00Z');
    await tick();
    await tick();
    expect(mailTo(priya, /^Coffee in Acme/)).toHaveLength(1);
    expect(mailTo(admin, /^Coffee in Acme/)).toHaveLength(0);
    at('2026-03-24T07:59:00Z');
    await tick();
    expect(mailTo(admin, /^Coffee in Acme/)).toHaveLength(0);
    at('2026-03-24T08:00:00Z'); // 09:00 in Berlin
    await tick();
    expect(mailTo(admin, /^Coffee in Acme/)).toHaveLength(1);
  });

  it('withdraws the mail a leaver would get and the mail about them, when they leave', async () => {
    // Sunday night in Berlin: Eve joins as a newcomer; everyone's welcome mail waits for Monday.
    at('2026-03-29T20:30:00Z');
    const eve = await api.addMember(admin, { name: 'Eve Early-Leaver', timeZone: 'Europe/Berlin' });
    await join(eve, await inviteToken(api, admin, workspaceId));
    smtp.messages.length = 0;
    await tick();
    expect(smtp.messages).toHaveLength(0);
    expect((await api.call('POST', path('/leave'), { session: eve })).status).toBe(204);
    at('2026-03-30T08:00:00Z'); // Monday 10:00 in Berlin: everyone at work
    await tick();
    expect(smtp.messages.filter((m) => /Eve/.test(`${m.subject} ${m.text}`))).toEqual([]);
  });
});
