import { describe, expect, it } from 'vitest';
import { aSchedule } from './availability.factory.js';
import { intervalAt, workingIntervals } from './intervals.js';
import { localParts } from './local-time.js';
import { clockAt, compileSchedule } from './schedule.js';
import { WEEKDAYS } from './types.js';

const HOURS = 'mon-fri 00:30-01:45, 02:15-03:00, 09:00-17:30; sat 01:00-24:00; sun 00:00-02:30';

// Each case spans a transition (or two, for New York and Berlin in March).
const CASES: [string, string, string][] = [
  ['America/New_York', '2025-03-06T00:00:00Z', '2025-03-12T00:00:00Z'],
  ['America/New_York', '2025-10-30T00:00:00Z', '2025-11-05T00:00:00Z'],
  ['Europe/Berlin', '2025-03-27T00:00:00Z', '2025-04-02T00:00:00Z'],
  ['Europe/Berlin', '2025-10-23T00:00:00Z', '2025-10-29T00:00:00Z'],
  ['Australia/Lord_Howe', '2025-04-02T00:00:00Z', '2025-04-08T00:00:00Z'],
  ['Australia/Lord_Howe', '2025-10-01T00:00:00Z', '2025-10-07T00:00:00Z'],
  ['Australia/Adelaide', '2025-04-02T00:00:00Z', '2025-04-08T00:00:00Z'],
  ['Pacific/Chatham', '2025-09-24T00:00:00Z', '2025-09-30T00:00:00Z'],
  ['Asia/Kolkata', '2025-03-06T00:00:00Z', '2025-03-09T00:00:00Z'],
];

describe('workingIntervals', () => {
  it.each(CASES)('agrees minute by minute with the wall clock in %s from %s', (zone, from, to) => {
    const schedule = compileSchedule(aSchedule(zone, HOURS));
    const fromMs = Date.parse(from);
    const toMs = Date.parse(to);
    const intervals = workingIntervals(schedule, fromMs, toMs);
    for (let ms = fromMs; ms < toMs; ms += 60_000) {
      const local = localParts(clockAt(schedule, ms), ms);
      const ranges = schedule.days[WEEKDAYS.indexOf(local.weekday)]!;
      const expected = ranges.some(([s, e]) => local.minutes >= s && local.minutes < e);
      if ((intervalAt(intervals, ms) !== undefined) !== expected) {
        throw new Error(`${zone} at ${new Date(ms).toISOString()} (${local.date} ${local.time})`);
      }
    }
  });

  it('joins a shift across midnight into one stretch', () => {
    const schedule = compileSchedule(aSchedule('UTC', 'mon 22:00-24:00; tue 00:00-02:00'));
    const found = workingIntervals(
      schedule,
      Date.parse('2025-06-01T00:00:00Z'),
      Date.parse('2025-06-04T00:00:00Z'),
    );
    expect(found).toEqual([
      [Date.parse('2025-06-02T22:00:00Z'), Date.parse('2025-06-03T02:00:00Z')],
    ]);
  });

  it('switches to the trip zone on the trip dates, on the trip zone calendar', () => {
    const trip = { city: 'Tokyo', zone: 'Asia/Tokyo', from: '2025-06-03', to: '2025-06-04' };
    const schedule = compileSchedule(aSchedule('Europe/London', 'mon-fri 09:00-17:00', [], [trip]));
    const found = workingIntervals(
      schedule,
      Date.parse('2025-06-02T00:00:00Z'),
      Date.parse('2025-06-06T00:00:00Z'),
    ).map(([a, b]) => `${new Date(a).toISOString()}/${new Date(b).toISOString()}`);
    expect(found).toEqual([
      // Monday in London, cut when the trip begins at Tokyo's midnight (15:00Z Monday).
      '2025-06-02T08:00:00.000Z/2025-06-02T15:00:00.000Z',
      '2025-06-03T00:00:00.000Z/2025-06-03T08:00:00.000Z', // Tue in Tokyo
      '2025-06-04T00:00:00.000Z/2025-06-04T08:00:00.000Z', // Wed in Tokyo
      // The trip ends at Tokyo midnight (15:00Z Wed): back on London's Wednesday till 17:00.
      '2025-06-04T15:00:00.000Z/2025-06-04T16:00:00.000Z',
      '2025-06-05T08:00:00.000Z/2025-06-05T16:00:00.000Z', // Thu in London
    ]);
  });
});
