import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { epochMsOf } from './instant.js';

describe('epochMsOf', () => {
  it.each([
    '2025-03-13T09:00:00Z',
    '2025-03-13T09:00Z',
    '2025-03-13t09:00:00z',
    '2025-03-13T09:00:00.5Z',
    '2025-03-13T09:00:00.123Z',
    '2025-03-13T09:00:00.123456789Z',
    '2025-03-13T09:00:00+05:30',
    '2025-03-13T09:00:00.250-08:00',
    '2024-02-29T23:59:59+14:00',
    '1969-12-31T23:59:59Z',
    '2025-03-13T09:00:00+02:00[Europe/Berlin]',
  ])('agrees with Temporal on %s', (text) => {
    expect(epochMsOf(text)).toBe(Temporal.Instant.from(text).epochMilliseconds);
  });

  it.each([
    '2025-03-13T09:00:00',
    '2025-02-30T09:00:00Z',
    '2025-03-13T24:00:00Z',
    '2025-03-13 09:00',
    'yesterday',
    '',
  ])('refuses %j', (text) => {
    expect(() => epochMsOf(text)).toThrow(DomainInputError);
  });
});
