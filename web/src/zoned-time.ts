// Wall clocks and calendar days in a named zone, with nothing but Intl: the user's zone comes
// from their profile, so the browser's own zone must never leak into what is shown or sent.

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall clock in `zone` at the instant `ms`. */
export function wallClockAt(ms: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function wallAsUtcMs(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallAsUtcMs(wallClockAt(whole, zone)) - whole;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parseLocal(local: string): WallClock | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = { year, month, day, hour, minute, second } as WallClock;
  // Reject 2025-02-30 and 24:00 rather than rolling them over.
  const check = new Date(wallAsUtcMs(wall));
  if (check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day) return null;
  if (wall.hour > 23 || wall.minute > 59 || wall.second > 59) return null;
  return wall;
}

/**
 * The instant a `datetime-local` value ("2025-03-30T02:30") means on the wall clock of
 * `zone`, as an ISO string in UTC; null when the value is not a valid date and time.
 * Like Temporal's "compatible" choice: a time that happens twice (clocks going back) is the
 * earlier one, a time skipped by clocks going forward moves forward by the gap.
 */
export function zonedLocalToInstant(local: string, zone: string): string | null {
  const wall = parseLocal(local);
  if (!wall) return null;
  const asUtc = wallAsUtcMs(wall);
  const DAY = 86_400_000;
  // Any transition near this wall time lies between these two offsets.
  const before = zoneOffsetMs(asUtc - DAY, zone);
  const after = zoneOffsetMs(asUtc + DAY, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((ms) => zoneOffsetMs(ms, zone) === asUtc - ms)
    .sort((a, b) => a - b);
  const ms = candidates[0] ?? asUtc - before;
  return new Date(ms).toISOString();
}

/** The `datetime-local` value ("YYYY-MM-DDTHH:mm") for an instant on `zone`'s wall clock. */
export function instantToZonedLocal(instant: string | Date, zone: string): string {
  const wall = wallClockAt(new Date(instant).getTime(), zone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The calendar date ("YYYY-MM-DD") in `zone` at an instant (default: now). */
export function dateIn(zone: string, instant: string | Date = new Date()): string {
  return instantToZonedLocal(instant, zone).slice(0, 10);
}

/** A calendar date moved by whole days: addDays('2025-02-27', 3) → '2025-03-02'. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole calendar days from date `from` to date `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Calendar days, in `zone`, from the day of `instant` to today (0 = today). */
export function daysSince(instant: string, zone: string, now: Date = new Date()): number {
  return daysBetween(dateIn(zone, instant), dateIn(zone, now));
}
