import { describe, expect, it } from 'vitest';
import { cadenceStatus, effectiveCadence } from './cadence.js';

describe('effectiveCadence', () => {
  it('uses the built-in cadence for each kind', () => {
    expect(effectiveCadence({ kind: 'coworker', key: false })).toBe(14);
    expect(effectiveCadence({ kind: 'manager', key: false })).toBe(7);
    expect(effectiveCadence({ kind: 'friend', key: false })).toBe(30);
    expect(effectiveCadence({ kind: 'family', key: false })).toBe(14);
    expect(effectiveCadence({ kind: 'partner', key: false })).toBe(7);
    expect(effectiveCadence({ kind: 'network', key: false })).toBe(90);
    expect(effectiveCadence({ kind: 'pet', key: false })).toBeNull();
    expect(effectiveCadence({ kind: 'other', key: false })).toBeNull();
  });

  it('asks for weekly contact with key coworkers', () => {
    expect(effectiveCadence({ kind: 'coworker', key: true })).toBe(7);
  });

  it('does not make a key friend or contact weekly; key only ranks them higher', () => {
    expect(effectiveCadence({ kind: 'friend', key: true })).toBe(30);
    expect(effectiveCadence({ kind: 'network', key: true })).toBe(90);
  });

  it("prefers the person's own cadence over every default", () => {
    expect(effectiveCadence({ kind: 'network', key: true, cadenceDays: 3 }, { network: 60 })).toBe(
      3,
    );
    expect(effectiveCadence({ kind: 'pet', key: false, cadenceDays: 1 })).toBe(1);
  });

  it("follows the user's defaults, including turning a kind off", () => {
    const defaults = { coworker: 21, friend: null, keyCoworker: 10 };
    expect(effectiveCadence({ kind: 'coworker', key: false }, defaults)).toBe(21);
    expect(effectiveCadence({ kind: 'coworker', key: true }, defaults)).toBe(10);
    expect(effectiveCadence({ kind: 'friend', key: false }, defaults)).toBeNull();
    expect(effectiveCadence({ kind: 'manager', key: false }, defaults)).toBe(7);
  });

  it('never loosens a kind cadence that is already tighter than the key cadence', () => {
    expect(effectiveCadence({ kind: 'coworker', key: true }, { coworker: 5 })).toBe(5);
    expect(effectiveCadence({ kind: 'coworker', key: true }, { keyCoworker: null })).toBe(14);
  });
});

describe('cadenceStatus', () => {
  it('is due from the cadence day and overdue after half a cadence more', () => {
    expect(cadenceStatus(6, 7)).toBe('ok');
    expect(cadenceStatus(7, 7)).toBe('due');
    expect(cadenceStatus(10, 7)).toBe('due');
    expect(cadenceStatus(11, 7)).toBe('overdue');
    expect(cadenceStatus(null, 7)).toBe('never');
    expect(cadenceStatus(400, null)).toBe('ok');
  });
});
