import { DomainInputError } from '../input-error.js';
import {
  daysInMonth,
  isoDateFromEpochDay,
  requireIsoDate,
  weekdayOfEpochDay,
  ymdFromEpochDay,
} from '../time/epoch-day.js';
import { requireTimeZone } from '../time/time-zone.js';
import { zoneClockFor } from '../time/zone-clock.js';
import { requireClockTime } from './clock-time.js';
import { compileHours } from './hours.js';
import { instantOfLocal, isoInstant } from './local-time.js';
import { WEEKDAYS, type Weekday, type WeeklyHours } from './types.js';
import { requireWeekdays, weekdayName, weekdayOfDay } from './weekdays.js';

/** A repeating date, optionally at a local time. */
export interface RecurrenceRule {
  freq: 'daily' | 'weekly' | 'monthly';
  /** 1 = every day/week/month, 2 = every other (second) one, counted from `start`. */
  interval: number;
  /**
   * Only these weekdays; a weekly rule without them repeats on the weekday of `start`. A
   * monthly rule with `nth` names exactly one.
   */
  weekdays?: Weekday[];
  /** Monthly: the day of the month, 1–31 (31 = the last day of shorter months too). */
  monthDay?: number;
  /** Monthly: the 1st–4th, or the last (-1), of the weekday in `weekdays` in the month. */
  nth?: 1 | 2 | 3 | 4 | -1;
  /** `HH:MM` on the local wall clock. */
  time?: string;
  /** `YYYY-MM-DD`: nothing happens before it, and intervals count from it. */
  start: string;
  /** Only on the user's working days (days with hours; Monday to Friday without hours). */
  workdaysOnly?: boolean;
}

/** One occurrence: its local date, weekday and, when the rule has a time, the instant. */
export interface Occurrence {
  date: string;
  weekday: Weekday;
  start?: string;
}

const MAX_INTERVAL = 52;
const MAX_RANGE_DAYS = 3660;
const ORDINALS = ['', '', 'second', 'third', 'fourth'];

/** The rule's parts as numbers, or a DomainInputError. */
export function checkRule(rule: RecurrenceRule) {
  const fail = (message: string): never => {
    throw new DomainInputError('invalid_recurrence', message);
  };
  if (!['daily', 'weekly', 'monthly'].includes(rule?.freq)) {
    fail('Repeat daily, weekly or monthly.');
  }
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > MAX_INTERVAL) {
    fail(`Repeat every 1 to ${MAX_INTERVAL} days, weeks or months.`);
  }
  const startDay = requireIsoDate(rule.start, 'start date');
  const time = rule.time === undefined ? null : requireClockTime(rule.time, 'time');
  const given = rule.weekdays === undefined ? null : requireWeekdays(rule.weekdays, 'weekdays');
  if (given?.size === 0) fail('Pick at least one weekday.');
  const weekdays =
    given ?? (rule.freq === 'weekly' ? new Set([weekdayOfEpochDay(startDay) - 1]) : null);
  return { startDay, time, weekdays, monthly: checkMonthly(rule, startDay, weekdays, fail) };
}

/** A monthly rule's day: a day of the month, or the nth (-1 = last) of one weekday. */
type MonthlyDay = { monthDay: number } | { nth: number; weekday: number };

function checkMonthly(
  rule: RecurrenceRule,
  startDay: number,
  weekdays: Set<number> | null,
  fail: (message: string) => never,
): MonthlyDay | null {
  if (rule.freq !== 'monthly') {
    if (rule.monthDay !== undefined || rule.nth !== undefined) {
      fail('A day of the month needs a monthly rule.');
    }
    return null;
  }
  if (rule.nth !== undefined) {
    if (![1, 2, 3, 4, -1].includes(rule.nth)) fail('Pick the first to fourth, or the last.');
    if (weekdays?.size !== 1) fail('Name one weekday, like "first Sunday".');
    if (rule.monthDay !== undefined) fail('Give a day of the month or a weekday, not both.');
    return { nth: rule.nth, weekday: [...weekdays!][0]! };
  }
  if (weekdays) fail('Say which one of the month, like "first Sunday of the month".');
  const monthDay = rule.monthDay ?? ymdFromEpochDay(startDay).day;
  if (!Number.isInteger(monthDay) || monthDay < 1 || monthDay > 31) {
    fail('A day of the month is 1 to 31.');
  }
  return { monthDay };
}

/** Whether a day is the monthly rule's day of its month. */
function isMonthlyDay(day: number, monthly: MonthlyDay): boolean {
  const { year, month, day: date } = ymdFromEpochDay(day);
  const length = daysInMonth(year, month);
  if ('monthDay' in monthly) return date === Math.min(monthly.monthDay, length);
  if (weekdayOfEpochDay(day) - 1 !== monthly.weekday) return false;
  return monthly.nth === -1 ? date + 7 > length : Math.ceil(date / 7) === monthly.nth;
}

const monthIndex = (day: number) => {
  const { year, month } = ymdFromEpochDay(day);
  return year * 12 + month - 1;
};

/**
 * The rule's dates from `from` to `to` (inclusive), in order. Weekly intervals count whole
 * Monday-to-Sunday weeks from the week of the first matching day on or after `start`; daily
 * intervals count calendar days from `start`. A time that does not exist that day (clocks
 * going forward) moves forward by the gap, like Temporal's 'compatible'.
 */
export function occurrences(
  rule: RecurrenceRule,
  from: string,
  to: string,
  options: { zone: string; hours?: WeeklyHours },
): Occurrence[] {
  const { startDay, time, weekdays, monthly } = checkRule(rule);
  const fromDay = requireIsoDate(from, 'first date');
  const toDay = requireIsoDate(to, 'last date');
  if (toDay < fromDay || toDay - fromDay > MAX_RANGE_DAYS) {
    throw new DomainInputError(
      'invalid_range',
      'The last date must be on or after the first, within 10 years.',
    );
  }
  const clock = zoneClockFor(requireTimeZone(options?.zone, 'zone'));
  const hours = options.hours ? compileHours(options.hours) : null;
  const isWorkday = (index: number) => (hours ? hours[index]!.length > 0 : index < 5);
  let anchorWeek = 0;
  if (rule.freq === 'weekly') {
    let first = startDay;
    while (!weekdays!.has(weekdayOfEpochDay(first) - 1)) first++;
    anchorWeek = mondayOf(first);
  }
  let anchorMonth = 0;
  if (monthly) {
    let first = startDay;
    while (!isMonthlyDay(first, monthly)) first++;
    anchorMonth = monthIndex(first);
  }
  const result: Occurrence[] = [];
  for (let day = Math.max(fromDay, startDay); day <= toDay; day++) {
    const index = weekdayOfEpochDay(day) - 1;
    if (monthly ? !isMonthlyDay(day, monthly) : weekdays && !weekdays.has(index)) continue;
    if (rule.workdaysOnly && !isWorkday(index)) continue;
    const step = monthly
      ? monthIndex(day) - anchorMonth
      : rule.freq === 'daily'
        ? day - startDay
        : (mondayOf(day) - anchorWeek) / 7;
    if (step % rule.interval !== 0) continue;
    const occurrence: Occurrence = { date: isoDateFromEpochDay(day), weekday: weekdayOfDay(day) };
    if (time !== null) occurrence.start = isoInstant(instantOfLocal(clock, day, time));
    result.push(occurrence);
  }
  return result;
}

const NTH = ['', 'first', 'second', 'third', 'fourth'];

function ordinalNumber(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11
      ? 'st'
      : n % 10 === 2 && n !== 12
        ? 'nd'
        : n % 10 === 3 && n !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}

function mondayOf(epochDay: number): number {
  return epochDay - (weekdayOfEpochDay(epochDay) - 1);
}

/** The rule in words: "every second Tuesday at 12:30", "every work day at 07:00". */
export function describeRecurrence(rule: RecurrenceRule): string {
  const { weekdays, monthly } = checkRule(rule);
  const n = rule.interval;
  if (monthly) {
    const which =
      'monthDay' in monthly
        ? `the ${ordinalNumber(monthly.monthDay)}`
        : `the ${monthly.nth === -1 ? 'last' : NTH[monthly.nth]} ${weekdayName(WEEKDAYS[monthly.weekday]!)}`;
    const every =
      n === 1 ? 'every month' : ORDINALS[n] ? `every ${ORDINALS[n]} month` : `every ${n} months`;
    const text = `${which} of ${every}${rule.workdaysOnly ? ' on work days' : ''}`;
    return rule.time ? `${text} at ${rule.time}` : text;
  }
  const days = weekdays
    ? [...weekdays].sort((a, b) => a - b).map((i) => weekdayName(WEEKDAYS[i]!))
    : [];
  const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : days[0];
  const isWeekdays = days.length === 5 && weekdays && [0, 1, 2, 3, 4].every((i) => weekdays.has(i));
  let text: string;
  if (rule.freq === 'daily' && !weekdays) {
    const unit = rule.workdaysOnly ? 'work day' : 'day';
    text = n === 1 ? `every ${unit}` : n === 2 ? `every second ${unit}` : `every ${n} ${unit}s`;
  } else if (n === 1) {
    text = isWeekdays ? 'every weekday' : `every ${list}`;
  } else if (rule.freq === 'weekly' && days.length === 1 && ORDINALS[n]) {
    text = `every ${ORDINALS[n]} ${list}`;
  } else {
    const unit = rule.freq === 'daily' ? 'days' : 'weeks';
    text =
      n === 2 ? `every second ${unit.slice(0, -1)} on ${list}` : `every ${n} ${unit} on ${list}`;
  }
  if (rule.workdaysOnly && weekdays) text += ' on work days';
  return rule.time ? `${text} at ${rule.time}` : text;
}
