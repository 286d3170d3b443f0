import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { formatHours, noHours, parseHours } from './hours.js';
import { WEEKDAYS, type WeeklyHours } from './types.js';
import { parseWeekdays } from './weekdays.js';

describe('parseHours', () => {
  it('reads day ranges, lists and several stretches a day', () => {
    const hours = parseHours('mon-fri 09:00-17:30; sat 10:00-12:00, 13:00-15:00');
    expect(hours.mon).toEqual([{ start: '09:00', end: '17:30' }]);
    expect(hours.fri).toEqual([{ start: '09:00', end: '17:30' }]);
    expect(hours.sat).toEqual([
      { start: '10:00', end: '12:00' },
      { start: '13:00', end: '15:00' },
    ]);
    expect(hours.sun).toEqual([]);
  });

  it('accepts loose spellings: full names, "to", am/pm, 24:00, new lines', () => {
    const hours = parseHours(
      'Monday to Wednesday 9am to 5:30pm\nthu, Fri: 0930-1200\nsun 22:00-24:00',
    );
    expect(hours.tue).toEqual([{ start: '09:00', end: '17:30' }]);
    expect(hours.thu).toEqual([{ start: '09:30', end: '12:00' }]);
    expect(hours.sun).toEqual([{ start: '22:00', end: '24:00' }]);
    expect(parseHours('weekdays 8-16').wed).toEqual([{ start: '08:00', end: '16:00' }]);
    expect(parseHours('weekends noon-midnight').sat).toEqual([{ start: '12:00', end: '24:00' }]);
  });

  it('lets a later segment replace the days it names; "off" clears a day', () => {
    const hours = parseHours('mon-fri 09:00-17:00; wed 09:00-12:00; fri off');
    expect(hours.wed).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(hours.fri).toEqual([]);
    expect(hours.thu).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(parseHours('off')).toEqual(noHours());
  });

  it('joins touching stretches and wraps day ranges over the weekend', () => {
    expect(parseHours('mon 09:00-12:00, 12:00-13:00').mon).toEqual([
      { start: '09:00', end: '13:00' },
    ]);
    const hours = parseHours('fri-mon 10:00-11:00');
    expect(WEEKDAYS.filter((d) => hours[d].length > 0)).toEqual(['mon', 'fri', 'sat', 'sun']);
  });

  it.each([
    ['', /Type working hours/],
    ['09:00-17:00', /Say which days "09:00-17:00" is for/],
    ['mon-fri', /Give the hours for "mon-fri"/],
    ['funday 09:00-17:00', /"funday" is not a day of the week/],
    ['mon 25:00-26:00', /"25:00-26:00" is not a time range/],
    ['mon 09:00', /"09:00" needs an end time/],
    ['mon 17:00-09:00', /ends before it starts; split a shift past midnight/],
    ['mon 09:00-12:00, 11:00-13:00', /overlap/],
  ])('refuses %j', (text, message) => {
    const attempt = () => parseHours(text);
    expect(attempt).toThrow(DomainInputError);
    expect(attempt).toThrow(message);
  });
});

describe('formatHours', () => {
  it('groups days with the same hours into runs', () => {
    const text = 'mon-fri 09:00-17:30; sat 10:00-12:00, 13:00-15:00';
    expect(formatHours(parseHours(text))).toBe(text);
    expect(formatHours(parseHours('mon,wed,thu,fri 9-17; sat-sun 10-11'))).toBe(
      'mon, wed-fri 09:00-17:00; sat, sun 10:00-11:00',
    );
    expect(formatHours(noHours())).toBe('off');
  });

  it('refuses stored hours that are not HH:MM', () => {
    const hours: WeeklyHours = { ...noHours(), mon: [{ start: '9', end: '17:00' }] };
    expect(() => formatHours(hours)).toThrow('The start on mon "9" is not a time');
  });

  it('reads back what it writes', () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 }))
      .filter(([a, b]) => a < b);
    const day = fc.array(range, { maxLength: 3 });
    const toText = (q: number) =>
      `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
    fc.assert(
      fc.property(fc.array(day, { minLength: 7, maxLength: 7 }), (days) => {
        const hours = noHours();
        for (const [index, ranges] of days.entries()) {
          // Non-overlapping by construction: keep each range only if it starts after the last.
          let last = -1;
          for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
            if (a <= last) continue;
            hours[WEEKDAYS[index]!].push({ start: toText(a), end: toText(b) });
            last = b;
          }
        }
        const text = formatHours(hours);
        expect(formatHours(parseHours(text))).toBe(text);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('parseWeekdays', () => {
  it('reads lists, ranges and groups in week order', () => {
    expect(parseWeekdays('tue,thu')).toEqual(['tue', 'thu']);
    expect(parseWeekdays('Thursday and tuesday')).toEqual(['tue', 'thu']);
    expect(parseWeekdays('mon-wed')).toEqual(['mon', 'tue', 'wed']);
    expect(parseWeekdays('weekdays')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseWeekdays('')).toEqual([]);
    expect(parseWeekdays('none')).toEqual([]);
  });

  it('names the word it cannot read', () => {
    expect(() => parseWeekdays('tue, thurzday')).toThrow('"thurzday" is not a day of the week');
  });
});

describe('parseHours, more spellings', () => {
  it('splits days at a comma after a time, and reads 9.30 and 17h', () => {
    const hours = parseHours('mon-fri 9.30-17h, sat 10-12, 13-15');
    expect(hours.fri).toEqual([{ start: '09:30', end: '17:00' }]);
    expect(hours.sat).toEqual([
      { start: '10:00', end: '12:00' },
      { start: '13:00', end: '15:00' },
    ]);
    expect(parseHours('mon, wed 9am-noon, 1pm-5pm').wed).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
  });

  it('gives every day its own list', () => {
    const hours = parseHours('mon-fri 09:00-17:00');
    hours.mon.push({ start: '18:00', end: '19:00' });
    expect(hours.tue).toHaveLength(1);
  });
});
