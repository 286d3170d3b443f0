import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    ['7d', 7],
    ['2w', 14],
    ['3m', 90],
    ['1q', 90],
    ['1y', 365],
    ['10', 10],
    [' 2 Weeks ', 14],
    ['1 month', 30],
  ])('reads %j as %i days', (text, days) => {
    expect(parseDuration(text)).toBe(days);
  });

  it.each([
    ['', /empty/],
    ['soon', /not a duration/],
    ['3x', /not a duration/],
    ['-2d', /not a duration/],
    ['1.5w', /not a duration/],
    ['0d', /at least 1 day/],
    ['11y', /at most 10 years/],
  ])('refuses %j with a message that says why', (text, message) => {
    expect(() => parseDuration(text)).toThrow(message);
  });
});
