// What the household page shows: whether the user is at work right now and today's hours.
// Nothing else about the user or the people they keep is read here.
import { workStatus } from '../../domain/availability/index';
import type { AppContext } from '../context';
import { userSchedule } from './schedules';

export async function householdStatus(ctx: AppContext, userId: string) {
  const schedule = await userSchedule(ctx, userId);
  const status = workStatus(schedule, ctx.clock.now().toISOString());
  const time = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat('en-GB', {
          timeZone: status.zone,
          hour: '2-digit',
          minute: '2-digit',
          weekday: 'short',
        }).format(new Date(iso))
      : null;
  const until = time(status.until);
  return {
    atWork: status.status === 'at-work',
    detail:
      status.status === 'at-work'
        ? until
          ? `Until ${until}`
          : ''
        : until
          ? `Back at work ${until}`
          : 'No working hours set',
    todayHours: status.todayHours.length
      ? status.todayHours.map((h) => `${h.start}–${h.end}`).join(', ')
      : 'day off',
  };
}
