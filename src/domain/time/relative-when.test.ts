import { describe, expect, it } from 'vitest';
import { parseRelativeWhen } from './relative-when.js';

// Thursday 13 March 2025, 15:00 in Berlin.
const NOW = '2025-03-13T14:00:00Z';
const BERLIN = 'Europe/Berlin';

describe('parseRelativeWhen', () => {
  it('puts a past date at local noon', () => {
    expect(parseRelativeWhen('yesterday', NOW, BERLIN)).toBe('2025-03-12T11:00:00Z');
    expect(parseRelativeWhen('3 days ago', NOW, BERLIN)).toBe('2025-03-10T11:00:00Z');
    expect(parseRelativeWhen('a week ago', NOW, BERLIN)).toBe('2025-03-06T11:00:00Z');
    expect(parseRelativeWhen('2025-02-01', NOW, BERLIN)).toBe('2025-02-01T11:00:00Z');
  });

  it('never puts today later than now', () => {
    const morning = '2025-03-13T07:00:00Z';
    expect(parseRelativeWhen('2025-03-13', morning, BERLIN)).toBe(morning);
    expect(parseRelativeWhen('today', morning, BERLIN)).toBe(morning);
  });

  it('keeps hours and minutes exact', () => {
    expect(parseRelativeWhen('2 hours ago', NOW, BERLIN)).toBe('2025-03-13T12:00:00Z');
    expect(parseRelativeWhen('45 minutes ago', NOW, BERLIN)).toBe('2025-03-13T13:15:00Z');
    expect(parseRelativeWhen('an hour ago', NOW, BERLIN)).toBe('2025-03-13T13:00:00Z');
  });

  it('reads a date-time without offset on the wall clock of the zone', () => {
    expect(parseRelativeWhen('2025-03-10T14:30', NOW, BERLIN)).toBe('2025-03-10T13:30:00Z');
    expect(parseRelativeWhen('2025-03-10 14:30', NOW, 'America/New_York')).toBe(
      '2025-03-10T18:30:00Z',
    );
  });

  it('keeps the instant of a date-time with an offset', () => {
    expect(parseRelativeWhen('2025-03-10T14:30:00+05:30', NOW, BERLIN)).toBe(
      '2025-03-10T09:00:00Z',
    );
  });

  it('uses the wall clock across a DST change: noon stays noon', () => {
    // New York springs forward on 9 March 2025.
    const now = '2025-03-10T16:00:00Z';
    expect(parseRelativeWhen('yesterday', now, 'America/New_York')).toBe('2025-03-09T16:00:00Z');
    expect(parseRelativeWhen('2 days ago', now, 'America/New_York')).toBe('2025-03-08T17:00:00Z');
  });

  it('reads a weekday as the most recent one before today', () => {
    expect(parseRelativeWhen('monday', NOW, BERLIN)).toBe('2025-03-10T11:00:00Z');
    expect(parseRelativeWhen('last thursday', NOW, BERLIN)).toBe('2025-03-06T11:00:00Z');
    expect(parseRelativeWhen('Fri', NOW, BERLIN)).toBe('2025-03-07T11:00:00Z');
  });

  it('refuses the future beyond a day', () => {
    expect(() => parseRelativeWhen('2025-03-20', NOW, BERLIN)).toThrow(/future/);
    expect(() => parseRelativeWhen('2025-03-15T10:00', NOW, BERLIN)).toThrow(/future/);
    expect(parseRelativeWhen('2025-03-14T09:00', NOW, BERLIN)).toBe('2025-03-14T08:00:00Z');
  });

  it.each(['last tuesday-ish', 'three-ish', '', '2025-02-30', '5m ago', 'tomorrow'])(
    'refuses %j with examples of what works',
    (text) => {
      expect(() => parseRelativeWhen(text, NOW, BERLIN)).toThrow(/Try "yesterday"/);
    },
  );

  it('refuses a zone that is not a zone', () => {
    expect(() => parseRelativeWhen('yesterday', NOW, '+01:00')).toThrow(/not a time zone/);
  });
});
