import { WEEKDAY_NAMES } from '../time/calendar-names.js';
import {
  daysInMonth,
  epochDayFromIsoDate,
  epochDayFromYmd,
  isoDateFromEpochDay,
  weekdayOfEpochDay,
  ymdFromEpochDay,
} from '../time/epoch-day.js';
import type { InstantInput } from '../time/instant.js';
import { epochDayIn, isValidTimeZone, requireTimeZone } from '../time/time-zone.js';

/** A date that comes back every year; the year, when known, gives ages and anniversaries. */
export interface YearlyDate {
  month: number;
  day: number;
  year?: number | null;
}

/** One occurrence of a yearly date, as days since 1970-01-01 plus the years it marks. */
export interface OccurrenceDay {
  epochDay: number;
  /** Age turned or anniversary reached on that day; null when the year is unknown. */
  years: number | null;
}

/** An upcoming occurrence as the person lives it. */
export interface UpcomingDate {
  /** The occurrence on the person's calendar, `YYYY-MM-DD`. */
  date: string;
  /** English weekday name of `date`. */
  weekday: string;
  /** Days from the person's today to `date`; 0 means it is that day where they are right now. */
  daysAway: number;
  isToday: boolean;
  years: number | null;
  /** The zone the occurrence was counted in: the person's, else the user's. */
  zone: string;
}

/** Whether month/day (and year, if given) name a real date; 29 February needs no year. */
export function isValidYearlyDate(date: YearlyDate): boolean {
  const { month, day, year } = date;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) {
    return false;
  }
  if (year == null) return day <= (month === 2 ? 29 : daysInMonth(2001, month));
  return Number.isInteger(year) && year >= 1 && year <= 9999 && day <= daysInMonth(year, month);
}

/**
 * First occurrence on or after `fromEpochDay`. 29 February falls on 28 February in common
 * years (the day people in that position usually celebrate); other impossible days clamp to
 * the month's end.
 */
export function occurrenceOnOrAfter(date: YearlyDate, fromEpochDay: number): OccurrenceDay {
  const startYear = ymdFromEpochDay(fromEpochDay).year;
  let year = startYear;
  let epochDay = dayIn(year, date);
  if (epochDay < fromEpochDay) {
    year = startYear + 1;
    epochDay = dayIn(year, date);
  }
  const years = date.year == null ? null : year - date.year;
  return { epochDay, years: years !== null && years >= 1 ? years : null };
}

/** First occurrence of a yearly date on or after a `YYYY-MM-DD` date. */
export function nextOccurrence(
  date: YearlyDate,
  onOrAfter: string,
): { date: string; years: number | null } {
  const from = epochDayFromIsoDate(onOrAfter);
  if (from === null) throw new RangeError(`"${onOrAfter}" is not a YYYY-MM-DD date`);
  const occurrence = occurrenceOnOrAfter(date, from);
  return { date: isoDateFromEpochDay(occurrence.epochDay), years: occurrence.years };
}

/**
 * The next occurrence on the person's own calendar, in their zone (the user's when theirs is
 * missing or invalid). It is "today" while the person's local date is the occurrence, so a
 * birthday that has begun in Auckland is today even while Los Angeles is still on the eve;
 * `daysAway` counts from the person's today for the same reason.
 */
export function upcomingDate(
  date: YearlyDate,
  context: { now: InstantInput; personZone: string | null; userZone: string },
): UpcomingDate {
  const zone =
    context.personZone && isValidTimeZone(context.personZone)
      ? context.personZone
      : requireTimeZone(context.userZone, 'userZone');
  const personToday = epochDayIn(zone, context.now);
  const occurrence = occurrenceOnOrAfter(date, personToday);
  return {
    date: isoDateFromEpochDay(occurrence.epochDay),
    weekday: WEEKDAY_NAMES[weekdayOfEpochDay(occurrence.epochDay) - 1]!,
    daysAway: occurrence.epochDay - personToday,
    isToday: occurrence.epochDay === personToday,
    years: occurrence.years,
    zone,
  };
}

/** A month/day pair as one small integer, for set lookups. */
export function yearlyDayKey(month: number, day: number): number {
  return month * 32 + day;
}

/**
 * Keys of every month/day that occurs between two days inclusive, following the same
 * clamping as occurrenceOnOrAfter (29 February on the 28th in common years), so that
 * thousands of dates can be ruled out with one set lookup each.
 */
export function yearlyDayKeysBetween(fromEpochDay: number, toEpochDay: number): Set<number> {
  const keys = new Set<number>();
  for (let epochDay = fromEpochDay; epochDay <= toEpochDay; epochDay++) {
    const { year, month, day } = ymdFromEpochDay(epochDay);
    keys.add(yearlyDayKey(month, day));
    if (day === daysInMonth(year, month)) {
      for (let later = day + 1; later <= 31; later++) keys.add(yearlyDayKey(month, later));
    }
  }
  return keys;
}

function dayIn(year: number, date: YearlyDate): number {
  return epochDayFromYmd(year, date.month, Math.min(date.day, daysInMonth(year, date.month)));
}
