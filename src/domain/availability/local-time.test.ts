import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DAY_MS, epochDayFromYmd } from '../time/epoch-day.js';
import { createZoneClock } from '../time/zone-clock.js';
import {
  instantOfLocal,
  instantsShowing,
  isoInstant,
  localParts,
  MINUTE_MS,
} from './local-time.js';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

describe('instantOfLocal', () => {
  it.each(ZONES)("agrees with Temporal's 'compatible' every 15 minutes of 2025 in %s", (zone) => {
    const clock = createZoneClock(zone);
    const first = epochDayFromYmd(2025, 1, 1);
    for (let day = first; day < first + 365; day++) {
      // Every quarter hour around the small hours, where the transitions are; noon elsewhere.
      for (const minutes of [0, 15, 30, 45, 60, 90, 105, 120, 135, 150, 165, 180, 210, 225, 720]) {
        const date = Temporal.PlainDate.from({ year: 2025, month: 1, day: 1 }).add({
          days: day - first,
        });
        const expected = date
          .toPlainDateTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
          .toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
        if (instantOfLocal(clock, day, minutes) !== expected) {
          throw new Error(
            `${zone} ${date} +${minutes}min: got ${instantOfLocal(clock, day, minutes)}`,
          );
        }
      }
    }
  });

  it('moves a skipped 02:30 forward by the gap', () => {
    const newYork = createZoneClock('America/New_York');
    expect(isoInstant(instantOfLocal(newYork, epochDayFromYmd(2025, 3, 9), 150))).toBe(
      '2025-03-09T07:30:00Z', // 03:30 EDT
    );
    const lordHowe = createZoneClock('Australia/Lord_Howe');
    expect(isoInstant(instantOfLocal(lordHowe, epochDayFromYmd(2025, 10, 5), 135))).toBe(
      '2025-10-04T15:45:00Z', // 02:45 +11:00
    );
  });

  it('takes the first of a repeated time', () => {
    const berlin = createZoneClock('Europe/Berlin');
    expect(isoInstant(instantOfLocal(berlin, epochDayFromYmd(2025, 10, 26), 150))).toBe(
      '2025-10-26T00:30:00Z', // 02:30 CEST
    );
  });
});

describe('instantsShowing', () => {
  const stretches = (zone: string, y: number, m: number, d: number, from: number, to: number) => {
    const wallDay = epochDayFromYmd(y, m, d) * DAY_MS;
    return instantsShowing(
      createZoneClock(zone),
      wallDay + from * MINUTE_MS,
      wallDay + to * MINUTE_MS,
    ).map(([a, b]) => `${isoInstant(a)}/${isoInstant(b)}`);
  };

  it('leaves out the skipped part of a spring-forward night', () => {
    // New York 02:30-04:00 on 9 March 2025: the clock shows 03:00 right after 01:59.
    expect(stretches('America/New_York', 2025, 3, 9, 150, 240)).toEqual([
      '2025-03-09T07:00:00Z/2025-03-09T08:00:00Z',
    ]);
    // Lord Howe skips 02:00-02:30; 02:00-02:15 never shows at all.
    expect(stretches('Australia/Lord_Howe', 2025, 10, 5, 120, 135)).toEqual([]);
  });

  it('shows a repeated hour twice when clocks fall back', () => {
    // New York 00:00-01:30 on 2 November 2025: 01:00-01:30 happens in EDT and again in EST.
    expect(stretches('America/New_York', 2025, 11, 2, 0, 90)).toEqual([
      '2025-11-02T04:00:00Z/2025-11-02T05:30:00Z',
      '2025-11-02T06:00:00Z/2025-11-02T06:30:00Z',
    ]);
    // Lord Howe repeats 01:30-02:00 on 6 April 2025; 01:00-03:00 lasts 2½ hours.
    const [only, ...none] = stretches('Australia/Lord_Howe', 2025, 4, 6, 60, 180);
    expect(none).toEqual([]);
    expect(only).toBe('2025-04-05T14:00:00Z/2025-04-05T16:30:00Z');
  });
});

describe('localParts', () => {
  it('reads the wall clock 45 minutes off the hour in Chatham', () => {
    const parts = localParts(
      createZoneClock('Pacific/Chatham'),
      Date.parse('2025-06-02T00:00:00Z'),
    );
    expect(parts).toMatchObject({ date: '2025-06-02', time: '12:45', weekday: 'mon' });
  });
});
