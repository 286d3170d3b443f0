import { Temporal } from 'temporal-polyfill';
import { DAY_MS, isoDateFromEpochDay } from '../time/epoch-day.js';
import type { ZoneClock } from '../time/zone-clock.js';
import { formatClockTime } from './clock-time.js';
import type { Weekday } from './types.js';
import { weekdayOfDay } from './weekdays.js';

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;

/**
 * The instant a zone's wall clock shows `minutes` after midnight of `epochDay` (minutes may
 * pass 1440). Like Temporal's 'compatible': a repeated time is its first occurrence, and a
 * skipped time (02:30 as clocks go forward) moves forward by the length of the gap.
 */
export function instantOfLocal(clock: ZoneClock, epochDay: number, minutes: number): number {
  const wall = epochDay * DAY_MS + minutes * MINUTE_MS;
  const early = wall - clock.offsetMs(wall - DAY_MS);
  if (clock.wallMs(early) === wall) return early;
  const late = wall - clock.offsetMs(wall + DAY_MS);
  if (clock.wallMs(late) === wall) return late;
  return early;
}

/**
 * The instants at which a zone's wall clock shows a time in [wallStart, wallEnd) (wall
 * milliseconds since 1970-01-01 on that clock): one stretch on most days; when clocks spring
 * forward the skipped part is simply absent, and when they fall back a repeated time inside
 * the range gives a second stretch. Assumes at most one transition within a day of the range.
 */
export function instantsShowing(clock: ZoneClock, wallStart: number, wallEnd: number) {
  const before = clock.offsetMs(wallStart - DAY_MS);
  const after = clock.offsetMs(wallEnd + DAY_MS);
  if (before === after) return [[wallStart - before, wallEnd - before] as const];
  const at = transitionAfter(clock.zone, wallStart - DAY_MS);
  const first = [wallStart - before, Math.min(wallEnd - before, at)] as const;
  const second = [Math.max(wallStart - after, at), wallEnd - after] as const;
  if (first[0] >= first[1]) return second[0] < second[1] ? [second] : [];
  if (second[0] >= second[1]) return [first];
  return first[1] === second[0] ? [[first[0], second[1]] as const] : [first, second];
}

// Transitions are rare (a few days a year per zone), so Temporal's exact lookup is affordable.
function transitionAfter(zone: string, epochMs: number): number {
  const next = Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(zone)
    .getTimeZoneTransition('next');
  return next ? next.epochMilliseconds : Number.POSITIVE_INFINITY;
}

/** A zone's local date and time at an instant. */
export interface LocalParts {
  epochDay: number;
  minutes: number;
  date: string;
  time: string;
  weekday: Weekday;
}

/** The local date, time and weekday a zone's clock shows at `epochMs`. */
export function localParts(clock: ZoneClock, epochMs: number): LocalParts {
  const wall = clock.wallMs(epochMs);
  const epochDay = Math.floor(wall / DAY_MS);
  const minutes = Math.floor((wall - epochDay * DAY_MS) / MINUTE_MS);
  return {
    epochDay,
    minutes,
    date: isoDateFromEpochDay(epochDay),
    time: formatClockTime(minutes),
    weekday: weekdayOfDay(epochDay),
  };
}

/** An instant as an ISO string in UTC, such as 2025-03-09T14:00:00Z. */
export function isoInstant(epochMs: number): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toString();
}
