import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  describeDay,
  parseBirthday,
  parseDateAhead,
  parseDay,
  parseWhen,
  requireZone,
} from '../../src/cli/when';

// Wednesday 2026-05-06, 23:30 in Berlin: already Thursday in Tokyo.
const now = '2026-05-06T21:30:00Z';
const zone = 'Europe/Berlin';

describe('parseDateAhead', () => {
  it('reads dates and words for days ahead in the user zone', () => {
    expect(parseDateAhead('2026-05-20', now, zone)).toBe('2026-05-20');
    expect(parseDateAhead('today', now, zone)).toBe('2026-05-06');
    expect(parseDateAhead('Tomorrow', now, zone)).toBe('2026-05-07');
    expect(parseDateAhead('tomorrow', now, 'Asia/Tokyo')).toBe('2026-05-08');
    expect(parseDateAhead('friday', now, zone)).toBe('2026-05-08');
    expect(parseDateAhead('fri', now, zone)).toBe('2026-05-08');
    expect(parseDateAhead('next monday', now, zone)).toBe('2026-05-11');
    // The weekday that is today means a week ahead.
    expect(parseDateAhead('wednesday', now, zone)).toBe('2026-05-13');
    expect(parseDateAhead('in 3 days', now, zone)).toBe('2026-05-09');
    expect(parseDateAhead('in two weeks', now, zone)).toBe('2026-05-20');
    expect(parseDateAhead('in a week', now, zone)).toBe('2026-05-13');
    expect(parseDateAhead('in 1 month', now, zone)).toBe('2026-06-06');
    expect(parseDateAhead('next week', now, zone)).toBe('2026-05-13');
    expect(parseDateAhead('3d', now, zone)).toBe('2026-05-09');
    expect(parseDateAhead('2w', now, zone)).toBe('2026-05-20');
  });

  it('refuses impossible dates and gibberish with a hint', () => {
    expect(() => parseDateAhead('2026-02-30', now, zone)).toThrow(/Could not read "2026-02-30"/);
    expect(() => parseDateAhead('someday', now, zone)).toThrow(/Try 2026-05-01/);
    expect(() => parseDateAhead('in zillion days', now, zone)).toThrow(/Could not read/);
  });
});

describe('parseDay', () => {
  it('reads past and future words as a date', () => {
    expect(parseDay('2026-04-01', now, zone)).toBe('2026-04-01');
    expect(parseDay('yesterday', now, zone)).toBe('2026-05-05');
    expect(parseDay('3 days ago', now, zone)).toBe('2026-05-03');
    expect(parseDay('friday', now, zone)).toBe('2026-05-01');
    expect(parseDay('tomorrow', now, zone)).toBe('2026-05-07');
    expect(parseDay('in 2 weeks', now, zone)).toBe('2026-05-20');
    expect(parseDay('today', now, zone)).toBe('2026-05-06');
  });

  it('refuses what it cannot read', () => {
    expect(() => parseDay('2026-13-01', now, zone)).toThrow(/not a date on the calendar/);
    expect(() => parseDay('whenever', now, zone)).toThrow(/Could not read "whenever"/);
  });
});

describe('parseWhen', () => {
  it('wraps the domain parser and turns its errors into CLI errors', () => {
    expect(parseWhen('now', now, zone)).toBe('2026-05-06T21:30:00Z');
    expect(parseWhen('10 days ago', now, zone)).toBe('2026-04-26T10:00:00Z');
    expect(() => parseWhen('next year', now, zone)).toThrow(/Could not read "next year"/);
    expect(() => parseWhen('2026-06-01', now, zone)).toThrow(/in the future/);
  });
});

describe('describeDay', () => {
  it('says days the way people do', () => {
    expect(describeDay('2026-05-06', '2026-05-06')).toBe('today');
    expect(describeDay('2026-05-07', '2026-05-06')).toBe('tomorrow');
    expect(describeDay('2026-05-05', '2026-05-06')).toBe('yesterday');
    expect(describeDay('2026-05-03', '2026-05-06')).toBe('3 days ago');
    expect(describeDay('2026-05-08', '2026-05-06')).toBe('Friday 2026-05-08');
    expect(describeDay('2026-06-01', '2026-05-06')).toBe('Mon 2026-06-01');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});

describe('parseBirthday and requireZone', () => {
  it('accepts real dates with or without the year', () => {
    expect(parseBirthday('1990-04-17')).toBe('1990-04-17');
    expect(parseBirthday('02-29')).toBe('02-29');
    expect(parseBirthday(' 12-31 ')).toBe('12-31');
  });

  it('refuses impossible ones', () => {
    for (const bad of ['2023-02-30', '2023-02-29', '02-30', '13-01', '4/17', '']) {
      expect(() => parseBirthday(bad), bad).toThrow(/is not a date on the calendar/);
    }
  });

  it('canonicalises zones and refuses offsets and unknown names', () => {
    expect(requireZone('america/new_york')).toBe('America/New_York');
    expect(() => requireZone('Mars/Olympus')).toThrow(/--tz "Mars\/Olympus" is not a time zone/);
    expect(() => requireZone('+01:00')).toThrow(/not a time zone/);
  });
});
