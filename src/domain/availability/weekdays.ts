import { DomainInputError } from '../input-error.js';
import { WEEKDAY_NAMES } from '../time/calendar-names.js';
import { weekdayOfEpochDay } from '../time/epoch-day.js';
import { WEEKDAYS, type Weekday } from './types.js';

const SPELLINGS: Record<Weekday, string[]> = {
  mon: ['mo', 'mon', 'monday'],
  tue: ['tu', 'tue', 'tues', 'tuesday'],
  wed: ['we', 'wed', 'weds', 'wednesday'],
  thu: ['th', 'thu', 'thur', 'thurs', 'thursday'],
  fri: ['fr', 'fri', 'friday'],
  sat: ['sa', 'sat', 'saturday'],
  sun: ['su', 'sun', 'sunday'],
};

const DAY_WORDS = new Map<string, number>();
for (const [index, day] of WEEKDAYS.entries()) {
  for (const spelling of SPELLINGS[day]) {
    DAY_WORDS.set(spelling, index);
    if (spelling.length > 2) DAY_WORDS.set(`${spelling}s`, index);
  }
}

const GROUPS: Record<string, number[]> = {
  weekday: [0, 1, 2, 3, 4],
  weekdays: [0, 1, 2, 3, 4],
  weekend: [5, 6],
  weekends: [5, 6],
  daily: [0, 1, 2, 3, 4, 5, 6],
  everyday: [0, 1, 2, 3, 4, 5, 6],
  all: [0, 1, 2, 3, 4, 5, 6],
};

const HINT = 'use mon, tue, wed, thu, fri, sat, sun, ranges like mon-fri, or weekdays';

/** Index (0 = Monday) of a weekday word such as "tue", "Tuesday" or "tuesdays"; null otherwise. */
export function weekdayIndexOf(word: string): number | null {
  return DAY_WORDS.get(word.toLowerCase()) ?? null;
}

/** The Weekday of days since 1970-01-01. */
export function weekdayOfDay(epochDay: number): Weekday {
  return WEEKDAYS[weekdayOfEpochDay(epochDay) - 1]!;
}

/** "Tuesday" for 'tue'. */
export function weekdayName(day: Weekday): string {
  return WEEKDAY_NAMES[WEEKDAYS.indexOf(day)]!;
}

/** Indexes (0 = Monday) named by text such as "tue,thu", "mon-fri", "weekdays"; throws on unknown words. */
export function readDayIndexes(text: string, code: string): Set<number> {
  const days = new Set<number>();
  const normalized = text
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s+(?:to|through|thru|until|till)\s+/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\bevery\s+day\b|\ball\s+week\b/g, 'daily');
  for (const token of normalized.split(/[\s,;&/+]+|\band\b/)) {
    if (token === '') continue;
    const group = GROUPS[token];
    if (group) {
      for (const index of group) days.add(index);
      continue;
    }
    const [first, last, extra] = token.split('-');
    const from = weekdayIndexOf(first ?? '');
    const to = last === undefined ? from : weekdayIndexOf(last);
    if (from === null || to === null || extra !== undefined) {
      throw new DomainInputError(code, `"${token}" is not a day of the week; ${HINT}.`);
    }
    // A range may wrap over the weekend: "fri-mon" is Friday to Monday.
    for (let index = from; ; index = (index + 1) % 7) {
      days.add(index);
      if (index === to) break;
    }
  }
  return days;
}

/** Weekdays named in text such as "tue,thu", "mon-wed" or "weekdays", in week order; "" and "none" give []. */
export function parseWeekdays(text: string): Weekday[] {
  const trimmed = text.trim();
  if (trimmed === '' || /^(?:none|no days?|-)$/i.test(trimmed)) return [];
  if (trimmed.length > 200) {
    throw new DomainInputError('invalid_weekdays', 'That list of days is too long.');
  }
  const indexes = readDayIndexes(trimmed, 'invalid_weekdays');
  return WEEKDAYS.filter((_, index) => indexes.has(index));
}

/** Validates stored weekdays, giving a Set of indexes (0 = Monday). */
export function requireWeekdays(days: readonly string[], what: string): Set<number> {
  const indexes = new Set<number>();
  if (!Array.isArray(days)) {
    throw new DomainInputError('invalid_weekdays', `The ${what} must be a list of weekdays.`);
  }
  for (const day of days) {
    const index = WEEKDAYS.indexOf(day as Weekday);
    if (index < 0) {
      throw new DomainInputError(
        'invalid_weekdays',
        `The ${what} contain "${day}"; use mon, tue, wed, thu, fri, sat or sun.`,
      );
    }
    indexes.add(index);
  }
  return indexes;
}
