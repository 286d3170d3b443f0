import { describe, expect, it } from 'vitest';
import { countryCode, countryOfZone, holidayCountry, publicHolidayOn } from './holidays';

describe('public holidays', () => {
  it('reads countries as people type them', () => {
    expect(countryCode('Portugal')).toBe('PT');
    expect(countryCode(' pt ')).toBe('PT');
    expect(countryCode('Germany')).toBe('DE');
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode(null)).toBeNull();
  });

  it('infers the country from the time zone when none is typed', () => {
    expect(countryOfZone('Europe/Lisbon')).toBe('PT');
    expect(countryOfZone('Asia/Kolkata')).toBe('IN');
    expect(countryOfZone('Pacific/Auckland')).toBe('NZ');
    expect(countryOfZone('UTC')).toBeNull();
    expect(holidayCountry(null, 'America/Chicago')).toBe('US');
    expect(holidayCountry('Portugal', 'Europe/Berlin')).toBe('PT');
  });

  it('knows the public holidays of each country on its own calendar', () => {
    expect(publicHolidayOn('PT', '2026-12-08')?.name).toBeTruthy();
    expect(publicHolidayOn('DE', '2026-12-08')).toBeNull();
    expect(publicHolidayOn('US', '2026-07-04')).not.toBeNull();
    expect(publicHolidayOn('NZ', '2027-02-06')).not.toBeNull();
    expect(publicHolidayOn('DE', '2026-12-25')).not.toBeNull();
    expect(publicHolidayOn(null, '2026-12-25')).toBeNull();
  });
});
