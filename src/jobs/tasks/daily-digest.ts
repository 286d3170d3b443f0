// The morning digest: at the user's chosen local time, on working days, within working hours,
// once a day; nothing is sent when nothing is due.
import type { AppContext } from '../../app/context';
import { composeDigest } from '../../app/digest/daily-digest';
import { isFirstWorkingDay } from '../../app/digest/week-digest';
import { preferencesOf } from '../../app/people/preferences';
import { userSchedule } from '../../app/schedules/schedules';
import { digestDue } from '../../domain/availability/index';
import { todayIn } from '../../domain/index';
import type { ScheduledTask } from '../scheduler';

export const dailyDigest: ScheduledTask = {
  name: 'daily-digest',
  async run(ctx: AppContext, now: Date) {
    if (!ctx.mailer.configured) return;
    for (const user of await ctx.repos.users.listAll()) {
      const digest = preferencesOf(user.preferences).digest;
      if (!digest?.enabled) continue;
      try {
        const schedule = await userSchedule(ctx, user.id);
        if (!digestDue(digest, schedule, now.toISOString())) continue;
        const key = `digest:${user.id}:${todayIn(user.timeZone, now.toISOString())}`;
        if (!(await ctx.repos.jobRuns.claim(key, user.id, now.toISOString()))) continue;
        // The first working day of the user's week also brings last week's summary.
        const lastWeek = isFirstWorkingDay(schedule, todayIn(user.timeZone, now.toISOString()));
        const mail = await composeDigest(
          ctx,
          user.id,
          ctx.settings.publicUrl ?? 'http://127.0.0.1:7707',
          { lastWeek },
        );
        if (mail) await ctx.mailer.send({ to: [user.email], ...mail });
      } catch (error) {
        console.error(`digest for ${user.id} failed:`, (error as Error).message);
      }
    }
  },
};
