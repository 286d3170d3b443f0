import { describe, expect, it } from 'vitest';
import { isValidYearlyDate, nextOccurrence, upcomingDate } from './important-dates.js';

describe('nextOccurrence', () => {
  it('is today when today is the day, else the next one', () => {
    expect(nextOccurrence({ month: 3, day: 13 }, '2025-03-13').date).toBe('2025-03-13');
    expect(nextOccurrence({ month: 3, day: 12 }, '2025-03-13').date).toBe('2026-03-12');
  });

  it('celebrates 29 February on 28 February in common years', () => {
    const leapling = { month: 2, day: 29, year: 2000 };
    expect(nextOccurrence(leapling, '2025-01-10')).toEqual({ date: '2025-02-28', years: 25 });
    expect(nextOccurrence(leapling, '2025-03-01')).toEqual({ date: '2026-02-28', years: 26 });
    expect(nextOccurrence(leapling, '2027-03-01')).toEqual({ date: '2028-02-29', years: 28 });
    expect(nextOccurrence(leapling, '2028-02-28')).toEqual({ date: '2028-02-29', years: 28 });
  });

  it('gives years only when the year is known', () => {
    expect(nextOccurrence({ month: 7, day: 1, year: 1990 }, '2025-03-13').years).toBe(35);
    expect(nextOccurrence({ month: 7, day: 1, year: null }, '2025-03-13').years).toBeNull();
    expect(nextOccurrence({ month: 7, day: 1 }, '2025-03-13').years).toBeNull();
  });
});

describe('upcomingDate', () => {
  // 2025-03-13T14:00Z is Friday 03:00 on 14 March in Auckland (UTC+13) and still
  // Thursday 07:00 on 13 March in Los Angeles (UTC−7).
  const now = '2025-03-13T14:00:00Z';
  const birthday = { month: 3, day: 14, year: 1990 };

  it('says today when the birthday has begun where the person lives', () => {
    const result = upcomingDate(birthday, {
      now,
      personZone: 'Pacific/Auckland',
      userZone: 'America/Los_Angeles',
    });
    expect(result).toMatchObject({ date: '2025-03-14', daysAway: 0, isToday: true, years: 35 });
    expect(result.weekday).toBe('Friday');
  });

  it('says tomorrow for a person who lives where the day has not begun', () => {
    const result = upcomingDate(birthday, {
      now,
      personZone: 'America/Los_Angeles',
      userZone: 'Pacific/Auckland',
    });
    expect(result).toMatchObject({ date: '2025-03-14', daysAway: 1, isToday: false });
  });

  it("is over once the person's day is over, even if it is still that date for the user", () => {
    // 2025-03-14T11:00Z: Saturday 00:00 in Auckland, Friday 04:00 in Los Angeles.
    const result = upcomingDate(birthday, {
      now: '2025-03-14T11:00:00Z',
      personZone: 'Pacific/Auckland',
      userZone: 'America/Los_Angeles',
    });
    expect(result).toMatchObject({ date: '2026-03-14', isToday: false, years: 36 });
  });

  it("falls back to the user's zone when the person has none or an invalid one", () => {
    for (const personZone of [null, 'Nowhere/Land']) {
      const result = upcomingDate(birthday, { now, personZone, userZone: 'America/Los_Angeles' });
      expect(result).toMatchObject({ daysAway: 1, zone: 'America/Los_Angeles' });
    }
  });
});

describe('isValidYearlyDate', () => {
  it('accepts 29 February without a year or in a leap year only', () => {
    expect(isValidYearlyDate({ month: 2, day: 29 })).toBe(true);
    expect(isValidYearlyDate({ month: 2, day: 29, year: 2024 })).toBe(true);
    expect(isValidYearlyDate({ month: 2, day: 29, year: 2023 })).toBe(false);
  });

  it('refuses impossible days', () => {
    expect(isValidYearlyDate({ month: 4, day: 31 })).toBe(false);
    expect(isValidYearlyDate({ month: 13, day: 1 })).toBe(false);
    expect(isValidYearlyDate({ month: 1, day: 0 })).toBe(false);
    expect(isValidYearlyDate({ month: 1, day: 1.5 })).toBe(false);
  });
});
