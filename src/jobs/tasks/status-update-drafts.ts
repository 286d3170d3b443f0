// Drafts each user's status update at the time they chose, in their zone, once per period; then
// sends it, or mails the user a note to review it, as they chose. The period's claim, the draft
// and the mail are written in one transaction (the outbox), so an instance dying half-way loses
// nothing and sends nothing twice; the outbox sender delivers the mail.

import type { AppContext } from '../../app/context';
import { inTransaction } from '../../app/context';
import { draftUpdate } from '../../app/credit/status-updates';
import { deliverOutbox, enqueueMail } from '../../app/outbox/outbox-sender';
import { preferencesOf } from '../../app/people/preferences';
import { escapeHtml } from '../../domain/credit/markdown-render';
import { periodFor } from '../../domain/credit/period';
import { updateDraftDue } from '../../domain/schedule/update-schedule';
import type { ScheduledTask } from '../scheduler';

export const statusUpdateDrafts: ScheduledTask = {
  name: 'status-update-drafts',
  async run(ctx: AppContext, now: Date) {
    const queued: string[] = [];
    for (const user of await ctx.repos.users.listAll()) {
      const schedule = preferencesOf(user.preferences).updateSchedule;
      if (!schedule?.enabled || !updateDraftDue(schedule, now.getTime(), user.timeZone)) continue;
      try {
        const id = await draftFor(ctx, user, schedule, now);
        if (id) queued.push(id);
      } catch (error) {
        ctx.log.error({ err: error, userId: user.id }, 'status update draft failed');
      }
    }
    if (queued.length > 0) await deliverOutbox(ctx, { ids: queued });
  },
};

/** Drafts (and queues the mail of) one user's update; the outbox row's id, if any. */
async function draftFor(
  ctx: AppContext,
  user: { id: string; name: string; email: string; timeZone: string },
  schedule: NonNullable<ReturnType<typeof preferencesOf>['updateSchedule']>,
  now: Date,
): Promise<string | null> {
  // One draft per user and period, whichever instance or minute gets here first.
  const period = periodFor(schedule.kind, now.toISOString(), user.timeZone);
  const key = `status-update:${user.id}:${period.start}`;
  if (await ctx.repos.jobRuns.has(key)) return null;
  return inTransaction(ctx, async (repos) => {
    if (!(await repos.jobRuns.claim(key, user.id, now.toISOString()))) return null;
    const draft = await draftUpdate(
      { ...ctx, repos },
      user.id,
      { period: schedule.kind },
      'scheduled',
    );
    const at = now.toISOString();
    if (schedule.deliver === 'send') {
      const to = schedule.to.length ? schedule.to : draft.recipients;
      if (to.length === 0 || !ctx.mailer.configured) {
        const error = ctx.mailer.configured
          ? 'No recipients: add your manager’s e-mail to their person, then send it'
          : 'E-mail is not set up: set RAPPORT_SMTP_URL and RAPPORT_MAIL_FROM';
        await repos.statusUpdates.update(user.id, draft.id, { error }, at);
        return null;
      }
      // Sent as far as the user is concerned: the outbox delivers it, retrying until it can.
      await repos.statusUpdates.update(
        user.id,
        draft.id,
        { status: 'sent', sentAt: at, recipients: to, error: null },
        at,
      );
      return enqueueMail(ctx, repos, {
        to,
        ownerId: user.id,
        subject: draft.subject,
        text: draft.text,
        html: draft.html,
        replyTo: user.email,
        onBehalfOf: user.name,
      });
    }
    if (!ctx.mailer.configured) return null;
    const link = ctx.settings.publicUrl ? `${ctx.settings.publicUrl}/updates/${draft.id}` : null;
    const intro = `Your ${schedule.kind === 'week' ? 'weekly' : 'monthly'} update is drafted. Review it, edit what you like, then send it${link ? `: ${link}` : ' from Rapport'}.`;
    return enqueueMail(ctx, repos, {
      to: [user.email],
      ownerId: user.id,
      subject: `Ready to review: ${draft.subject}`,
      mailKind: 'update-drafts',
      text: `${intro}\n\n${draft.text}`,
      html: `<p>${escapeHtml(intro)}</p><hr>${draft.html}`,
    });
  });
}
