// When a reply owed shows up on Today. The delay is counted on the plain clock from the
// person's mail, then, when that moment falls outside the user's working hours, moved to the
// start of the next working stretch: a Thursday 10:00 mail with 24 h is due Friday 10:00; a
// Friday 16:00 mail is due Saturday 16:00, that is Monday 09:00 with mon-fri 9-17. Stretches
// are [start, end): a moment at exactly 17:00 is after work. Counting only working hours
// ("24 working hours" = three days) was rejected: a day's delay would become most of a week.
import { workingIntervals } from '../availability/intervals.js';
import { isoInstant } from '../availability/local-time.js';
import { compileSchedule } from '../availability/schedule.js';
import type { WeeklyHours } from '../availability/types.js';
import { epochMsOf } from '../time/instant.js';

const HOUR_MS = 3_600_000;
// Hours with a working stretch in every fortnight; past that the user has no hours at all and
// the plain delay stands.
const LOOK_AHEAD_MS = 15 * 24 * HOUR_MS;

/** The instant (ISO, UTC) a reply owed since `since` becomes due; see the file comment. */
export function replyDueAt(
  since: string,
  delayHours: number,
  hours: WeeklyHours,
  timeZone: string,
): string {
  const due = epochMsOf(since) + Math.max(0, delayHours) * HOUR_MS;
  const schedule = compileSchedule({ zone: timeZone, hours, officeDays: [], trips: [] });
  const next = workingIntervals(schedule, due, due + LOOK_AHEAD_MS)[0];
  return isoInstant(next ? Math.max(next[0], due) : due);
}
