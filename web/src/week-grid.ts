// Working hours laid on the user's calendar: for each day of a week in the user's zone, the
// minutes (from that day's midnight) when someone works, whatever zone they work in. A trip
// moves someone's hours into the trip's zone on its dates, as the server does.
import type { ScheduleTrip } from './api/place-types';
import type { WorkingHours } from './api/types';
import { weekdayOf } from './weekdays';
import { addDays, dateIn, wallClockAt, zonedLocalToInstant } from './zoned-time';

/** Minutes from midnight on the user's wall clock, [start, end), 0–1440. */
export interface MinuteRange {
  start: number;
  end: number;
}

/** Whose hours: their zone, hours per weekday, and trips (their dates use the trip's zone). */
export interface HoursSource {
  zone: string;
  hours: WorkingHours;
  trips: ScheduleTrip[];
}

/** The instant a wall time means in `zone`; "24:00" is the next midnight. */
function instantOf(date: string, time: string, zone: string): number {
  if (time === '24:00') return instantOf(addDays(date, 1), '00:00', zone);
  return Date.parse(zonedLocalToInstant(`${date}T${time}`, zone) ?? '');
}

/** Monday to Sunday of the week `offset` weeks from the current one, in `zone`. */
export function weekDates(zone: string, offset = 0, now: Date = new Date()): string[] {
  const today = dateIn(zone, now);
  const monday = addDays(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, offset * 7 + i));
}

/** The trip someone is on on a calendar date, if any. */
export function tripOn(trips: readonly ScheduleTrip[], date: string): ScheduleTrip | undefined {
  return trips.find((trip) => trip.from <= date && date <= trip.to);
}

/** When `source` works on the user's calendar day `date`, in the user's `userZone`. */
export function hoursOnDay(source: HoursSource, date: string, userZone: string): MinuteRange[] {
  const dayStart = instantOf(date, '00:00', userZone);
  const dayEnd = instantOf(addDays(date, 1), '00:00', userZone);
  const minutes = (ms: number) => {
    if (ms >= dayEnd) return 1440;
    const wall = wallClockAt(ms, userZone);
    return wall.hour * 60 + wall.minute;
  };
  const found: MinuteRange[] = [];
  // Their own calendar may be a day behind or ahead of the user's.
  for (const theirDate of [addDays(date, -1), date, addDays(date, 1)]) {
    const zone = tripOn(source.trips, theirDate)?.zone ?? source.zone;
    for (const range of source.hours[weekdayOf(theirDate)] ?? []) {
      const start = Math.max(instantOf(theirDate, range.start, zone), dayStart);
      const end = Math.min(instantOf(theirDate, range.end, zone), dayEnd);
      if (end > start) found.push({ start: minutes(start), end: minutes(end) });
    }
  }
  return joinRanges(found);
}

/** Sorted, with touching and overlapping ranges merged. */
export function joinRanges(ranges: MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const joined: MinuteRange[] = [];
  for (const range of sorted) {
    const last = joined.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else joined.push({ ...range });
  }
  return joined;
}

/** Where both lists of ranges cover the same minutes. */
export function intersectRanges(a: MinuteRange[], b: MinuteRange[]): MinuteRange[] {
  const shared: MinuteRange[] = [];
  for (const x of a) {
    for (const y of b) {
      const start = Math.max(x.start, y.start);
      const end = Math.min(x.end, y.end);
      if (end > start) shared.push({ start, end });
    }
  }
  return joinRanges(shared);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 900 → "15:00", 1440 → "24:00". */
export function clockOf(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "09:00–17:00, 18:00–19:00". */
export function rangesText(ranges: MinuteRange[]): string {
  return ranges.map((r) => `${clockOf(r.start)}–${clockOf(r.end)}`).join(', ');
}

/** Minutes since midnight on the user's wall clock now. */
export function minutesNow(zone: string, now: Date = new Date()): number {
  const wall = wallClockAt(now.getTime(), zone);
  return wall.hour * 60 + wall.minute;
}
