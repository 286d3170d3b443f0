// Public holidays in shared windows and meeting slots: each side is off on its own holidays, on
// its own calendar date.
import { describe, expect, it } from 'vitest';
import { aSchedule } from './availability.factory.js';
import { meetingSlots } from './slots.js';
import type { Schedule } from './types.js';
import { nextSharedWindow, sharedWindows } from './work-overlap.js';

const withHolidays = (schedule: Schedule, country: string): Schedule => ({
  ...schedule,
  holidays: country,
});
const berlin = withHolidays(aSchedule('Europe/Berlin'), 'DE');
const lisbon = withHolidays(aSchedule('Europe/Lisbon'), 'PT');

describe('shared windows and public holidays', () => {
  // Monday 9 June 2025, 17:30 in Berlin: today's hours are over.
  const now = '2025-06-09T15:30:00Z';

  it("skips the person's holiday: Portugal Day moves the window to Wednesday", () => {
    const plain = nextSharedWindow(aSchedule('Europe/Berlin'), aSchedule('Europe/Lisbon'), now);
    expect(plain!.userLocal).toEqual({ date: '2025-06-10', start: '10:00', end: '17:00' });
    const window = nextSharedWindow(berlin, lisbon, now);
    expect(window!.userLocal).toEqual({ date: '2025-06-11', start: '10:00', end: '17:00' });
    expect(window!.personLocal).toEqual({ date: '2025-06-11', start: '09:00', end: '16:00' });
  });

  it("skips the user's holiday too (Whit Monday in Germany)", () => {
    // Sunday 8 June: Monday is Whit Monday in Berlin, Tuesday Portugal Day in Lisbon.
    const sunday = '2025-06-08T12:00:00Z';
    expect(nextSharedWindow(aSchedule('Europe/Berlin'), lisbon, sunday)!.userLocal.date).toBe(
      '2025-06-09',
    );
    expect(nextSharedWindow(berlin, lisbon, sunday)!.userLocal.date).toBe('2025-06-11');
  });

  it("reads each holiday on that side's own date across the date line", () => {
    // Auckland works Saturdays. Its Saturday 5 July morning is Los Angeles' Friday 4 July.
    const auckland = withHolidays(aSchedule('Pacific/Auckland', 'mon-sat 09:00-17:00'), 'NZ');
    const losAngeles = withHolidays(aSchedule('America/Los_Angeles'), 'US');
    const now = '2025-07-04T01:00:00Z'; // Friday 13:00 in Auckland, Thursday 18:00 in LA
    const plain = nextSharedWindow(
      { ...auckland, holidays: null },
      { ...losAngeles, holidays: null },
      now,
    );
    expect(plain!.userLocal).toEqual({ date: '2025-07-05', start: '09:00', end: '12:00' });
    const window = nextSharedWindow(auckland, losAngeles, now);
    // Independence Day in LA removes Auckland's Saturday; Monday there is LA's Sunday.
    expect(window!.userLocal).toEqual({ date: '2025-07-08', start: '09:00', end: '12:00' });
    expect(window!.personLocal.date).toBe('2025-07-07');
  });

  it('keeps a holiday on the calendar of the zone in force during a trip', () => {
    // The Berlin user is in Lisbon on 10 June: still off on German holidays only.
    const trip = { city: 'Lisbon', zone: 'Europe/Lisbon', from: '2025-06-10', to: '2025-06-10' };
    const travelling = { ...berlin, trips: [trip] };
    const windows = sharedWindows(
      [travelling, aSchedule('Europe/Lisbon')],
      '2025-06-10T00:00:00Z',
      '2025-06-11T00:00:00Z',
      30,
    );
    expect(windows).toEqual([{ start: '2025-06-10T08:00:00Z', end: '2025-06-10T16:00:00Z' }]);
  });
});

describe('meeting slots and public holidays', () => {
  it('offers no slot on a holiday of either side', () => {
    const slots = meetingSlots(
      [
        { id: 'me', schedule: berlin },
        { id: 'joao', schedule: lisbon },
      ],
      { now: '2025-06-09T15:30:00Z', lengthMinutes: 30, days: 3, preferOffice: false, max: 100 },
    );
    const days = new Set(slots.map((s) => s.local[0]!.date));
    expect(days.has('2025-06-10')).toBe(false);
    expect(days.has('2025-06-11')).toBe(true);
  });
});
