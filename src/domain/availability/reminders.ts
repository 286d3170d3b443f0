import { DomainInputError } from '../input-error.js';
import { weekdayOfEpochDay } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { requireClockTime } from './clock-time.js';
import { intervalAt, intervalsAround } from './intervals.js';
import { localParts, MINUTE_MS } from './local-time.js';
import { clockAt, compileSchedule } from './schedule.js';
import type { Schedule } from './types.js';

/** A break this long or longer ends the working day; a lunch break does not. */
export const END_OF_DAY_GAP_MINUTES = 180;

/**
 * Whether the daily digest is due: on a working day of the zone in force, at or after
 * `settings.time` there, and only while within working hours (never outside them). Callers
 * check every few minutes and send one digest per local day.
 */
export function digestDue(settings: { time: string }, schedule: Schedule, now: InstantInput) {
  const compiled = compileSchedule(schedule);
  const after = requireClockTime(settings?.time, 'digest time');
  const nowMs = epochMsOf(now);
  const local = localParts(clockAt(compiled, nowMs), nowMs);
  if (compiled.days[weekdayOfEpochDay(local.epochDay) - 1]!.length === 0) return false;
  if (local.minutes < after) return false;
  return intervalAt(intervalsAround(compiled, nowMs), nowMs) !== undefined;
}

/**
 * Whether `now` is in the last `minutesBefore` minutes of a working day: within working hours,
 * with the stretch ending that soon and no work again for END_OF_DAY_GAP_MINUTES after it.
 */
export function endOfDayDue(schedule: Schedule, now: InstantInput, minutesBefore = 15): boolean {
  if (!Number.isInteger(minutesBefore) || minutesBefore < 1 || minutesBefore > 240) {
    throw new DomainInputError(
      'invalid_minutes',
      'The end-of-day reminder must be 1 to 240 minutes before the end.',
    );
  }
  const compiled = compileSchedule(schedule);
  const nowMs = epochMsOf(now);
  const intervals = intervalsAround(compiled, nowMs, 2);
  const current = intervalAt(intervals, nowMs);
  if (!current || current[1] - nowMs > minutesBefore * MINUTE_MS) return false;
  const next = intervals.find(([start]) => start >= current[1]);
  return !next || next[0] - current[1] >= END_OF_DAY_GAP_MINUTES * MINUTE_MS;
}
