import { Temporal } from 'temporal-polyfill';
import { DomainInputError } from '../input-error.js';
import { epochDayFromYmd, isoDateFromEpochDay } from './epoch-day.js';
import { epochMsOf, type InstantInput } from './instant.js';

// Temporal also accepts offsets such as "+01:00" as zones; those have no DST rules and
// would silently drift by an hour twice a year, so only named zones get through.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

// Bounded so that a stream of garbage zone names from the API cannot grow it without end.
const CACHE_LIMIT = 1000;
const canonicalCache = new Map<string, string | null>();

/** The zone's IANA spelling (e.g. "america/new_york" → "America/New_York"), or null when unknown. */
export function canonicalTimeZone(zone: string): string | null {
  const cached = canonicalCache.get(zone);
  if (cached !== undefined) return cached;
  let canonical: string | null = null;
  if (ZONE_NAME.test(zone)) {
    try {
      canonical = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone).timeZoneId;
    } catch {
      canonical = null;
    }
  }
  if (canonicalCache.size < CACHE_LIMIT) canonicalCache.set(zone, canonical);
  return canonical;
}

/** Whether `zone` is an IANA time zone name; offsets, '' and unknown names are refused. */
export function isValidTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && canonicalTimeZone(zone) !== null;
}

/** The IANA spelling of `zone`, or a DomainInputError naming the offending field. */
export function requireTimeZone(zone: string, field = 'timeZone'): string {
  const canonical = typeof zone === 'string' ? canonicalTimeZone(zone) : null;
  if (canonical) return canonical;
  throw new DomainInputError(
    'invalid_time_zone',
    `${field} "${zone}" is not a time zone name; use an IANA name such as Europe/Berlin.`,
  );
}

/** The calendar date (`YYYY-MM-DD`) in `zone` at the instant `now`. */
export function todayIn(zone: string, now: InstantInput): string {
  return isoDateFromEpochDay(epochDayIn(zone, now));
}

/** The calendar date in `zone` at `now`, as days since 1970-01-01. */
export function epochDayIn(zone: string, now: InstantInput): number {
  const date = Temporal.Instant.fromEpochMilliseconds(epochMsOf(now))
    .toZonedDateTimeISO(requireTimeZone(zone))
    .toPlainDate();
  return epochDayFromYmd(date.year, date.month, date.day);
}
