import { describe, expect, it } from 'vitest';
import { updateDraftDue } from './update-schedule';

const at = (iso: string) => Date.parse(iso);

describe('the status update schedule', () => {
  const friday3pm = { kind: 'week' as const, weekday: 'fri' as const, time: '15:00' };

  it('is due on the chosen weekday from the chosen local time on', () => {
    // Friday 27 Nov 2026, 15:00 in Berlin is 14:00 UTC.
    expect(updateDraftDue(friday3pm, at('2026-11-27T13:59:00Z'), 'Europe/Berlin')).toBe(false);
    expect(updateDraftDue(friday3pm, at('2026-11-27T14:00:00Z'), 'Europe/Berlin')).toBe(true);
    expect(updateDraftDue(friday3pm, at('2026-11-27T22:00:00Z'), 'Europe/Berlin')).toBe(true);
    expect(updateDraftDue(friday3pm, at('2026-11-27T23:30:00Z'), 'Europe/Berlin')).toBe(false);
  });

  it('counts the weekday on the user’s calendar, not UTC’s', () => {
    // 02:00 UTC Saturday is still Friday 15:00 in Honolulu... (UTC-10 → 16:00 Friday).
    expect(updateDraftDue(friday3pm, at('2026-11-28T02:00:00Z'), 'Pacific/Honolulu')).toBe(true);
    // ...and already Saturday in Auckland.
    expect(updateDraftDue(friday3pm, at('2026-11-28T02:00:00Z'), 'Pacific/Auckland')).toBe(false);
  });

  it('puts a monthly update in the month’s last week', () => {
    const monthly = { ...friday3pm, kind: 'month' as const };
    expect(updateDraftDue(monthly, at('2026-11-20T16:00:00Z'), 'UTC')).toBe(false);
    expect(updateDraftDue(monthly, at('2026-11-27T16:00:00Z'), 'UTC')).toBe(true);
  });
});
