// Calendar dates in words for credit documents ("1 Dec 2026"), on integer epoch days.

import { DomainInputError } from '../input-error.js';
import { MONTH_NAMES } from '../time/calendar-names.js';
import { epochDayFromIsoDate, ymdFromEpochDay } from '../time/epoch-day.js';

const SHORT_MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

/** Parses a strict `YYYY-MM-DD`, or throws DomainInputError naming the field. */
export function requireDay(value: unknown, field: string): number {
  const day = typeof value === 'string' ? epochDayFromIsoDate(value.trim()) : null;
  if (day === null) {
    throw new DomainInputError(
      'invalid_date',
      `${field} "${String(value)}" is not a date; use YYYY-MM-DD, like 2026-11-16.`,
    );
  }
  return day;
}

/** "1 Dec 2026". */
export function dateInWords(epochDay: number): string {
  const { year, month, day } = ymdFromEpochDay(epochDay);
  return `${day} ${SHORT_MONTHS[month - 1]} ${year}`;
}

/** "12 Nov", or "12 Nov 2025" when the year differs from `contextYear`. */
export function shortDate(epochDay: number, contextYear: number): string {
  const { year, month, day } = ymdFromEpochDay(epochDay);
  const base = `${day} ${SHORT_MONTHS[month - 1]}`;
  return year === contextYear ? base : `${base} ${year}`;
}

/** "November 2026". */
export function monthInWords(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** "16 Nov 2026", "1–15 Nov 2026", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027". */
export function rangeInWords(start: number, end: number): string {
  if (start === end) return dateInWords(start);
  const a = ymdFromEpochDay(start);
  const b = ymdFromEpochDay(end);
  if (a.year !== b.year) return `${dateInWords(start)} – ${dateInWords(end)}`;
  if (a.month !== b.month) return `${shortDate(start, a.year)} – ${dateInWords(end)}`;
  return `${a.day}–${dateInWords(end)}`;
}
