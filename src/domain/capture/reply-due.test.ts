import { describe, expect, it } from 'vitest';
import { parseHours } from '../availability/hours.js';
import { replyDueAt } from './reply-due.js';

const OFFICE = parseHours('mon-fri 09:00-17:00');

describe('replyDueAt', () => {
  it('is the plain delay when it ends inside working hours', () => {
    // Thursday 10:00 in London (GMT in March before the change).
    expect(replyDueAt('2026-03-05T10:00:00Z', 24, OFFICE, 'Europe/London')).toBe(
      '2026-03-06T10:00:00Z',
    );
  });

  it('moves to the start of the next working stretch when the delay ends off hours', () => {
    // Friday 16:00 + 24 h = Saturday 16:00 -> Monday 09:00.
    expect(replyDueAt('2026-03-06T16:00:00Z', 24, OFFICE, 'Europe/London')).toBe(
      '2026-03-09T09:00:00Z',
    );
    // Exactly at the end of the day is after work: Monday 17:00 + 24 h -> Wednesday 09:00.
    expect(replyDueAt('2026-03-09T17:00:00Z', 24, OFFICE, 'Europe/London')).toBe(
      '2026-03-11T09:00:00Z',
    );
  });

  it("reads working hours on the user's clock", () => {
    // Monday 20:00 New York (EST, UTC-5) + 4 h = midnight -> Tuesday 09:00 New York = 14:00Z.
    expect(replyDueAt('2026-03-03T01:00:00Z', 4, OFFICE, 'America/New_York')).toBe(
      '2026-03-03T14:00:00Z',
    );
  });

  it('keeps the plain delay for someone with no working hours at all', () => {
    expect(replyDueAt('2026-03-06T16:00:00Z', 24, parseHours('off'), 'Europe/London')).toBe(
      '2026-03-07T16:00:00Z',
    );
  });

  it('is due at once with no delay during working hours', () => {
    expect(replyDueAt('2026-03-05T10:00:00Z', 0, OFFICE, 'UTC')).toBe('2026-03-05T10:00:00Z');
  });
});
