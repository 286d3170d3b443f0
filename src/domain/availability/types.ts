// Plain data of "Time and place": working hours, office days, trips. Times of day are local
// wall-clock `HH:MM` strings; dates are `YYYY-MM-DD`; instants are ISO strings with an offset.

/** The days of the week in order, Monday first (index = ISO weekday − 1); `as const` so zod can
 * build an enum from it. The one list: the API schemas, the CLI and the web app import it. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week, Monday first. */
export type Weekday = (typeof WEEKDAYS)[number];

/** One stretch of work on a local wall clock; `end` may be `24:00`, and is after `start`. */
export interface HourRange {
  start: string;
  end: string;
}

/** Working hours per weekday on the local wall clock; an empty day is a day off. */
export type WeeklyHours = Record<Weekday, HourRange[]>;

/** A stay elsewhere: from `from` to `to` (inclusive, on `zone`'s calendar) `zone` is in force. */
export interface Trip {
  city: string;
  zone: string;
  from: string;
  to: string;
}

/** Someone's working week: home zone, hours, office days and trips. */
export interface Schedule {
  zone: string;
  hours: WeeklyHours;
  officeDays: Weekday[];
  trips: Trip[];
  /**
   * The ISO country code (see `holidayCountry`) whose public holidays are days off for shared
   * windows, meeting slots and the office plan, on the calendar of the zone in force. Absent or
   * null: no holidays.
   */
  holidays?: string | null;
}

/** What a recurring arrangement is: a visit, a routine, an agreement or a date night. */
export const ROUTINE_KINDS = ['visit', 'routine', 'agreement', 'date'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

/** Who an arrangement falls to. */
export const ASSIGNEES = ['me', 'them', 'both'] as const;
export type Assignee = (typeof ASSIGNEES)[number];
