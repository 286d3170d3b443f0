import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { epochDayFromYmd } from './epoch-day.js';
import { createZoneClock } from './zone-clock.js';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Pacific/Auckland',
  'Australia/Lord_Howe',
  'Africa/Casablanca',
  'Asia/Tokyo',
  'UTC',
];

function expectedDay(epochMs: number, zone: string): number {
  const date = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  return epochDayFromYmd(date.year, date.month, date.day);
}

describe('createZoneClock', () => {
  it.each(ZONES)('matches Temporal hour by hour across three years in %s', (zone) => {
    const clock = createZoneClock(zone);
    const start = Date.parse('2022-10-01T00:00:00Z');
    const end = Date.parse('2025-11-15T00:00:00Z');
    // 7 hours and 13 minutes apart, so every hour of the day and minute offsets are visited.
    for (let ms = start; ms < end; ms += 26_000_000) {
      if (clock.localEpochDay(ms) !== expectedDay(ms, zone)) {
        throw new Error(`${zone} wrong date at ${new Date(ms).toISOString()}`);
      }
    }
  });

  it('flips the date exactly at local midnight on both sides of a DST change', () => {
    const clock = createZoneClock('Europe/Berlin');
    // Sunday 2025-03-30: clocks jump from 02:00 CET to 03:00 CEST.
    expect(clock.localEpochDay(Date.parse('2025-03-29T22:59:59Z'))).toBe(
      epochDayFromYmd(2025, 3, 29),
    );
    expect(clock.localEpochDay(Date.parse('2025-03-29T23:00:00Z'))).toBe(
      epochDayFromYmd(2025, 3, 30),
    );
    expect(clock.localEpochDay(Date.parse('2025-03-30T21:59:59Z'))).toBe(
      epochDayFromYmd(2025, 3, 30),
    );
    expect(clock.localEpochDay(Date.parse('2025-03-30T22:00:00Z'))).toBe(
      epochDayFromYmd(2025, 3, 31),
    );
    expect(clock.offsetMs(Date.parse('2025-03-30T00:59:59Z'))).toBe(3_600_000);
    expect(clock.offsetMs(Date.parse('2025-03-30T01:00:00Z'))).toBe(7_200_000);
  });
});
