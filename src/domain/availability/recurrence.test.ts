import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { parseHours } from './hours.js';
import { describeRecurrence, occurrences, type RecurrenceRule } from './recurrence.js';
import { parseRecurrence } from './recurrence-parse.js';

// Wednesday 5 March 2025.
const TODAY = '2025-03-05';

describe('parseRecurrence', () => {
  it.each<[string, Omit<RecurrenceRule, 'start'>]>([
    ['every second Tuesday', { freq: 'weekly', interval: 2, weekdays: ['tue'] }],
    [
      'every other friday at 19:00',
      { freq: 'weekly', interval: 2, weekdays: ['fri'], time: '19:00' },
    ],
    ['every tuesday', { freq: 'weekly', interval: 1, weekdays: ['tue'] }],
    ['Tuesdays and Thursdays', { freq: 'weekly', interval: 1, weekdays: ['tue', 'thu'] }],
    [
      'weekdays at 12:30',
      { freq: 'weekly', interval: 1, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '12:30' },
    ],
    ['every day at 07:00', { freq: 'daily', interval: 1, time: '07:00' }],
    ['daily', { freq: 'daily', interval: 1 }],
    ['every second day', { freq: 'daily', interval: 2 }],
    ['every 3 weeks on monday', { freq: 'weekly', interval: 3, weekdays: ['mon'] }],
    [
      'fortnightly on Thursday at 7pm',
      { freq: 'weekly', interval: 2, weekdays: ['thu'], time: '19:00' },
    ],
    ['every week', { freq: 'weekly', interval: 1 }],
    ['at 12:30 on work days', { freq: 'daily', interval: 1, time: '12:30', workdaysOnly: true }],
    ['every working day at 9am', { freq: 'daily', interval: 1, time: '09:00', workdaysOnly: true }],
    ['every other week on mon and thu', { freq: 'weekly', interval: 2, weekdays: ['mon', 'thu'] }],
  ])('reads %j', (text, expected) => {
    expect(parseRecurrence(text, TODAY)).toEqual({ ...expected, start: TODAY });
  });

  it('takes the start from the text when it gives one', () => {
    expect(parseRecurrence('every other friday from 2025-03-14', TODAY).start).toBe('2025-03-14');
  });

  it.each([
    ['', /Say how often/],
    ['sometimes', /can't read "sometimes"/],
    ['every blue moon', /can't read "blue"/],
    ['every day at 25:00', /"25:00" is not a time/],
    ['every day at lunch', /After "at", give a time/],
    ['every other second tuesday', /Give one interval/],
    ['every 99 weeks on monday', /Repeat every 1 to 52/],
    ['at 12:30', /Say how often/],
  ])('refuses %j', (text, message) => {
    const attempt = () => parseRecurrence(text, TODAY);
    expect(attempt).toThrow(DomainInputError);
    expect(attempt).toThrow(message);
  });
});

describe('occurrences', () => {
  const dates = (rule: RecurrenceRule, from: string, to: string, zone = 'Europe/Berlin') =>
    occurrences(rule, from, to, { zone }).map((o) => o.date);

  it('counts every second week from the first match on or after the start', () => {
    const rule = parseRecurrence('every second Tuesday', TODAY);
    expect(dates(rule, '2025-03-01', '2025-04-30')).toEqual([
      '2025-03-11',
      '2025-03-25',
      '2025-04-08',
      '2025-04-22',
    ]);
    // The same rule seen from later on stays in step.
    expect(dates(rule, '2025-04-09', '2025-04-30')).toEqual(['2025-04-22']);
  });

  it('keeps several weekdays of the same weeks together', () => {
    const rule = parseRecurrence('every other week on mon and thu', TODAY);
    // First match: Thursday 6 March, so that week and every second one after it.
    expect(dates(rule, TODAY, '2025-03-24')).toEqual(['2025-03-06', '2025-03-17', '2025-03-20']);
  });

  it("keeps work days to the user's hours (Monday to Friday without hours)", () => {
    const rule = parseRecurrence('at 12:30 on work days', TODAY);
    expect(dates(rule, '2025-03-07', '2025-03-11')).toEqual([
      '2025-03-07',
      '2025-03-10',
      '2025-03-11',
    ]);
    const fourDays = parseHours('mon-thu 08:00-18:00');
    const found = occurrences(rule, '2025-03-07', '2025-03-11', { zone: 'UTC', hours: fourDays });
    expect(found.map((o) => o.weekday)).toEqual(['mon', 'tue']);
  });

  it('places the time in the zone, moving a skipped time forward', () => {
    const rule = parseRecurrence('every day at 02:30', '2025-03-08');
    expect(occurrences(rule, '2025-03-08', '2025-03-10', { zone: 'America/New_York' })).toEqual([
      { date: '2025-03-08', weekday: 'sat', start: '2025-03-08T07:30:00Z' },
      { date: '2025-03-09', weekday: 'sun', start: '2025-03-09T07:30:00Z' }, // 03:30 EDT
      { date: '2025-03-10', weekday: 'mon', start: '2025-03-10T06:30:00Z' },
    ]);
    const chatham = occurrences(parseRecurrence('daily at 09:00', TODAY), TODAY, TODAY, {
      zone: 'Pacific/Chatham',
    });
    expect(chatham[0]!.start).toBe('2025-03-04T19:15:00Z'); // +13:45 in March
  });

  it('starts no earlier than the rule and refuses a backwards range', () => {
    const rule = parseRecurrence('daily', TODAY);
    expect(dates(rule, '2025-03-01', '2025-03-06')).toEqual([TODAY, '2025-03-06']);
    expect(() => dates(rule, '2025-03-06', '2025-03-01')).toThrow(DomainInputError);
  });
});

describe('describeRecurrence', () => {
  it.each([
    ['every second tuesday at 12:30', 'every second Tuesday at 12:30'],
    ['every other friday', 'every second Friday'],
    ['weekdays at 12:30', 'every weekday at 12:30'],
    ['every 3 weeks on monday', 'every third Monday'],
    ['every 6 weeks on monday and friday', 'every 6 weeks on Monday and Friday'],
    ['every other week on mon, wed and thu', 'every second week on Monday, Wednesday and Thursday'],
    ['at 07:00 on work days', 'every work day at 07:00'],
    ['every 3 days', 'every 3 days'],
    ['tuesdays on work days', 'every Tuesday on work days'],
  ])('writes %j as %j, which reads back the same', (text, described) => {
    const rule = parseRecurrence(text, TODAY);
    expect(describeRecurrence(rule)).toBe(described);
    expect(parseRecurrence(described, TODAY)).toEqual(rule);
  });
});
