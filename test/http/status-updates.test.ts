// Getting credit: the log, the weekly update drafted from it, edited and e-mailed to the manager
// through a real SMTP server on loopback; a refused send keeps the draft; scheduled drafts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { statusUpdateDrafts } from '../../src/jobs/tasks/status-update-drafts';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

describe.each(dialects())('status updates on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  let manager: { id: string };

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    smtp.messages.length = 0;
    smtp.refuse(false);
    db = await createTestDatabase(dialect);
    // Friday 27 November 2026, 15:30 in Berlin.
    now = new Date('2026-11-27T14:30:00Z');
    api = testApi(
      db,
      { now: () => now },
      { mailer: smtpMailer({ url: smtp.url, from: 'Rapport <rapport@example.com>' }) },
    );
    me = await api.setupOwner({
      name: 'Ann Lee',
      email: 'ann@example.com',
      timeZone: 'Europe/Berlin',
    });
    manager = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Maya Boss', kind: 'manager', email: 'maya@example.com' },
      })
    ).body.person;
  });
  afterEach(() => db.dispose());

  const did = async (body: BodyOf<'POST', '/api/accomplishments'>) => {
    const response = await api.call('POST', '/api/accomplishments', { session: me, body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.accomplishment;
  };

  it('drafts the week from the log, sends it, and keeps it in the history', async () => {
    const helper = (
      await api.call('POST', '/api/people', { session: me, body: { name: 'Bo Chen' } })
    ).body.person;
    await did({
      title: 'Shipped the billing export',
      project: 'Billing',
      impact: 'Cut support tickets by 30%',
      helpedBy: [helper.id],
      date: '2026-11-24',
    });
    await did({
      title: 'Fixed <script>alert(1)</script> in the form',
      project: 'Billing',
      date: '2026-11-25',
    });
    await did({ title: 'Old news', date: '2026-11-10' });
    await api.call('POST', '/api/flex', {
      session: me,
      body: { text: 'Took a 7am call with Sydney', date: '2026-11-26' },
    });

    const drafted = await api.call('POST', '/api/updates', {
      session: me,
      body: { period: 'week' },
    });
    expect(drafted.status).toBe(201);
    const update = drafted.body.update;
    expect(update).toMatchObject({
      status: 'draft',
      periodStart: '2026-11-23',
      periodEnd: '2026-11-29',
      recipients: ['maya@example.com'],
    });
    expect(update.markdown).toContain('Shipped the billing export');
    expect(update.markdown).not.toContain('Old news');

    const edited = await api.call('PATCH', `/api/updates/${update.id}`, {
      session: me,
      body: { markdown: `${update.markdown}\n\nAlso: **planning Q1** next week.` },
    });
    expect(edited.body.update.html).toContain('<strong>planning Q1</strong>');

    const sent = await api.call('POST', `/api/updates/${update.id}/send`, {
      session: me,
      body: {},
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.update.status).toBe('sent');

    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0]!;
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('maya@example.com');
    expect(mail.subject).toBe(update.subject);
    expect(mail.subject).toContain('Ann Lee');
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.text).toContain('Shipped the billing export');
    expect(mail.text).toContain('planning Q1');
    expect(mail.html).toContain('Shipped the billing export');
    expect(mail.html).toContain('Cut support tickets by 30%');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toMatch(/\*\*|^#{1,6} |\n- /m);
    expect(mail.text).not.toMatch(/<\/?(p|li|strong|ul)>/);

    const history = await api.call('GET', '/api/updates', { session: me });
    expect(history.body.updates.map((u) => u.status)).toEqual(['sent']);
    const again = await api.call('POST', `/api/updates/${update.id}/send`, {
      session: me,
      body: {},
    });
    expect(again.status).toBe(409);
  });

  it('keeps the draft, unsent, when the mail server refuses or is down, and sends on retry', async () => {
    await did({ title: 'Wrote the migration plan' });
    const update = (await api.call('POST', '/api/updates', { session: me, body: {} })).body.update;

    smtp.refuse(true);
    const refused = await api.call('POST', `/api/updates/${update.id}/send`, {
      session: me,
      body: {},
    });
    expect(refused.status).toBe(502);
    expect(refused.body.error?.message).toMatch(/refused.*kept as an unsent draft/);

    const down = testApi(
      db,
      { now: () => now },
      { mailer: smtpMailer({ url: 'smtp://127.0.0.1:9', from: 'x@example.com' }) },
    );
    const unreachable = await down.call('POST', `/api/updates/${update.id}/send`, {
      session: me,
      body: {},
    });
    expect(unreachable.status).toBe(502);
    expect(unreachable.body.error?.message).toMatch(/Cannot reach the mail server/);

    const kept = (await api.call('GET', `/api/updates/${update.id}`, { session: me })).body.update;
    expect(kept).toMatchObject({ status: 'draft', sentAt: null });
    expect(kept.error).toMatch(/Cannot reach/);
    expect(kept.markdown).toBe(update.markdown);

    smtp.refuse(false);
    const retried = await api.call('POST', `/api/updates/${update.id}/send`, {
      session: me,
      body: { to: ['skip@example.com'] },
    });
    expect(retried.body.update).toMatchObject({
      status: 'sent',
      error: null,
      recipients: ['skip@example.com'],
    });
    expect(smtp.messages).toHaveLength(1);
  });

  it('drafts on the user’s schedule, once per week, and sends when told to', async () => {
    await did({ title: 'Closed the hiring loop' });
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: {
        updateSchedule: {
          enabled: true,
          kind: 'week',
          weekday: 'fri',
          time: '15:00',
          deliver: 'send',
          to: [],
        },
      },
    });
    const before = new Date('2026-11-27T13:59:00Z');
    await statusUpdateDrafts.run(api.ctx, before);
    expect((await api.call('GET', '/api/updates', { session: me })).body.updates).toEqual([]);

    for (const minute of ['2026-11-27T14:00:00Z', '2026-11-27T14:01:00Z', '2026-11-27T18:30:00Z']) {
      await statusUpdateDrafts.run(api.ctx, new Date(minute));
    }
    const updates = (await api.call('GET', '/api/updates', { session: me })).body.updates;
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({
      origin: 'scheduled',
      status: 'sent',
      recipients: ['maya@example.com'],
    });
    expect(smtp.messages.map((m) => m.subject)).toEqual([updates[0]!.subject]);
    expect(manager.id).toBeTruthy();
    // A scheduled send comes from the user too, as a manual one does.
    expect(smtp.messages[0]!.from?.value[0]?.name).toBe('Ann Lee via Rapport');
    expect(smtp.messages[0]!.replyTo?.value[0]?.address).toBe('ann@example.com');
  });

  it('mails the user a draft to review when they chose to review first', async () => {
    await did({ title: 'Ran the retro' });
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: {
        updateSchedule: {
          enabled: true,
          kind: 'week',
          weekday: 'fri',
          time: '09:00',
          deliver: 'review',
          to: [],
        },
      },
    });
    await statusUpdateDrafts.run(api.ctx, now);
    const [update] = (await api.call('GET', '/api/updates', { session: me })).body.updates;
    expect(update?.status).toBe('draft');
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.subject).toMatch(/^Ready to review/);
    expect(
      smtp.messages[0]!.to && 'text' in smtp.messages[0]!.to ? smtp.messages[0]!.to.text : '',
    ).toContain('ann@example.com');
  });

  it('keeps promises and favors with family and friends out of the update', async () => {
    const partner = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Sam Home', kind: 'partner' },
      })
    ).body.person;
    const colleague = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Cy Work', kind: 'coworker' },
      })
    ).body.person;
    await api.call('POST', '/api/promises', {
      session: me,
      body: { personId: partner.id, text: 'book the anniversary dinner', due: '2026-11-28' },
    });
    await api.call('POST', '/api/promises', {
      session: me,
      body: { personId: colleague.id, text: 'review the RFC', due: '2026-11-28' },
    });
    await api.call('POST', '/api/favors', {
      session: me,
      body: {
        personId: partner.id,
        direction: 'got',
        kind: 'cover',
        text: 'took the kids all week',
      },
    });
    const update = (await api.call('POST', '/api/updates', { session: me, body: {} })).body.update;
    expect(update.markdown).toContain('review the RFC');
    expect(update.markdown).not.toMatch(/anniversary|kids|Sam Home/);
  });

  it('sends as “Ann Lee via Rapport” with replies going to Ann', async () => {
    await did({ title: 'Wrote the migration plan' });
    const update = (await api.call('POST', '/api/updates', { session: me, body: {} })).body.update;
    await api.call('POST', `/api/updates/${update.id}/send`, { session: me, body: {} });
    const mail = smtp.messages[0]!;
    expect(mail.from?.value).toEqual([
      { name: 'Ann Lee via Rapport', address: 'rapport@example.com' },
    ]);
    expect(mail.replyTo?.value).toEqual([{ name: '', address: 'ann@example.com' }]);
  });

  it('lists only favors dated in the week and with work people; undated ones once', async () => {
    const add = async (name: string, kind: BodyOf<'POST', '/api/people'>['kind']) =>
      (await api.call('POST', '/api/people', { session: me, body: { name, kind } })).body.person;
    const lena = await add('Lena Work', 'coworker');
    const mateo = await add('Mateo', 'friend');
    // No date given: it happened today (Friday 27 Nov in Berlin), not in every week.
    const favor = await api.call('POST', '/api/favors', {
      session: me,
      body: { personId: lena.id, direction: 'gave', kind: 'review', text: 'the RFC' },
    });
    expect(favor.status).toBe(201);
    expect(favor.body.item.date).toBe('2026-11-27');
    await api.call('POST', '/api/favors', {
      session: me,
      body: { personId: mateo.id, direction: 'gave', kind: 'recommendation', text: 'bike shop' },
    });
    // A favor stored undated by an older version, noted the week before.
    await api.ctx.repos.personItems.create(
      me.userId,
      lena.id,
      'favor',
      { text: 'old undated help', kind: 'advice', direction: 'got', date: null },
      null,
      '2026-11-18T10:00:00Z',
    );
    const thisWeek = (await api.call('POST', '/api/updates', { session: me, body: {} })).body
      .update;
    expect(thisWeek.markdown).toContain('Review for Lena Work — the RFC (27 Nov)');
    expect(thisWeek.markdown).not.toMatch(/Mateo|bike shop|old undated help/);

    const lastWeek = (
      await api.call('POST', '/api/updates', { session: me, body: { which: 'previous' } })
    ).body.update;
    expect(lastWeek.markdown).toContain('old undated help');
    expect(lastWeek.markdown).not.toContain('the RFC');
    const nextWeek = (
      await api.call('POST', '/api/updates', {
        session: me,
        body: { from: '2026-11-30', to: '2026-12-06' },
      })
    ).body.update;
    expect(nextWeek.markdown).not.toMatch(/the RFC|old undated help/);
  });

  it('lists blockers still in the way, until they are cleared', async () => {
    const lena = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Lena Vogel', kind: 'coworker' },
      })
    ).body.person;
    const created = await api.call('POST', '/api/blockers', {
      session: me,
      body: { text: 'Prod database access', personId: lena.id, since: '2026-11-24' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const blocker = created.body.blocker;
    expect(blocker).toMatchObject({
      since: '2026-11-24',
      resolvedOn: null,
      person: { name: 'Lena Vogel' },
    });
    const bad = await api.call('POST', '/api/blockers', { session: me, body: { text: ' ' } });
    expect(bad.status).toBe(400);

    // Waiting on someone at home is a blocker too, but their name stays out of the update.
    const sam = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Sam Partner', kind: 'partner' },
      })
    ).body.person;
    await api.call('POST', '/api/blockers', {
      session: me,
      body: { text: 'Childcare on Thursday', personId: sam.id, since: '2026-11-25' },
    });

    const update = (await api.call('POST', '/api/updates', { session: me, body: {} })).body.update;
    expect(update.markdown).toContain(
      '## Blockers / needs\n\n- Prod database access — waiting on Lena Vogel since 24 Nov\n',
    );
    expect(update.markdown).toContain('- Childcare on Thursday');
    expect(update.markdown).not.toContain('Sam Partner');

    const resolved = await api.call('POST', `/api/blockers/${blocker.id}/resolve`, {
      session: me,
    });
    expect(resolved.body.blocker.resolvedOn).toBe('2026-11-27');
    const open = await api.call('GET', '/api/blockers?open=true', { session: me });
    expect(open.body.blockers.map((b) => b.text)).toEqual(['Childcare on Thursday']);
    const after = (
      await api.call('POST', '/api/updates', {
        session: me,
        body: { from: '2026-11-30', to: '2026-12-06' },
      })
    ).body.update;
    expect(after.markdown).not.toContain('Prod database access');

    const other = await api.addMember(me);
    const foreign = await api.call('POST', `/api/blockers/${blocker.id}/resolve`, {
      session: other,
    });
    expect(foreign.status).toBe(404);
  });

  it('summarises the log for brag in every format', async () => {
    await did({
      title: 'Led the incident review',
      project: 'Reliability',
      impact: 'Two fixes shipped',
    });
    await did({ title: 'Paired with the new hire', project: 'Team' });
    const result = await api.call('GET', '/api/brag?period=week', { session: me });
    expect(result.status).toBe(200);
    expect(result.body.summary).toMatchObject({ total: 2, withImpact: 1, projectCount: 2 });
    expect(result.body.markdown).toContain('Reliability');
    expect(result.body.html).not.toContain('**');
    const bad = await api.call('GET', '/api/brag?from=2026-11-30&to=2026-11-01', {
      session: me,
    });
    expect(bad.status).toBe(400);
  });
});
