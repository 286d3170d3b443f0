import { DomainInputError } from '../input-error.js';
import { requireIsoDate } from '../time/epoch-day.js';
import { formatClockTime, readClockTime } from './clock-time.js';
import { checkRule, type RecurrenceRule } from './recurrence.js';
import { WEEKDAYS } from './types.js';
import { readDayIndexes, weekdayIndexOf } from './weekdays.js';

const CODE = 'invalid_recurrence';
const EXAMPLES =
  '"every second Tuesday", "weekdays at 12:30", "every 3 weeks on Monday" or "first Sunday of the month"';
const TIME =
  /(?:\bat\s+|@\s*)(noon|midday|midnight|\d{1,2}(?:[:.h]?\d{2}|h)?(?:\s*[ap]\.?m\b\.?)?)/;
const BARE_TIME = /\b(\d{1,2}:\d{2})\b/;
const START = /\b(?:from|starting(?:\s+on)?|beginning|start(?:ing)?)\s+(\d{4}-\d{2}-\d{2})\b/;
const FILLER = new Set(['every', 'each', 'on', 'the', 'a', 'an', 'of', 'once', 'per']);
const INTERVALS: Record<string, number> = {
  other: 2,
  alternate: 2,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
const UNITS: Record<string, 'day' | 'week'> = {
  day: 'day',
  days: 'day',
  daily: 'day',
  everyday: 'day',
  week: 'week',
  weeks: 'week',
  weekly: 'week',
};
const GROUPS: Record<string, number[]> = {
  weekday: [0, 1, 2, 3, 4],
  weekdays: [0, 1, 2, 3, 4],
  weekend: [5, 6],
  weekends: [5, 6],
};

/**
 * Reads "every second Tuesday", "every other friday at 19:00", "weekdays at 12:30", "every day
 * at 07:00", "every 3 weeks on monday", "at 12:30 on work days" (daily, work days only).
 * Intervals count from `start` (YYYY-MM-DD, usually today) unless the text says "from
 * 2025-03-04". "Weekdays" are Monday to Friday; "work days" are the user's working days.
 */
export function parseRecurrence(text: string, start: string): RecurrenceRule {
  const fail = (message: string): never => {
    throw new DomainInputError(CODE, message);
  };
  let rest = typeof text === 'string' ? text.trim().toLowerCase() : '';
  if (rest === '') fail(`Say how often, like ${EXAMPLES}.`);
  if (rest.length > 200) fail('That is too long for a repeat rule.');
  const rule: RecurrenceRule = { freq: 'daily', interval: 1, start };

  const startMatch = START.exec(rest);
  if (startMatch) {
    requireIsoDate(startMatch[1]!, 'start date');
    rule.start = startMatch[1]!;
    rest = rest.replace(startMatch[0], ' ');
  }
  const timeMatch = TIME.exec(rest) ?? BARE_TIME.exec(rest);
  if (timeMatch) {
    const minutes = readClockTime(timeMatch[1]!);
    if (minutes === null) fail(`"${timeMatch[1]}" is not a time; use 24-hour HH:MM like 19:00.`);
    rule.time = formatClockTime(minutes!);
    rest = rest.replace(timeMatch[0], ' ');
  }
  if (/\bat\b|@/.test(rest)) fail(`After "at", give a time like 19:00; try ${EXAMPLES}.`);
  rest = rest.replace(/\b(?:work|working|business)[\s-]?days?\b/g, ' workday ');
  if (/\bmonth(?:s|ly)?\b/.test(rest)) return parseMonthly(rest, text, rule);

  let interval: number | null = null;
  let unit: 'day' | 'week' | null = null;
  const days = new Set<number>();
  for (const token of rest.split(/[\s,;&/+]+|\band\b/)) {
    if (token === '' || FILLER.has(token)) continue;
    const number = INTERVALS[token] ?? (/^\d{1,3}$/.test(token) ? Number(token) : undefined);
    if (number !== undefined) {
      if (interval !== null) fail(`Give one interval in "${text}", like "every second Tuesday".`);
      interval = number;
    } else if (token === 'fortnightly' || token === 'biweekly' || token === 'fortnight') {
      if (interval !== null) fail(`Give one interval in "${text}", like "every second Tuesday".`);
      interval = 2;
      unit = 'week';
    } else if (token === 'workday') {
      rule.workdaysOnly = true;
    } else if (UNITS[token]) {
      unit = UNITS[token];
    } else if (GROUPS[token]) {
      for (const index of GROUPS[token]) days.add(index);
    } else if (weekdayIndexOf(token) !== null || token.includes('-')) {
      for (const index of readDayIndexes(token, CODE)) days.add(index);
    } else {
      fail(`I can't read "${token}" in "${text}"; try ${EXAMPLES}.`);
    }
  }

  rule.interval = interval ?? 1;
  if (days.size > 0) {
    rule.weekdays = WEEKDAYS.filter((_, index) => days.has(index));
    rule.freq = unit === 'day' && rule.interval > 1 ? 'daily' : 'weekly';
  } else if (unit === 'week') {
    rule.freq = 'weekly';
  } else if (unit === null && !rule.workdaysOnly) {
    fail(`Say how often in "${text}", like ${EXAMPLES}.`);
  }
  checkRule(rule);
  return rule;
}

const NTH: Record<string, RecurrenceRule['nth']> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: -1,
};
const NTH_WEEKDAY = /\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+([a-z]+)\b/;
const MONTH_DAY = /\b(?:day\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:months?\b))/;
const LAST_DAY = /\blast\s+day\b/;
const FIRST_DAY = /\b(?:first|1st)\s+day\b/;
const EVERY_N_MONTHS =
  /\bevery\s+(other|second|2nd|third|3rd|fourth|4th|\d{1,2})\s+months?\b|\bbi-?monthly\b/;
const MONTH_FILLER = new Set([...FILLER, 'month', 'months', 'monthly', 'day', 'workday']);

/**
 * Monthly rules: "first Sunday of the month", "last Friday of every month", "on the 15th of
 * each month", "monthly" (on `start`'s day of the month), "every other month on the 1st",
 * "last day of the month". A day past the end of a shorter month falls on its last day.
 */
function parseMonthly(rest: string, text: string, rule: RecurrenceRule): RecurrenceRule {
  const fail = (message: string): never => {
    throw new DomainInputError(CODE, message);
  };
  const monthly: RecurrenceRule = { ...rule, freq: 'monthly', interval: 1 };
  const nth = NTH_WEEKDAY.exec(rest);
  const weekday = nth ? weekdayIndexOf(nth[2]!) : null;
  if (nth && weekday !== null) {
    monthly.nth = NTH[nth[1]!];
    monthly.weekdays = [WEEKDAYS[weekday]!];
    rest = rest.replace(nth[0], ' ');
  }
  const every = EVERY_N_MONTHS.exec(rest);
  if (every) {
    monthly.interval = every[1] ? (INTERVALS[every[1]] ?? Number(every[1])) : 2;
    rest = rest.replace(every[0], ' month ');
  }
  if (monthly.nth === undefined) {
    if (LAST_DAY.test(rest)) {
      monthly.monthDay = 31;
      rest = rest.replace(LAST_DAY, ' ');
    } else if (FIRST_DAY.test(rest)) {
      monthly.monthDay = 1;
      rest = rest.replace(FIRST_DAY, ' ');
    } else {
      const day = MONTH_DAY.exec(rest);
      if (day) {
        monthly.monthDay = Number(day[1]);
        rest = rest.replace(day[0], ' ');
      }
    }
  }
  for (const token of rest.split(/[\s,;&/+]+|\band\b/)) {
    if (token === '' || MONTH_FILLER.has(token)) continue;
    if (token === 'workday') continue;
    fail(
      weekdayIndexOf(token) !== null
        ? `Say which ${token} of the month, like "first ${token} of the month".`
        : `I can't read "${token}" in "${text}"; try "first Sunday of the month" or "on the 15th of each month".`,
    );
  }
  if (/\bworkday\b/.test(rest)) monthly.workdaysOnly = true;
  if (monthly.nth === undefined && monthly.monthDay === undefined) {
    monthly.monthDay = Number(monthly.start.slice(8, 10));
  }
  checkRule(monthly);
  return monthly;
}
