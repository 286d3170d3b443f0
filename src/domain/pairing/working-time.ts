// Working hours as concrete instants over the coming week, so that overlaps are computed on real
// time (DST included) and never on the host's zone. A week is a sorted, merged Int32Array of
// [start, end) pairs in minutes after `now`, clipped to [0, 7 days).

import { WEEKDAYS } from '../availability/types.js';
import { DomainInputError } from '../input-error.js';
import { DAY_MS, weekdayOfEpochDay } from '../time/epoch-day.js';
import { zoneClockFor } from '../time/zone-clock.js';
import type { WorkingHours } from './types.js';

export { WEEKDAYS };

export const WEEK_MINUTES = 7 * 24 * 60;
const MINUTE_MS = 60_000;
const CLOCK = /^(\d{2}):(\d{2})$/;

function minuteOfDay(value: string, allow24: boolean, who: string): number {
  const match = CLOCK.exec(value);
  const hours = match ? Number(match[1]) : Number.NaN;
  const minutes = match ? Number(match[2]) : Number.NaN;
  const total = hours * 60 + minutes;
  if (!(minutes < 60 && (total < 1440 || (allow24 && total === 1440)))) {
    throw new DomainInputError('invalid_working_hours', `${who}: "${value}" is not a HH:MM time.`);
  }
  return total;
}

/** Epoch ms of a wall-clock time in a zone (the earlier reading in a repeated hour). */
function epochOfWall(wallMs: number, offsetMs: (epochMs: number) => number): number {
  const guess = wallMs - offsetMs(wallMs - offsetMs(wallMs));
  const offset = offsetMs(guess);
  return wallMs - offset;
}

/**
 * The instant a week's minutes count from: the start of `nowMs`'s minute. Window edges fall on
 * whole minutes, so none loses a minute to rounding ("1 h 59 overlap" for a two-hour one).
 */
export function weekBase(nowMs: number): number {
  return Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
}

/** A member's working time over [now, now + 7 days) as merged minute intervals after now. */
export function weekOfWork(
  zone: string,
  hours: WorkingHours,
  nowMs: number,
  who: string,
): Int32Array {
  const clock = zoneClockFor(zone);
  const today = clock.localEpochDay(nowMs);
  const base = weekBase(nowMs);
  const spans: number[] = [];
  for (let day = today - 1; day <= today + 7; day++) {
    const windows = hours[WEEKDAYS[weekdayOfEpochDay(day) - 1]!] ?? [];
    for (const window of windows) {
      const start = minuteOfDay(window.start, false, who);
      let end = minuteOfDay(window.end, true, who);
      if (end <= start) end += 1440;
      const from = epochOfWall(day * DAY_MS + start * MINUTE_MS, clock.offsetMs);
      const to = epochOfWall(day * DAY_MS + end * MINUTE_MS, clock.offsetMs);
      const a = Math.max(0, Math.round((from - base) / MINUTE_MS));
      const b = Math.min(WEEK_MINUTES, Math.round((to - base) / MINUTE_MS));
      if (b > a) spans.push(a, b);
    }
  }
  return merge(spans);
}

function merge(spans: number[]): Int32Array {
  const order = Array.from({ length: spans.length / 2 }, (_, i) => i).sort(
    (x, y) => spans[2 * x]! - spans[2 * y]!,
  );
  const out: number[] = [];
  for (const i of order) {
    const a = spans[2 * i]!;
    const b = spans[2 * i + 1]!;
    if (out.length > 0 && a <= out[out.length - 1]!) {
      out[out.length - 1] = Math.max(out[out.length - 1]!, b);
    } else out.push(a, b);
  }
  return Int32Array.from(out);
}

/** The longest stretch (minutes) both weeks are working at once. */
export function longestShared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let best = 0;
  while (i < a.length && j < b.length) {
    const start = a[i]! > b[j]! ? a[i]! : b[j]!;
    const endA = a[i + 1]!;
    const endB = b[j + 1]!;
    const end = endA < endB ? endA : endB;
    if (end - start > best) best = end - start;
    if (endA < endB) i += 2;
    else j += 2;
  }
  return best;
}

/** The times all weeks are working at once. */
export function sharedWeek(weeks: readonly Int32Array[]): Int32Array {
  let common = weeks[0] ?? new Int32Array(0);
  for (let k = 1; k < weeks.length; k++) {
    const other = weeks[k]!;
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < common.length && j < other.length) {
      const start = Math.max(common[i]!, other[j]!);
      const end = Math.min(common[i + 1]!, other[j + 1]!);
      if (end > start) out.push(start, end);
      if (common[i + 1]! < other[j + 1]!) i += 2;
      else j += 2;
    }
    common = Int32Array.from(out);
  }
  return common;
}

/** The longest stretch (minutes) of a week. */
export function longestSpan(week: Int32Array): number {
  let best = 0;
  for (let i = 0; i < week.length; i += 2) best = Math.max(best, week[i + 1]! - week[i]!);
  return best;
}
