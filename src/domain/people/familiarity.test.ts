import { describe, expect, it } from 'vitest';
import {
  estimateLastTalked,
  FAMILIARITIES,
  FAMILIARITY_WINDOWS,
  type Familiarity,
} from './familiarity';

const TODAY = '2026-12-07';
const names = Array.from({ length: 30 }, (_, i) => `Colleague ${i + 1}`);
const daysAgo = (date: string) =>
  Math.round((Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);

describe('estimateLastTalked', () => {
  it.each(FAMILIARITIES)('keeps "%s" inside its window', (familiarity: Familiarity) => {
    const [first, last] = FAMILIARITY_WINDOWS[familiarity];
    for (const name of names) {
      const ago = daysAgo(estimateLastTalked(familiarity, name, TODAY));
      expect(ago).toBeGreaterThanOrEqual(first);
      expect(ago).toBeLessThanOrEqual(last);
    }
  });

  it('spreads thirty imported people over many days, not one', () => {
    for (const familiarity of FAMILIARITIES) {
      const days = new Set(names.map((n) => estimateLastTalked(familiarity, n, TODAY)));
      expect(days.size).toBeGreaterThanOrEqual(familiarity === 'regularly' ? 10 : 15);
    }
  });

  it('gives the same date for the same name every time, whatever the spacing or case', () => {
    const once = estimateLastTalked('rarely', 'Ana Souza', TODAY);
    expect(estimateLastTalked('rarely', '  ana   SOUZA ', TODAY)).toBe(once);
  });

  it('puts people one talks to regularly closer than people one rarely sees', () => {
    for (const name of names) {
      expect(
        estimateLastTalked('regularly', name, TODAY) > estimateLastTalked('rarely', name, TODAY),
      ).toBe(true);
    }
  });

  it('crosses month and year boundaries', () => {
    expect(estimateLastTalked('rarely', 'x', '2026-01-05')).toMatch(/^2025-/);
  });
});
