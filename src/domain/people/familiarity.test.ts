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

const KNOWN = FAMILIARITIES.filter((f) => f !== 'never-met');
const estimate = (familiarity: Familiarity, name: string, today = TODAY) => {
  const date = estimateLastTalked(familiarity, name, today);
  if (date === null) throw new Error(`no estimate for ${familiarity}`);
  return date;
};

describe('estimateLastTalked', () => {
  it('claims no conversation with someone never met', () => {
    for (const name of names) expect(estimateLastTalked('never-met', name, TODAY)).toBeNull();
  });

  it.each(KNOWN)('keeps "%s" inside its window', (familiarity) => {
    const [first, last] = FAMILIARITY_WINDOWS[familiarity];
    for (const name of names) {
      const ago = daysAgo(estimate(familiarity, name));
      expect(ago).toBeGreaterThanOrEqual(first);
      expect(ago).toBeLessThanOrEqual(last);
    }
  });

  it('spreads thirty imported people over many days, not one', () => {
    for (const familiarity of KNOWN) {
      const days = new Set(names.map((n) => estimate(familiarity, n)));
      expect(days.size).toBeGreaterThanOrEqual(familiarity === 'regularly' ? 10 : 15);
    }
  });

  it('gives the same date for the same name every time, whatever the spacing or case', () => {
    const once = estimate('rarely', 'Ana Souza');
    expect(estimate('rarely', '  ana   SOUZA ')).toBe(once);
  });

  it('puts people one talks to regularly closer than people one rarely sees', () => {
    for (const name of names) {
      expect(estimate('regularly', name) > estimate('rarely', name)).toBe(true);
    }
  });

  it('crosses month and year boundaries', () => {
    expect(estimate('rarely', 'x', '2026-01-05')).toMatch(/^2025-/);
  });
});
