import { DAY_MS, weekdayOfEpochDay } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { formatClockTime } from './clock-time.js';
import { intervalAt, intervalsAround } from './intervals.js';
import { isoInstant, localParts } from './local-time.js';
import { clockAt, compileSchedule } from './schedule.js';
import type { HourRange, Schedule, Weekday } from './types.js';

/** Whether someone is within working hours at an instant, and their local date and time. */
export interface WorkingAt {
  working: boolean;
  /** `HH:MM` on the wall clock of `zone`. */
  localTime: string;
  /** `YYYY-MM-DD` on the calendar of `zone`. */
  localDate: string;
  weekday: Weekday;
  /** The zone in force (a trip's zone while it lasts). */
  zone: string;
}

/** The at-work / off status for the household page. */
export interface WorkStatus {
  status: 'at-work' | 'off';
  /** When the current status began (ISO instant), or null if not within the last week. */
  since: string | null;
  /** When it next changes (ISO instant), or null if not within the next week. */
  until: string | null;
  /** Today's working hours on the local wall clock of `zone`. */
  todayHours: HourRange[];
  zone: string;
}

// Weekly hours repeat, so any change of status is at most a week away, a trip or DST aside.
const STATUS_HORIZON_DAYS = 8;

/** Whether a schedule is within working hours at `instant`, with its local date and time there. */
export function workingAt(schedule: Schedule, instant: InstantInput): WorkingAt {
  const compiled = compileSchedule(schedule);
  const epochMs = epochMsOf(instant);
  const clock = clockAt(compiled, epochMs);
  const local = localParts(clock, epochMs);
  return {
    working: intervalAt(intervalsAround(compiled, epochMs), epochMs) !== undefined,
    localTime: local.time,
    localDate: local.date,
    weekday: local.weekday,
    zone: clock.zone,
  };
}

/** At work or off at `now`, since when and until when, with today's local hours. */
export function workStatus(schedule: Schedule, now: InstantInput): WorkStatus {
  const compiled = compileSchedule(schedule);
  const nowMs = epochMsOf(now);
  const intervals = intervalsAround(compiled, nowMs, STATUS_HORIZON_DAYS);
  const clock = clockAt(compiled, nowMs);
  const local = localParts(clock, nowMs);
  const todayHours = compiled.days[weekdayOfEpochDay(local.epochDay) - 1]!.map(([start, end]) => ({
    start: formatClockTime(start),
    end: formatClockTime(end),
  }));
  const horizonMs = STATUS_HORIZON_DAYS * DAY_MS;
  const current = intervalAt(intervals, nowMs);
  if (current) {
    return {
      status: 'at-work',
      since: current[0] <= nowMs - horizonMs ? null : isoInstant(current[0]),
      until: current[1] >= nowMs + horizonMs ? null : isoInstant(current[1]),
      todayHours,
      zone: clock.zone,
    };
  }
  const previous = intervals.filter(([, end]) => end <= nowMs).pop();
  const next = intervals.find(([start]) => start > nowMs);
  return {
    status: 'off',
    since: previous ? isoInstant(previous[1]) : null,
    until: next ? isoInstant(next[0]) : null,
    todayHours,
    zone: clock.zone,
  };
}
