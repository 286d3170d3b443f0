// English names on purpose: agenda text is English until the product is translated.

/** Weekday names indexed by ISO weekday − 1 (Monday first). */
export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** Month names indexed by month − 1. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * The ISO weekday (1 Monday … 7 Sunday) a lower-case word names, in full or by its first three
 * letters ("friday", "fri"); null for any other word.
 */
export function weekdayNamed(word: string): number | null {
  const index = WEEKDAY_NAMES.findIndex((day) => {
    const lower = day.toLowerCase();
    return word === lower || word === lower.slice(0, 3);
  });
  return index < 0 ? null : index + 1;
}
