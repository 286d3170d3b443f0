import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { aSchedule } from './availability.factory.js';
import { digestDue, endOfDayDue } from './reminders.js';

// Berlin is UTC+2 in June; Tuesday 10 June 2025.
const berlin = aSchedule('Europe/Berlin', 'mon-fri 09:00-12:00, 13:00-17:30');
const at = (localTime: string, date = '2025-06-10') => `${date}T${localTime}:00+02:00`;

describe('digestDue', () => {
  it('waits for the chosen time and for working hours', () => {
    const settings = { time: '08:00' };
    expect(digestDue(settings, berlin, at('07:30'))).toBe(false);
    expect(digestDue(settings, berlin, at('08:30'))).toBe(false); // not at work yet
    expect(digestDue(settings, berlin, at('09:05'))).toBe(true);
    expect(digestDue(settings, berlin, at('12:30'))).toBe(false); // lunch
    expect(digestDue(settings, berlin, at('18:00'))).toBe(false);
    expect(digestDue({ time: '10:00' }, berlin, at('09:59'))).toBe(false);
    expect(digestDue({ time: '10:00' }, berlin, at('10:00'))).toBe(true);
  });

  it('is never due on a day off', () => {
    expect(digestDue({ time: '08:00' }, berlin, at('10:00', '2025-06-14'))).toBe(false);
  });

  it('follows the clock of a trip', () => {
    const trip = { city: 'Tokyo', zone: 'Asia/Tokyo', from: '2025-06-09', to: '2025-06-13' };
    const away = { ...berlin, trips: [trip] };
    // 01:30Z is 10:30 in Tokyo and 03:30 in Berlin.
    expect(digestDue({ time: '08:00' }, away, '2025-06-10T01:30:00Z')).toBe(true);
    expect(digestDue({ time: '08:00' }, berlin, '2025-06-10T01:30:00Z')).toBe(false);
  });

  it('refuses a time that is not HH:MM', () => {
    expect(() => digestDue({ time: '8' }, berlin, at('10:00'))).toThrow(DomainInputError);
  });
});

describe('endOfDayDue', () => {
  it('is due in the last minutes of the working day, not before lunch', () => {
    expect(endOfDayDue(berlin, at('17:20'))).toBe(true);
    expect(endOfDayDue(berlin, at('17:10'))).toBe(false);
    expect(endOfDayDue(berlin, at('17:30'))).toBe(false);
    expect(endOfDayDue(berlin, at('11:50'))).toBe(false);
    expect(endOfDayDue(berlin, at('17:05'), 30)).toBe(true);
  });

  it('treats a shift across midnight as one day', () => {
    const night = aSchedule('UTC', 'mon 22:00-24:00; tue 00:00-02:00');
    expect(endOfDayDue(night, '2025-06-09T23:50:00Z')).toBe(false);
    expect(endOfDayDue(night, '2025-06-10T01:50:00Z')).toBe(true);
  });

  it('counts real minutes on the night clocks go forward', () => {
    // 01:00-03:30 in New York on 9 March 2025 ends at 03:30 EDT (07:30Z).
    const early = aSchedule('America/New_York', 'sun 01:00-03:30');
    expect(endOfDayDue(early, '2025-03-09T07:20:00Z')).toBe(true);
    expect(endOfDayDue(early, '2025-03-09T06:50:00Z')).toBe(false); // 01:50 EST
  });

  it('refuses odd lead times', () => {
    expect(() => endOfDayDue(berlin, at('17:20'), 0)).toThrow(DomainInputError);
  });
});
