// Drafts each user's status update at the time they chose, in their zone, once per period; then
// sends it, or mails the user a note to review it, as they chose.
import type { AppContext } from '../../app/context';
import { draftUpdate, sendUpdate } from '../../app/credit/status-updates';
import { preferencesOf } from '../../app/people/preferences';
import { periodFor } from '../../domain/credit/period';
import { updateDraftDue } from '../../domain/schedule/update-schedule';
import type { ScheduledTask } from '../scheduler';

export const statusUpdateDrafts: ScheduledTask = {
  name: 'status-update-drafts',
  async run(ctx: AppContext, now: Date) {
    for (const user of await ctx.repos.users.listAll()) {
      const schedule = preferencesOf(user.preferences).updateSchedule;
      if (!schedule?.enabled || !updateDraftDue(schedule, now.getTime(), user.timeZone)) continue;
      try {
        await draftFor(ctx, user, schedule, now);
      } catch (error) {
        console.error(`status update draft for ${user.id} failed:`, (error as Error).message);
      }
    }
  },
};

async function draftFor(
  ctx: AppContext,
  user: { id: string; email: string; timeZone: string },
  schedule: NonNullable<ReturnType<typeof preferencesOf>['updateSchedule']>,
  now: Date,
) {
  // One draft per user and period, whichever instance or minute gets here first.
  const period = periodFor(schedule.kind, now.toISOString(), user.timeZone);
  const key = `status-update:${user.id}:${period.start}`;
  if (!(await ctx.repos.jobRuns.claim(key, user.id, now.toISOString()))) return;
  let draft: Awaited<ReturnType<typeof draftUpdate>>;
  try {
    draft = await draftUpdate(ctx, user.id, { period: schedule.kind }, 'scheduled');
  } catch (error) {
    await ctx.repos.jobRuns.release(key);
    throw error;
  }
  if (schedule.deliver === 'send') {
    await sendUpdate(ctx, user.id, draft.id, schedule.to.length ? { to: schedule.to } : {});
    return;
  }
  if (!ctx.mailer.configured) return;
  const link = ctx.settings.publicUrl ? `${ctx.settings.publicUrl}/updates/${draft.id}` : null;
  const intro = `Your ${schedule.kind === 'week' ? 'weekly' : 'monthly'} update is drafted. Review it, edit what you like, then send it${link ? `: ${link}` : ' from Rapport'}.`;
  await ctx.mailer.send({
    to: [user.email],
    subject: `Ready to review: ${draft.subject}`,
    text: `${intro}\n\n${draft.text}`,
    html: `<p>${escapeHtml(intro)}</p><hr>${draft.html}`,
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
