import { DAY_MS, isoDateFromEpochDay, weekdayOfEpochDay } from '../time/epoch-day.js';
import { publicHolidayOn } from '../time/holidays.js';
import { instantOfLocal, instantsShowing, MINUTE_MS } from './local-time.js';
import { type CompiledSchedule, zoneSegments } from './schedule.js';

/** A stretch of time as epoch milliseconds, [start, end). */
export type Interval = readonly [number, number];

/**
 * When a schedule is working within [fromMs, toMs): whenever the wall clock of the zone in
 * force shows a time inside that local day's hours. Sorted and disjoint, touching stretches
 * joined (so 22:00-24:00 and the next day's 00:00-02:00 make one).
 */
export function workingIntervals(schedule: CompiledSchedule, fromMs: number, toMs: number) {
  const pieces: [number, number][] = [];
  for (const { clock, startMs, endMs } of zoneSegments(schedule, fromMs, toMs)) {
    const firstDay = clock.localEpochDay(startMs) - 1;
    const lastDay = clock.localEpochDay(endMs) + 1;
    for (let day = firstDay; day <= lastDay; day++) {
      for (const [from, to] of schedule.days[weekdayOfEpochDay(day) - 1]!) {
        const wallDay = day * DAY_MS;
        const shown = instantsShowing(clock, wallDay + from * MINUTE_MS, wallDay + to * MINUTE_MS);
        for (const [shownStart, shownEnd] of shown) {
          const start = Math.max(shownStart, startMs);
          const end = Math.min(shownEnd, endMs);
          if (start < end) pieces.push([start, end]);
        }
      }
    }
  }
  return joinIntervals(pieces);
}

/**
 * Working stretches without the schedule's public holidays: a holiday is off from local
 * midnight to midnight on the calendar of the zone in force (so a Lisbon holiday is off on
 * Lisbon's date, whatever the other side's date is).
 */
export function workingIntervalsOffHolidays(
  schedule: CompiledSchedule,
  fromMs: number,
  toMs: number,
): Interval[] {
  const working = workingIntervals(schedule, fromMs, toMs);
  if (!schedule.holidays || working.length === 0) return working;
  const off: [number, number][] = [];
  for (const { clock, startMs, endMs } of zoneSegments(schedule, fromMs, toMs)) {
    const lastDay = clock.localEpochDay(endMs - 1);
    for (let day = clock.localEpochDay(startMs); day <= lastDay; day++) {
      if (!publicHolidayOn(schedule.holidays, isoDateFromEpochDay(day))) continue;
      const start = Math.max(instantOfLocal(clock, day, 0), startMs);
      const end = Math.min(instantOfLocal(clock, day + 1, 0), endMs);
      if (start < end) off.push([start, end]);
    }
  }
  return off.length ? subtractIntervals(working, joinIntervals(off)) : working;
}

/** The stretches of `a` not covered by `b` (both sorted and disjoint). */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  for (const [start, end] of a) {
    let from = start;
    for (const [cutStart, cutEnd] of b) {
      if (cutEnd <= from || cutStart >= end) continue;
      if (cutStart > from) result.push([from, cutStart]);
      from = Math.max(from, cutEnd);
      if (from >= end) break;
    }
    if (from < end) result.push([from, end]);
  }
  return result;
}

/** Sorts stretches and joins overlapping or touching ones. */
export function joinIntervals(pieces: [number, number][]): Interval[] {
  pieces.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const [start, end] of pieces) {
    const last = joined[joined.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else joined.push([start, end]);
  }
  return joined;
}

/** The stretches covered by both lists. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]![0], b[j]![0]);
    const end = Math.min(a[i]![1], b[j]![1]);
    if (start < end) result.push([start, end]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return result;
}

/** The interval holding `epochMs`, or undefined. */
export function intervalAt(intervals: readonly Interval[], epochMs: number): Interval | undefined {
  return intervals.find(([start, end]) => epochMs >= start && epochMs < end);
}

/** Working stretches within `days` days either side of `epochMs` (cut off there). */
export function intervalsAround(schedule: CompiledSchedule, epochMs: number, days = 1) {
  return workingIntervals(schedule, epochMs - days * DAY_MS, epochMs + days * DAY_MS);
}
