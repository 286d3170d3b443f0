import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { aSchedule } from './availability.factory.js';
import { nextSharedWindow, sharedWindows } from './work-overlap.js';

const NINE_TO_FIVE = 'mon-fri 09:00-17:00';
const hoursOf = (windows: { start: string; end: string }[]) =>
  windows.map((w) => (Date.parse(w.end) - Date.parse(w.start)) / 3_600_000);

describe('sharedWindows', () => {
  const newYork = aSchedule('America/New_York', NINE_TO_FIVE);
  const berlin = aSchedule('Europe/Berlin', NINE_TO_FIVE);

  it('follows both DST changes: 2 hours a day, 3 while only New York has switched', () => {
    const week = (monday: string, friday: string) =>
      hoursOf(sharedWindows([newYork, berlin], `${monday}T00:00:00Z`, `${friday}T23:00:00Z`, 30));
    expect(week('2025-03-03', '2025-03-07')).toEqual([2, 2, 2, 2, 2]);
    expect(week('2025-03-10', '2025-03-14')).toEqual([3, 3, 3, 3, 3]);
    expect(week('2025-03-31', '2025-04-04')).toEqual([2, 2, 2, 2, 2]);
    const [monday] = sharedWindows(
      [newYork, berlin],
      '2025-03-10T00:00:00Z',
      '2025-03-11T00:00:00Z',
      30,
    );
    expect(monday).toEqual({ start: '2025-03-10T13:00:00Z', end: '2025-03-10T16:00:00Z' });
  });

  it('handles half-hour and 45-minute zones', () => {
    const kolkata = aSchedule('Asia/Kolkata', NINE_TO_FIVE);
    const adelaide = aSchedule('Australia/Adelaide', NINE_TO_FIVE);
    const chatham = aSchedule('Pacific/Chatham', NINE_TO_FIVE);
    // Wednesday 4 June 2025: Adelaide +09:30, Kolkata +05:30, Chatham +12:45.
    const range = ['2025-06-03T12:00:00Z', '2025-06-04T12:00:00Z'] as const;
    expect(sharedWindows([kolkata, adelaide], ...range, 15)).toEqual([
      { start: '2025-06-04T03:30:00Z', end: '2025-06-04T07:30:00Z' },
    ]);
    expect(sharedWindows([kolkata, chatham], ...range, 15)).toEqual([
      { start: '2025-06-04T03:30:00Z', end: '2025-06-04T04:15:00Z' },
    ]);
  });

  it("follows Lord Howe's 30-minute change", () => {
    const lordHowe = aSchedule('Australia/Lord_Howe', 'daily 09:00-17:00');
    const utc = aSchedule('UTC', 'daily 00:00-24:00');
    // Saturday +11:00 (09:00 = 22:00Z), Sunday +10:30 after clocks go back at 02:00.
    const windows = sharedWindows(
      [lordHowe, utc],
      '2025-04-04T12:00:00Z',
      '2025-04-06T12:00:00Z',
      0,
    );
    expect(windows).toEqual([
      { start: '2025-04-04T22:00:00Z', end: '2025-04-05T06:00:00Z' },
      { start: '2025-04-05T22:30:00Z', end: '2025-04-06T06:30:00Z' },
    ]);
  });

  it('finds Monday to Thursday across the date line, 25 hours apart', () => {
    const kiritimati = aSchedule('Pacific/Kiritimati', NINE_TO_FIVE);
    const pagoPago = aSchedule('Pacific/Pago_Pago', NINE_TO_FIVE);
    // Pago Pago's Monday 09:00-16:00 is Kiritimati's Tuesday 10:00-17:00; Pago Pago's Friday is
    // Kiritimati's Saturday, so there are four windows a week.
    const windows = sharedWindows(
      [kiritimati, pagoPago],
      '2025-06-08T00:00:00Z',
      '2025-06-15T00:00:00Z',
      60,
    );
    expect(hoursOf(windows)).toEqual([7, 7, 7, 7]);
    expect(windows[0]).toEqual({ start: '2025-06-09T20:00:00Z', end: '2025-06-10T03:00:00Z' });
  });

  it('keeps only windows long enough, within the range', () => {
    const a = aSchedule('UTC', 'mon 09:00-10:00, 11:00-13:00');
    const b = aSchedule('UTC', 'mon 09:30-12:10');
    expect(sharedWindows([a, b], '2025-06-09T09:45:00Z', '2025-06-09T18:00:00Z', 30)).toEqual([
      { start: '2025-06-09T11:00:00Z', end: '2025-06-09T12:10:00Z' },
    ]);
    expect(sharedWindows([], '2025-06-09T00:00:00Z', '2025-06-10T00:00:00Z', 30)).toEqual([]);
    expect(() => sharedWindows([a], '2025-06-10T00:00:00Z', '2025-06-09T00:00:00Z', 30)).toThrow(
      DomainInputError,
    );
  });
});

describe('nextSharedWindow', () => {
  it('gives both local clocks, with dates across the date line', () => {
    const user = aSchedule('Pacific/Kiritimati', NINE_TO_FIVE);
    const person = aSchedule('Pacific/Pago_Pago', NINE_TO_FIVE);
    expect(nextSharedWindow(user, person, '2025-06-12T20:00:00Z')).toEqual({
      // Thursday evening UTC: Kiritimati's Friday, Pago Pago's Thursday.
      start: '2025-06-12T20:00:00Z',
      end: '2025-06-13T03:00:00Z',
      userLocal: { date: '2025-06-13', start: '10:00', end: '17:00' },
      personLocal: { date: '2025-06-12', start: '09:00', end: '16:00' },
    });
    // From then on the next is Pago Pago's Monday.
    expect(nextSharedWindow(user, person, '2025-06-13T03:00:00Z')?.personLocal.date).toBe(
      '2025-06-16',
    );
  });

  it('starts at now when both are working, and is null when they never overlap', () => {
    const user = aSchedule('Europe/London', 'mon-fri 09:00-17:00');
    const person = aSchedule('America/Los_Angeles', 'mon-fri 08:00-16:00');
    expect(nextSharedWindow(user, person, '2025-06-10T15:20:00Z')).toEqual({
      start: '2025-06-10T15:20:00Z',
      end: '2025-06-10T16:00:00Z',
      userLocal: { date: '2025-06-10', start: '16:20', end: '17:00' },
      personLocal: { date: '2025-06-10', start: '08:20', end: '09:00' },
    });
    const night = aSchedule('America/Los_Angeles', 'mon-fri 20:00-24:00');
    expect(nextSharedWindow(user, night, '2025-06-10T15:20:00Z')).toBeNull();
  });

  it('writes a window ending at local midnight as 24:00', () => {
    const user = aSchedule('UTC', 'mon 20:00-24:00');
    const person = aSchedule('UTC', 'mon 18:00-24:00; tue 00:00-03:00');
    expect(nextSharedWindow(user, person, '2025-06-09T00:00:00Z')?.userLocal).toEqual({
      date: '2025-06-09',
      start: '20:00',
      end: '24:00',
    });
  });
});
