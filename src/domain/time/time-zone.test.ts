import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { canonicalTimeZone, isValidTimeZone, todayIn } from './time-zone.js';

describe('isValidTimeZone', () => {
  it.each([
    'Europe/Berlin',
    'America/Argentina/Buenos_Aires',
    'UTC',
    'Etc/GMT+5',
    'Pacific/Auckland',
  ])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each([
    '',
    '+01:00',
    '-0500',
    'UTC+1',
    'Z',
    'Mars/Olympus',
    'Europe/',
    'hello world',
    ' Europe/Berlin',
  ])('rejects %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isValidTimeZone(undefined)).toBe(false);
    expect(isValidTimeZone(60)).toBe(false);
  });

  it('gives the IANA spelling of a zone typed in lower case', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
  });
});

describe('todayIn', () => {
  it('is the date on the wall clock of the zone, not of the host', () => {
    const now = '2025-03-13T23:30:00Z';
    expect(todayIn('Europe/Berlin', now)).toBe('2025-03-14');
    expect(todayIn('America/Los_Angeles', now)).toBe('2025-03-13');
    expect(todayIn('Pacific/Auckland', '2025-03-13T10:59:00Z')).toBe('2025-03-13');
    expect(todayIn('Pacific/Auckland', '2025-03-13T11:00:00Z')).toBe('2025-03-14');
  });

  it('refuses an offset where a zone is expected', () => {
    expect(() => todayIn('+02:00', '2025-03-13T10:00:00Z')).toThrow(DomainInputError);
  });

  it('refuses an instant without an offset, which would be read in the host zone', () => {
    expect(() => todayIn('UTC', '2025-03-13T10:00:00')).toThrow(/UTC offset/);
  });
});
