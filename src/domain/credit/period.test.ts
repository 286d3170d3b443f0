import { Temporal } from 'temporal-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { periodFor, periodFromRange } from './period.js';

function at(zone: string, wallTime: string): string {
  return Temporal.PlainDateTime.from(wallTime).toZonedDateTime(zone).toInstant().toString();
}

type Case = [
  zone: string,
  wall: string,
  kind: 'week' | 'month',
  which: 'current' | 'previous',
  start: string,
  end: string,
  label: string,
];

// Wall times around DST changes and year ends; the UTC date often differs from the local one.
const CASES: Case[] = [
  [
    'Europe/Berlin',
    '2026-03-29T23:30',
    'week',
    'current',
    '2026-03-23',
    '2026-03-29',
    'Week of 23 Mar 2026',
  ],
  [
    'Europe/Berlin',
    '2026-03-30T00:30',
    'week',
    'current',
    '2026-03-30',
    '2026-04-05',
    'Week of 30 Mar 2026',
  ],
  [
    'Europe/Berlin',
    '2026-03-30T00:30',
    'week',
    'previous',
    '2026-03-23',
    '2026-03-29',
    'Week of 23 Mar 2026',
  ],
  [
    'Europe/Berlin',
    '2026-10-25T02:30',
    'week',
    'current',
    '2026-10-19',
    '2026-10-25',
    'Week of 19 Oct 2026',
  ],
  [
    'Europe/Berlin',
    '2026-04-01T00:30',
    'month',
    'current',
    '2026-04-01',
    '2026-04-30',
    'April 2026',
  ],
  [
    'Europe/Berlin',
    '2026-04-01T00:30',
    'month',
    'previous',
    '2026-03-01',
    '2026-03-31',
    'March 2026',
  ],
  [
    'Europe/Berlin',
    '2027-01-01T00:30',
    'month',
    'current',
    '2027-01-01',
    '2027-01-31',
    'January 2027',
  ],
  [
    'Europe/Berlin',
    '2027-01-01T00:30',
    'month',
    'previous',
    '2026-12-01',
    '2026-12-31',
    'December 2026',
  ],
  [
    'Europe/Berlin',
    '2027-01-01T00:30',
    'week',
    'current',
    '2026-12-28',
    '2027-01-03',
    'Week of 28 Dec 2026',
  ],
  [
    'America/New_York',
    '2026-03-08T03:30',
    'week',
    'current',
    '2026-03-02',
    '2026-03-08',
    'Week of 2 Mar 2026',
  ],
  [
    'America/New_York',
    '2026-11-01T01:30',
    'week',
    'current',
    '2026-10-26',
    '2026-11-01',
    'Week of 26 Oct 2026',
  ],
  [
    'America/New_York',
    '2026-11-01T01:30',
    'month',
    'previous',
    '2026-10-01',
    '2026-10-31',
    'October 2026',
  ],
  [
    'America/New_York',
    '2026-10-31T23:30',
    'month',
    'current',
    '2026-10-01',
    '2026-10-31',
    'October 2026',
  ],
  [
    'America/New_York',
    '2026-12-31T22:00',
    'month',
    'current',
    '2026-12-01',
    '2026-12-31',
    'December 2026',
  ],
  [
    'America/New_York',
    '2026-12-31T22:00',
    'week',
    'current',
    '2026-12-28',
    '2027-01-03',
    'Week of 28 Dec 2026',
  ],
  [
    'America/New_York',
    '2027-01-04T00:30',
    'week',
    'previous',
    '2026-12-28',
    '2027-01-03',
    'Week of 28 Dec 2026',
  ],
  [
    'Pacific/Auckland',
    '2026-04-05T02:30',
    'week',
    'current',
    '2026-03-30',
    '2026-04-05',
    'Week of 30 Mar 2026',
  ],
  [
    'Pacific/Auckland',
    '2026-04-05T02:30',
    'month',
    'current',
    '2026-04-01',
    '2026-04-30',
    'April 2026',
  ],
  [
    'Pacific/Auckland',
    '2026-09-27T03:30',
    'week',
    'current',
    '2026-09-21',
    '2026-09-27',
    'Week of 21 Sep 2026',
  ],
  [
    'Pacific/Auckland',
    '2026-09-28T00:10',
    'week',
    'current',
    '2026-09-28',
    '2026-10-04',
    'Week of 28 Sep 2026',
  ],
  [
    'Pacific/Auckland',
    '2026-09-28T00:10',
    'week',
    'previous',
    '2026-09-21',
    '2026-09-27',
    'Week of 21 Sep 2026',
  ],
  [
    'Pacific/Auckland',
    '2026-12-31T23:30',
    'month',
    'current',
    '2026-12-01',
    '2026-12-31',
    'December 2026',
  ],
  [
    'Pacific/Auckland',
    '2027-01-01T00:30',
    'month',
    'current',
    '2027-01-01',
    '2027-01-31',
    'January 2027',
  ],
  [
    'Pacific/Auckland',
    '2027-01-01T00:30',
    'month',
    'previous',
    '2026-12-01',
    '2026-12-31',
    'December 2026',
  ],
  [
    'Pacific/Auckland',
    '2028-03-01T00:30',
    'month',
    'previous',
    '2028-02-01',
    '2028-02-29',
    'February 2028',
  ],
];

describe('periodFor', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each(CASES)('%s %s: %s (%s)', (zone, wall, kind, which, start, end, label) => {
    expect(periodFor(kind, at(zone, wall), zone, which)).toEqual({ kind, start, end, label });
  });

  it('uses the local date, not the UTC one', () => {
    // 2026-11-01T03:30Z is still 31 October in New York and already 1 November in UTC.
    expect(periodFor('month', '2026-11-01T03:30:00Z', 'America/New_York').label).toBe(
      'October 2026',
    );
    expect(periodFor('month', '2026-11-01T03:30:00Z', 'Europe/Berlin').label).toBe('November 2026');
    expect(periodFor('week', Temporal.Instant.from('2026-11-16T08:00:00Z'), 'UTC')).toMatchObject({
      start: '2026-11-16',
      label: 'Week of 16 Nov 2026',
    });
  });

  it('gives the same answers whatever the host time zone', () => {
    const run = () =>
      CASES.map(([zone, wall, kind, which]) => periodFor(kind, at(zone, wall), zone, which));
    const baseline = run();
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      vi.stubEnv('TZ', tz);
      expect(run()).toEqual(baseline);
    }
  });

  it('refuses unknown zones and kinds', () => {
    expect(() => periodFor('week', '2026-11-16T08:00:00Z', 'Mars/Olympus')).toThrow(
      DomainInputError,
    );
    expect(() => periodFor('week', '2026-11-16T08:00:00Z', '+01:00')).toThrow(DomainInputError);
    expect(() => periodFor('year' as 'week', '2026-11-16T08:00:00Z', 'UTC')).toThrow(
      DomainInputError,
    );
    expect(() => periodFor('week', '2026-11-16T08:00', 'UTC')).toThrow(DomainInputError);
  });
});

describe('periodFromRange', () => {
  it('labels explicit ranges in words', () => {
    expect(periodFromRange('2026-11-01', '2026-11-15')).toEqual({
      kind: 'custom',
      start: '2026-11-01',
      end: '2026-11-15',
      label: '1–15 Nov 2026',
    });
    expect(periodFromRange('2026-11-29', '2026-12-05').label).toBe('29 Nov – 5 Dec 2026');
    expect(periodFromRange('2026-12-20', '2027-01-05').label).toBe('20 Dec 2026 – 5 Jan 2027');
    expect(periodFromRange('2026-11-18', '2026-11-18').label).toBe('18 Nov 2026');
    expect(periodFromRange(' 2026-11-01 ', '2026-11-02').start).toBe('2026-11-01');
  });

  it('recognises whole weeks and whole months', () => {
    expect(periodFromRange('2026-12-28', '2027-01-03')).toEqual({
      kind: 'week',
      start: '2026-12-28',
      end: '2027-01-03',
      label: 'Week of 28 Dec 2026',
    });
    expect(periodFromRange('2028-02-01', '2028-02-29')).toMatchObject({
      kind: 'month',
      label: 'February 2028',
    });
    expect(periodFromRange('2026-02-01', '2026-02-27').kind).toBe('custom');
    expect(periodFromRange('2026-11-17', '2026-11-23').kind).toBe('custom');
  });

  it('validates dates and their order', () => {
    const codeOf = (from: string, to: string) => {
      try {
        periodFromRange(from, to);
        return 'ok';
      } catch (error) {
        return (error as DomainInputError).code;
      }
    };
    expect(codeOf('2026-11-15', '2026-11-01')).toBe('invalid_range');
    expect(codeOf('2026-02-30', '2026-03-01')).toBe('invalid_date');
    expect(codeOf('16/11/2026', '2026-11-20')).toBe('invalid_date');
    expect(codeOf('2026-11-01', '')).toBe('invalid_date');
    expect(() => periodFromRange('2026-11-01', 'next week')).toThrow(/"next week" is not a date/);
  });
});
