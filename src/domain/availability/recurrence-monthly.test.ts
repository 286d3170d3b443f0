import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { describeRecurrence, occurrences, type RecurrenceRule } from './recurrence.js';
import { parseRecurrence } from './recurrence-parse.js';

// Wednesday 5 March 2025.
const TODAY = '2025-03-05';
const dates = (rule: RecurrenceRule, from: string, to: string, zone = 'Europe/Berlin') =>
  occurrences(rule, from, to, { zone }).map((o) => o.date);

describe('monthly rules', () => {
  it.each<[string, Omit<RecurrenceRule, 'start'>]>([
    ['first Sunday of the month', { freq: 'monthly', interval: 1, nth: 1, weekdays: ['sun'] }],
    [
      'the last friday of every month',
      { freq: 'monthly', interval: 1, nth: -1, weekdays: ['fri'] },
    ],
    [
      'third Tuesday of each month at 19:00',
      { freq: 'monthly', interval: 1, nth: 3, weekdays: ['tue'], time: '19:00' },
    ],
    ['on the 15th of each month', { freq: 'monthly', interval: 1, monthDay: 15 }],
    ['monthly', { freq: 'monthly', interval: 1, monthDay: 5 }],
    ['every month', { freq: 'monthly', interval: 1, monthDay: 5 }],
    ['every other month on the 1st', { freq: 'monthly', interval: 2, monthDay: 1 }],
    ['last day of the month', { freq: 'monthly', interval: 1, monthDay: 31 }],
    [
      'first day of every month at 9am',
      { freq: 'monthly', interval: 1, monthDay: 1, time: '09:00' },
    ],
  ])('reads %j', (text, expected) => {
    expect(parseRecurrence(text, TODAY)).toEqual({ ...expected, start: TODAY });
  });

  it.each([
    ['sunday of the month', /Say which sunday of the month/],
    ['on the 32nd of each month', /1 to 31/],
    ['every month on the blue', /can't read "blue"/],
  ])('refuses %j', (text, message) => {
    const attempt = () => parseRecurrence(text, TODAY);
    expect(attempt).toThrow(DomainInputError);
    expect(attempt).toThrow(message);
  });

  it('finds the first Sunday of each month, starting with the next one', () => {
    const rule = parseRecurrence('first Sunday of the month', TODAY);
    // 2 March is before the start; then 6 April, 4 May, 1 June.
    expect(dates(rule, '2025-03-01', '2025-06-30')).toEqual([
      '2025-04-06',
      '2025-05-04',
      '2025-06-01',
    ]);
  });

  it('finds the last weekday of months of every length', () => {
    const rule = parseRecurrence('last friday of the month', '2025-01-01');
    expect(dates(rule, '2025-01-01', '2025-05-31')).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-28',
      '2025-04-25',
      '2025-05-30',
    ]);
  });

  it('puts a day past the month end on its last day, leap years included', () => {
    const rule = parseRecurrence('on the 31st of each month', '2027-12-01');
    expect(dates(rule, '2027-12-01', '2028-04-30')).toEqual([
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
    ]);
    expect(
      dates(parseRecurrence('last day of the month', '2026-02-01'), '2026-02-01', '2026-02-28'),
    ).toEqual(['2026-02-28']);
  });

  it('counts every other month from the first occurrence', () => {
    const rule = parseRecurrence('every other month on the 1st', TODAY);
    expect(dates(rule, TODAY, '2025-09-30')).toEqual(['2025-04-01', '2025-06-01', '2025-08-01']);
  });

  it('places the time across a DST change, moving a skipped time forward', () => {
    // The second Sunday of March 2025 is the night New York springs forward.
    const rule = parseRecurrence('second sunday of the month at 02:30', '2025-02-01');
    expect(occurrences(rule, '2025-02-01', '2025-04-30', { zone: 'America/New_York' })).toEqual([
      { date: '2025-02-09', weekday: 'sun', start: '2025-02-09T07:30:00Z' },
      { date: '2025-03-09', weekday: 'sun', start: '2025-03-09T07:30:00Z' }, // 03:30 EDT
      { date: '2025-04-13', weekday: 'sun', start: '2025-04-13T06:30:00Z' },
    ]);
    // The last Sunday of October is when Europe falls back: 02:30 is its first occurrence.
    const autumn = parseRecurrence('last sunday of the month at 02:30', '2025-10-01');
    expect(occurrences(autumn, '2025-10-01', '2025-10-31', { zone: 'Europe/Berlin' })).toEqual([
      { date: '2025-10-26', weekday: 'sun', start: '2025-10-26T00:30:00Z' },
    ]);
  });

  it.each([
    ['first sunday of the month', 'the first Sunday of every month'],
    ['last friday of every other month at 18:00', 'the last Friday of every second month at 18:00'],
    ['on the 15th of each month', 'the 15th of every month'],
    ['every 3 months on the 22nd', 'the 22nd of every third month'],
  ])('writes %j as %j, which reads back the same', (text, described) => {
    const rule = parseRecurrence(text, TODAY);
    expect(describeRecurrence(rule)).toBe(described);
    expect(parseRecurrence(described, TODAY)).toEqual(rule);
  });

  it('refuses a day of the month on a weekly rule', () => {
    expect(() =>
      describeRecurrence({ freq: 'weekly', interval: 1, start: TODAY, monthDay: 3 }),
    ).toThrow(/monthly rule/);
  });
});
