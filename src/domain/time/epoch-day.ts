// Calendar dates as integer days since 1970-01-01. Ranking thousands of people must not
// allocate a Temporal object per date, and integer arithmetic cannot depend on the host TZ.
// Conversions follow Howard Hinnant's proleptic Gregorian algorithms.

import { DomainInputError } from '../input-error.js';

/** Milliseconds in a day of UTC (not of a wall clock: those can be 23 or 25 hours). */
export const DAY_MS = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as plain numbers. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a calendar date. */
export function epochDayFromYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Calendar date of a day count since 1970-01-01. */
export function ymdFromEpochDay(epochDay: number): Ymd {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPart = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPart + 2) / 5) + 1;
  const month = monthPart < 10 ? monthPart + 3 : monthPart - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses a strict `YYYY-MM-DD` into days since 1970-01-01, or null when it is not a real date. */
export function epochDayFromIsoDate(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return epochDayFromYmd(year, month, day);
}

/** Like epochDayFromIsoDate, but throws a DomainInputError that names the field. */
export function requireIsoDate(value: string, what: string): number {
  const epochDay = epochDayFromIsoDate(value);
  if (epochDay === null) {
    throw new DomainInputError('invalid_date', `The ${what} "${value}" is not a YYYY-MM-DD date.`);
  }
  return epochDay;
}

/** Formats days since 1970-01-01 as `YYYY-MM-DD`. */
export function isoDateFromEpochDay(epochDay: number): string {
  const { year, month, day } = ymdFromEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday); 1970-01-01 was a Thursday. */
export function weekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}
