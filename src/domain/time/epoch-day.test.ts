import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  daysInMonth,
  epochDayFromIsoDate,
  epochDayFromYmd,
  isoDateFromEpochDay,
  weekdayOfEpochDay,
} from './epoch-day.js';

describe('epoch days', () => {
  it('agrees with the UTC calendar on every day from 1890 to 2110', () => {
    for (let day = -29_220; day <= 51_135; day++) {
      const utc = new Date(day * DAY_MS);
      const iso = utc.toISOString().slice(0, 10);
      if (isoDateFromEpochDay(day) !== iso) throw new Error(`${day} should be ${iso}`);
      if (epochDayFromIsoDate(iso) !== day) throw new Error(`${iso} should be ${day}`);
      if (weekdayOfEpochDay(day) !== (utc.getUTCDay() || 7)) throw new Error(`weekday of ${iso}`);
    }
  });

  it('counts from 1970-01-01, a Thursday', () => {
    expect(epochDayFromYmd(1970, 1, 1)).toBe(0);
    expect(weekdayOfEpochDay(0)).toBe(4);
    expect(epochDayFromYmd(2025, 3, 13)).toBe(20_160);
    expect(isoDateFromEpochDay(-1)).toBe('1969-12-31');
  });

  it('rejects dates that do not exist', () => {
    expect(epochDayFromIsoDate('2025-02-29')).toBeNull();
    expect(epochDayFromIsoDate('2024-02-29')).toBe(epochDayFromYmd(2024, 2, 29));
    expect(epochDayFromIsoDate('2025-13-01')).toBeNull();
    expect(epochDayFromIsoDate('2025-3-1')).toBeNull();
    expect(epochDayFromIsoDate('2025-04-31')).toBeNull();
  });

  it('knows century leap years', () => {
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});
