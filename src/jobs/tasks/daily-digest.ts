// The morning digest: at the user's chosen local time, on working days, within working hours,
// once a day; nothing is sent when nothing is due. The day's claim and the mail go into the
// database in one transaction (the outbox), so a digest is neither lost nor sent twice when an
// instance dies; the outbox sender delivers it right away, or after a failure, later.
import type { AppContext } from '../../app/context';
import { inTransaction } from '../../app/context';
import { composeDigest } from '../../app/digest/daily-digest';
import { DIGEST_TOPIC } from '../../app/digest/digest-now';
import { isFirstWorkingDay } from '../../app/digest/week-digest';
import { deliverOutbox, enqueueMail } from '../../app/outbox/outbox-sender';
import { preferencesOf } from '../../app/people/preferences';
import { userSchedule } from '../../app/schedules/schedules';
import { digestDue } from '../../domain/availability/index';
import { todayIn } from '../../domain/index';
import type { ScheduledTask } from '../scheduler';

export const dailyDigest: ScheduledTask = {
  name: 'daily-digest',
  async run(ctx: AppContext, now: Date) {
    if (!ctx.mailer.configured) return;
    const queued: string[] = [];
    for (const user of await ctx.repos.users.listAll()) {
      const digest = preferencesOf(user.preferences).digest;
      if (!digest?.enabled) continue;
      try {
        const schedule = await userSchedule(ctx, user.id);
        if (!digestDue(digest, schedule, now.toISOString())) continue;
        const key = `digest:${user.id}:${todayIn(user.timeZone, now.toISOString())}`;
        if (await ctx.repos.jobRuns.has(key)) continue;
        // The first working day of the user's week also brings last week's summary.
        const lastWeek = isFirstWorkingDay(schedule, todayIn(user.timeZone, now.toISOString()));
        const mail = await composeDigest(
          ctx,
          user.id,
          ctx.settings.publicUrl ?? 'http://127.0.0.1:7707',
          { lastWeek },
        );
        // Claimed even when nothing is due: one look a day, as the user chose.
        const id = await inTransaction(ctx, async (repos) => {
          if (!(await repos.jobRuns.claim(key, user.id, now.toISOString()))) return null;
          return mail
            ? enqueueMail(
                ctx,
                repos,
                {
                  to: [user.email],
                  ownerId: user.id,
                  mailKind: 'digest',
                  ...mail,
                },
                { topic: DIGEST_TOPIC },
              )
            : null;
        });
        if (id) queued.push(id);
      } catch (error) {
        ctx.log.error({ err: error, userId: user.id }, 'digest failed');
      }
    }
    if (queued.length > 0) await deliverOutbox(ctx, { ids: queued });
  },
};
