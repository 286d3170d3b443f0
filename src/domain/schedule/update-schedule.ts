import { WEEKDAYS } from '../availability/types.js';
import { DAY_MS, daysInMonth, weekdayOfEpochDay, ymdFromEpochDay } from '../time/epoch-day.js';
import { zoneClockFor } from '../time/zone-clock.js';

/** The weekdays an update can be scheduled on: every day of the week. */
export const SCHEDULE_WEEKDAYS = WEEKDAYS;

/** When the user wants their status update drafted, on their own clock. */
export interface UpdateSchedule {
  kind: 'week' | 'month';
  weekday: (typeof SCHEDULE_WEEKDAYS)[number];
  /** `HH:MM`, the user's local time. */
  time: string;
}

/**
 * Whether the draft is due at this instant: on the chosen weekday at or after the chosen time
 * (a monthly update: on that weekday in the month's last seven days). Callers run this every
 * minute and keep one draft per period, so a server that was down at 15:00 still drafts at 16:00.
 */
export function updateDraftDue(schedule: UpdateSchedule, now: number, zone: string): boolean {
  const clock = zoneClockFor(zone);
  const wall = clock.wallMs(now);
  const day = Math.floor(wall / DAY_MS);
  if (SCHEDULE_WEEKDAYS[weekdayOfEpochDay(day) - 1] !== schedule.weekday) return false;
  if (schedule.kind === 'month') {
    const { year, month, day: dayOfMonth } = ymdFromEpochDay(day);
    if (daysInMonth(year, month) - dayOfMonth >= 7) return false;
  }
  const minutes = Math.floor((wall - day * DAY_MS) / 60_000);
  const [hours, mins] = schedule.time.split(':').map(Number) as [number, number];
  return minutes >= hours * 60 + mins;
}
