import { DomainInputError } from '../input-error.js';
import { DAY_MS } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { type Interval, intersectIntervals, workingIntervalsOffHolidays } from './intervals.js';
import { isoInstant, localParts, MINUTE_MS } from './local-time.js';
import { type CompiledSchedule, clockAt, compileSchedule } from './schedule.js';
import type { Schedule } from './types.js';

/** A stretch of time as ISO instants. */
export interface TimeWindow {
  start: string;
  end: string;
}

/** A window's ends on one person's wall clock; `date` is the local date of the start. */
export interface LocalWindow {
  date: string;
  start: string;
  /** `HH:MM`; `24:00` when the window runs to the midnight after `date`. */
  end: string;
}

/** The next shared window, with both people's local times. */
export interface SharedWindow extends TimeWindow {
  userLocal: LocalWindow;
  personLocal: LocalWindow;
}

const MAX_RANGE_DAYS = 366;

/**
 * The stretches within [fromMs, toMs) when every schedule is working and not on a public
 * holiday of its own, at least `minMinutes` long.
 */
export function sharedIntervals(
  schedules: readonly CompiledSchedule[],
  fromMs: number,
  toMs: number,
  minMinutes: number,
): Interval[] {
  if (!(toMs > fromMs) || toMs - fromMs > MAX_RANGE_DAYS * DAY_MS) {
    throw new DomainInputError(
      'invalid_range',
      'The range must end after it starts, within a year.',
    );
  }
  if (!Number.isFinite(minMinutes) || minMinutes < 0) {
    throw new DomainInputError('invalid_minutes', 'The shortest window must be 0 minutes or more.');
  }
  if (schedules.length === 0) return [];
  // Public holidays are off for each side on its own calendar date.
  let shared = workingIntervalsOffHolidays(schedules[0]!, fromMs, toMs);
  for (const schedule of schedules.slice(1)) {
    if (shared.length === 0) break;
    shared = intersectIntervals(shared, workingIntervalsOffHolidays(schedule, fromMs, toMs));
  }
  return shared.filter(([start, end]) => end - start >= minMinutes * MINUTE_MS);
}

/** When all schedules are within working hours between `from` and `to`, in windows of ≥ `minMinutes`. */
export function sharedWindows(
  schedules: Schedule[],
  from: InstantInput,
  to: InstantInput,
  minMinutes: number,
): TimeWindow[] {
  const compiled = schedules.map((schedule) => compileSchedule(schedule));
  return sharedIntervals(compiled, epochMsOf(from), epochMsOf(to), minMinutes).map(
    ([start, end]) => ({ start: isoInstant(start), end: isoInstant(end) }),
  );
}

/**
 * The next window within `days` days when both are working, at least `minMinutes` long; one
 * already open starts at `now`. Null when there is none.
 */
export function nextSharedWindow(
  user: Schedule,
  person: Schedule,
  now: InstantInput,
  days = 7,
  minMinutes = 15,
): SharedWindow | null {
  return sharedWindowFinder(user, now, days, minMinutes)(person);
}

/**
 * nextSharedWindow for one user and many people: the user's schedule is checked and compiled
 * once (Today asks for a window with each of its people).
 */
export function sharedWindowFinder(
  user: Schedule,
  now: InstantInput,
  days = 7,
  minMinutes = 15,
): (person: Schedule) => SharedWindow | null {
  const a = compileSchedule(user);
  const nowMs = epochMsOf(now);
  return (person) => {
    const b = compileSchedule(person);
    const first = sharedIntervals([a, b], nowMs, nowMs + days * DAY_MS, minMinutes)[0];
    if (!first) return null;
    const [start, end] = first;
    return {
      start: isoInstant(start),
      end: isoInstant(end),
      userLocal: localWindow(a, start, end),
      personLocal: localWindow(b, start, end),
    };
  };
}

/** The local date and `HH:MM` ends of [startMs, endMs) for a schedule's zone in force. */
export function localWindow(schedule: CompiledSchedule, startMs: number, endMs: number) {
  const from = localParts(clockAt(schedule, startMs), startMs);
  const to = localParts(clockAt(schedule, endMs - 1), endMs);
  const endsAtMidnight = to.minutes === 0 && to.epochDay === from.epochDay + 1;
  return { date: from.date, start: from.time, end: endsAtMidnight ? '24:00' : to.time };
}
