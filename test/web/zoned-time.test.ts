// The web app's zone arithmetic (web/src/zoned-time.ts), checked against Temporal: a
// datetime-local value typed by the user means that wall time in the user's zone.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateIn,
  daysBetween,
  daysSince,
  instantToZonedLocal,
  zonedLocalToInstant,
  zoneOffsetMs,
} from '../../web/src/zoned-time';

const temporalInstant = (local: string, zone: string) =>
  new Date(
    Temporal.PlainDateTime.from(local).toZonedDateTime(zone, { disambiguation: 'compatible' })
      .epochMilliseconds,
  ).toISOString();

describe('zonedLocalToInstant', () => {
  it('reads the wall time in the given zone, not the host’s', () => {
    expect(zonedLocalToInstant('2025-07-01T09:30', 'Asia/Kolkata')).toBe(
      '2025-07-01T04:00:00.000Z',
    );
    expect(zonedLocalToInstant('2025-01-15T09:00', 'America/New_York')).toBe(
      '2025-01-15T14:00:00.000Z',
    );
    expect(zonedLocalToInstant('2025-01-15T09:00', 'UTC')).toBe('2025-01-15T09:00:00.000Z');
    expect(zonedLocalToInstant('2025-06-01T00:00', 'Pacific/Chatham')).toBe(
      '2025-05-31T11:15:00.000Z',
    );
  });

  it('moves a skipped time forward and takes the earlier of a repeated one', () => {
    // Berlin springs forward at 02:00 on 30 March 2025: 02:30 does not exist.
    expect(zonedLocalToInstant('2025-03-30T02:30', 'Europe/Berlin')).toBe(
      '2025-03-30T01:30:00.000Z',
    );
    // …and falls back at 03:00 on 26 October: 02:30 happens twice.
    expect(zonedLocalToInstant('2025-10-26T02:30', 'Europe/Berlin')).toBe(
      '2025-10-26T00:30:00.000Z',
    );
    // Lord Howe shifts by half an hour.
    expect(zonedLocalToInstant('2025-10-05T02:15', 'Australia/Lord_Howe')).toBe(
      temporalInstant('2025-10-05T02:15', 'Australia/Lord_Howe'),
    );
  });

  it('agrees with Temporal around the year in many zones', () => {
    const zones = [
      'Europe/Berlin',
      'America/Los_Angeles',
      'America/St_Johns',
      'Asia/Kathmandu',
      'Australia/Sydney',
      'Pacific/Auckland',
      'America/Santiago',
      'Africa/Casablanca',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (const zone of zones) {
      for (let i = 0; i < 200; i++) {
        const ms = Date.UTC(2024, 0, 1) + Math.floor(random() * 730 * 24 * 60) * 60_000;
        const local = new Date(ms).toISOString().slice(0, 16);
        expect(zonedLocalToInstant(local, zone), `${local} in ${zone}`).toBe(
          temporalInstant(local, zone),
        );
      }
      // Every quarter hour of each day whose offset changes: the gaps and the overlaps.
      for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2026, 0, 1); day += 86_400_000) {
        if (zoneOffsetMs(day, zone) === zoneOffsetMs(day + 86_400_000, zone)) continue;
        for (let minute = -12 * 60; minute < 36 * 60; minute += 15) {
          const local = new Date(day + minute * 60_000).toISOString().slice(0, 16);
          expect(zonedLocalToInstant(local, zone), `${local} in ${zone}`).toBe(
            temporalInstant(local, zone),
          );
        }
      }
    }
  });

  it('refuses what is not a date and time', () => {
    expect(zonedLocalToInstant('', 'UTC')).toBeNull();
    expect(zonedLocalToInstant('2025-02-30T10:00', 'UTC')).toBeNull();
    expect(zonedLocalToInstant('2025-02-03 10:00', 'UTC')).toBeNull();
    expect(zonedLocalToInstant('2025-02-03T24:00', 'UTC')).toBeNull();
  });
});

describe('instantToZonedLocal and calendar days', () => {
  it('round-trips through the wall clock', () => {
    const instant = '2025-11-02T15:45:00.000Z';
    for (const zone of ['Asia/Kolkata', 'America/New_York', 'Pacific/Kiritimati']) {
      expect(zonedLocalToInstant(instantToZonedLocal(instant, zone), zone)).toBe(instant);
    }
    expect(instantToZonedLocal(instant, 'Asia/Kolkata')).toBe('2025-11-02T21:15');
  });

  it('knows the date in a zone and counts calendar days there', () => {
    const late = new Date('2025-03-01T20:00:00Z');
    expect(dateIn('UTC', late)).toBe('2025-03-01');
    expect(dateIn('Asia/Tokyo', late)).toBe('2025-03-02');
    expect(addDays('2025-02-27', 3)).toBe('2025-03-02');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2025-03-28', '2025-04-02')).toBe(5);
    // 23:30 yesterday in Tokyo is one day ago there, whatever the hours.
    expect(daysSince('2025-03-01T14:30:00Z', 'Asia/Tokyo', late)).toBe(1);
    expect(daysSince('2025-03-01T14:30:00Z', 'UTC', late)).toBe(0);
  });

  it('gives the zone offset', () => {
    expect(zoneOffsetMs(Date.UTC(2025, 0, 1), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(zoneOffsetMs(Date.UTC(2025, 6, 1), 'America/New_York')).toBe(-4 * 3_600_000);
  });
});
