import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { officeHours } from './pairing.factory.js';
import { longestShared, sharedWeek, WEEK_MINUTES, weekOfWork } from './working-time.js';

const minutesAfter = (nowIso: string, zone: string, local: string) =>
  (Temporal.PlainDateTime.from(local).toZonedDateTime(zone).epochMilliseconds -
    Date.parse(nowIso)) /
  60_000;

describe('weekOfWork', () => {
  it('places office hours on real instants across a DST change', () => {
    // Berlin moves to summer time on Sunday 29 March 2026.
    const now = '2026-03-27T06:00:00Z';
    const week = weekOfWork('Europe/Berlin', officeHours(), Date.parse(now), 'test');
    expect([...week.subarray(0, 2)]).toEqual([
      minutesAfter(now, 'Europe/Berlin', '2026-03-27T09:00'),
      minutesAfter(now, 'Europe/Berlin', '2026-03-27T17:00'),
    ]);
    expect([...week.subarray(2, 4)]).toEqual([
      minutesAfter(now, 'Europe/Berlin', '2026-03-30T09:00'),
      minutesAfter(now, 'Europe/Berlin', '2026-03-30T17:00'),
    ]);
    expect(week.length / 2).toBe(5);
    expect(week[week.length - 1]!).toBeLessThanOrEqual(WEEK_MINUTES);
  });

  it('keeps whole windows when now is not on a whole minute', () => {
    // Berlin 09–17 and New York 09–17 share two hours, whatever second the round runs at.
    const now = Date.parse('2026-12-07T06:00:42.5Z');
    const berlin = weekOfWork('Europe/Berlin', officeHours(), now, 'test');
    const newYork = weekOfWork('America/New_York', officeHours(), now, 'test');
    expect(berlin[1]! - berlin[0]!).toBe(8 * 60);
    expect(longestShared(berlin, newYork)).toBe(120);
  });

  it('runs windows past midnight and clips at now', () => {
    const night = { start: '22:00', end: '06:00' };
    const hours = { mon: [night], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const now = '2026-11-24T01:00:00Z'; // Tuesday 02:00 in Berlin, inside Monday's night shift
    const week = weekOfWork('Europe/Berlin', hours, Date.parse(now), 'test');
    expect([...week]).toEqual([
      0,
      240,
      minutesAfter(now, 'Europe/Berlin', '2026-11-30T22:00'),
      WEEK_MINUTES,
    ]);
  });

  it('finds the longest shared stretch between zones', () => {
    const now = Date.parse('2026-11-23T00:00:00Z');
    const berlin = weekOfWork('Europe/Berlin', officeHours(), now, 'a');
    const newYork = weekOfWork('America/New_York', officeHours(), now, 'b');
    const tokyo = weekOfWork('Asia/Tokyo', officeHours(), now, 'c');
    expect(longestShared(berlin, newYork)).toBe(120);
    expect(longestShared(newYork, tokyo)).toBe(0);
    expect(sharedWeek([berlin, newYork, berlin]).length / 2).toBe(5);
  });

  it('refuses times that are not HH:MM', () => {
    const hours = { ...officeHours(), mon: [{ start: '9:00', end: '17:00' }] };
    expect(() => weekOfWork('Europe/Berlin', hours, 0, 'working hours of x')).toThrow(
      /working hours of x: "9:00" is not a HH:MM time/,
    );
  });
});
