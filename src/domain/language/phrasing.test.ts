import { describe, expect, it } from 'vitest';
import { epochDayFromYmd } from '../time/epoch-day.js';
import { agoPhrase, dayName, onDay, ordinal, shorten } from './phrasing.js';

const THURSDAY = epochDayFromYmd(2025, 3, 13);

describe('phrasing', () => {
  it('says how long ago like a person would', () => {
    expect([0, 1, 12, 45, 46, 200, 365, 800].map(agoPhrase)).toEqual([
      'today',
      'yesterday',
      '12 days ago',
      '45 days ago',
      'about 2 months ago',
      'about 7 months ago',
      'over a year ago',
      'over 2 years ago',
    ]);
  });

  it('names days by weekday within a week and by date beyond', () => {
    expect(dayName(THURSDAY, THURSDAY)).toBe('today');
    expect(dayName(THURSDAY + 1, THURSDAY)).toBe('tomorrow');
    expect(dayName(THURSDAY - 2, THURSDAY)).toBe('Tuesday');
    expect(dayName(THURSDAY + 6, THURSDAY)).toBe('Wednesday');
    expect(dayName(THURSDAY + 7, THURSDAY)).toBe('Thursday 20 March');
    expect(dayName(epochDayFromYmd(2026, 1, 2), THURSDAY)).toBe('Friday 2 January 2026');
    expect(onDay(THURSDAY + 3, THURSDAY)).toBe('on Sunday');
    expect(onDay(THURSDAY + 1, THURSDAY)).toBe('tomorrow');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 35, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '35th',
      '101st',
      '111th',
    ]);
  });

  it('shortens at a word boundary', () => {
    expect(shorten('the quarterly budget numbers for the platform team', 30)).toBe(
      'the quarterly budget numbers…',
    );
    expect(shorten('  short  ', 30)).toBe('short');
  });
});
