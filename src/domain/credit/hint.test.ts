import { describe, expect, it } from 'vitest';
import { anEntry } from './credit.factory.js';
import { accomplishmentHint } from './hint.js';

describe('accomplishmentHint', () => {
  it('is null with nothing to tell', () => {
    expect(accomplishmentHint([])).toBeNull();
    expect(accomplishmentHint([anEntry({ title: '  ' })])).toBeNull();
  });

  it('names the most impactful entries and counts the rest', () => {
    const entries = [
      anEntry({ title: 'Fixed flaky tests' }),
      anEntry({ title: 'Shipped the billing export', impact: 'cut support tickets by 30%' }),
      anEntry({ title: 'Kubernetes upgrade', impact: 'smoother deploys' }),
      anEntry({ title: 'Wrote the runbook' }),
    ];
    expect(accomplishmentHint(entries)).toBe(
      'Tell them: shipped the billing export (cut support tickets by 30%), Kubernetes upgrade (smoother deploys) and 2 more',
    );
    expect(accomplishmentHint(entries, 1)).toBe(
      'Tell them: shipped the billing export (cut support tickets by 30%) and 3 more',
    );
    expect(accomplishmentHint(entries.slice(0, 1))).toBe('Tell them: fixed flaky tests');
    expect(accomplishmentHint([entries[3]!, entries[0]!])).toBe(
      'Tell them: fixed flaky tests and wrote the runbook',
    );
  });

  it('puts first what the user meant to tell this person', () => {
    const entries = [
      anEntry({ title: 'Shipped the export', impact: '30% fewer tickets' }),
      anEntry({ title: 'Reviewed the budget', tell: [{ id: 'boss', name: 'Dee' }] }),
    ];
    expect(accomplishmentHint(entries, 1, 'boss')).toBe(
      'Tell them: reviewed the budget and 1 more',
    );
  });

  it('keeps long titles short', () => {
    const hint = accomplishmentHint([
      anEntry({ title: `Migrated ${'very '.repeat(30)}old data` }),
    ])!;
    expect(hint.length).toBeLessThan(90);
    expect(hint).toMatch(/^Tell them: migrated very .*…$/);
  });
});
