import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { aSchedule } from './availability.factory.js';
import { meetingSlots } from './slots.js';

const user = {
  id: 'me',
  schedule: aSchedule('Europe/Berlin', 'mon-fri 09:00-17:00', ['tue', 'thu']),
};
const newYork = {
  id: 'ny',
  schedule: aSchedule('America/New_York', 'mon-fri 09:00-17:00', ['thu']),
};
const kolkata = { id: 'in', schedule: aSchedule('Asia/Kolkata', 'mon-fri 10:00-18:30', ['tue']) };
// Monday 9 June 2025, 08:07 in Berlin.
const now = '2025-06-09T06:07:00Z';

describe('meetingSlots', () => {
  it('puts office days first when asked, mid-window, and gives everyone their clock', () => {
    const slots = meetingSlots([user, newYork], {
      now,
      lengthMinutes: 30,
      days: 7,
      preferOffice: true,
    });
    const [best] = slots;
    // Thursday is an office day for both; the shared window is 13:00Z-15:00Z.
    expect(best).toEqual({
      start: '2025-06-12T13:45:00Z',
      end: '2025-06-12T14:15:00Z',
      score: 80.8,
      officeDay: true,
      local: [
        { id: 'me', date: '2025-06-12', time: '15:45', zone: 'Europe/Berlin' },
        { id: 'ny', date: '2025-06-12', time: '09:45', zone: 'America/New_York' },
      ],
    });
    expect(slots.slice(0, 3).every((s) => s.start.startsWith('2025-06-12'))).toBe(true);
    expect(slots[3]?.start.startsWith('2025-06-10')).toBe(true); // the user's other office day
  });

  it('prefers the soonest time with room on both sides otherwise, never overlapping', () => {
    const slots = meetingSlots([user, kolkata], {
      now,
      lengthMinutes: 60,
      days: 3,
      stepMinutes: 30,
      preferOffice: false,
      max: 4,
    });
    // Shared 07:00Z-13:00Z; an hour of room on both sides from 08:00Z.
    expect(slots.map((s) => [s.start, s.local[1]!.time])).toEqual([
      ['2025-06-09T08:00:00Z', '13:30'],
      ['2025-06-09T09:00:00Z', '14:30'],
      ['2025-06-09T10:00:00Z', '15:30'],
      ['2025-06-09T11:00:00Z', '16:30'],
    ]);
    expect(slots[0]!.score).toBeGreaterThan(slots[1]!.score);
  });

  it("steps on the user's wall clock, in a 45-minute zone too", () => {
    const chatham = { id: 'me', schedule: aSchedule('Pacific/Chatham', 'mon-fri 09:00-17:00') };
    const slots = meetingSlots([chatham], {
      now: '2025-06-08T20:20:00Z', // Monday 09:05 in Chatham
      lengthMinutes: 30,
      days: 1,
      stepMinutes: 60,
      preferOffice: false,
      max: 20,
    });
    expect(slots.every((s) => s.local[0]!.time.endsWith(':00'))).toBe(true);
    expect(slots.map((s) => s.local[0]!.time).sort()[0]).toBe('10:00');
  });

  it('keeps to working hours on the day clocks go forward', () => {
    const early = { id: 'me', schedule: aSchedule('America/New_York', 'sun 02:30-04:00') };
    const slots = meetingSlots([early], {
      now: '2025-03-09T00:00:00Z',
      lengthMinutes: 15,
      days: 1,
      preferOffice: false,
      max: 10,
    });
    // The clock jumps from 02:00 to 03:00, so work is 03:00-04:00 EDT.
    expect(slots.map((s) => s.local[0]!.time).sort()).toEqual(['03:00', '03:15', '03:30', '03:45']);
  });

  it('finds nothing when hours never meet, and refuses odd searches', () => {
    const night = { id: 'n', schedule: aSchedule('Europe/Berlin', 'mon-fri 20:00-23:00') };
    expect(
      meetingSlots([user, night], { now, lengthMinutes: 30, days: 7, preferOffice: false }),
    ).toEqual([]);
    expect(() =>
      meetingSlots([], { now, lengthMinutes: 30, days: 7, preferOffice: false }),
    ).toThrow(DomainInputError);
    expect(() =>
      meetingSlots([user], { now, lengthMinutes: 0, days: 7, preferOffice: false }),
    ).toThrow('A meeting lasts 5 to 720 minutes.');
  });
});
