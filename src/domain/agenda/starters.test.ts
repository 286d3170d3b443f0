import { describe, expect, it } from 'vitest';
import { aPerson, talkedAt } from './agenda.factory.js';
import { conversationStarters, sharedInterests } from './starters.js';

const DAY = 20_160; // 2025-03-13

describe('conversationStarters', () => {
  it('falls back to kind-appropriate openers when nothing is known', () => {
    const manager = conversationStarters(aPerson({ id: 'm', kind: 'manager' }), {
      todayEpochDay: DAY,
      userInterests: [],
    });
    expect(manager).toHaveLength(2);
    const friend = conversationStarters(aPerson({ id: 'f', kind: 'friend' }), {
      todayEpochDay: DAY,
      userInterests: [],
    });
    expect(friend).toHaveLength(2);
    expect(manager.some((starter) => friend.includes(starter))).toBe(false);
  });

  it('puts the item lead first and never exceeds three', () => {
    const person = aPerson({
      facts: ['Dog named Biscuit', 'Plays padel', 'Lives in Porto'],
      interests: ['padel'],
      lastInteraction: talkedAt('2025-03-01T10:00:00Z', 'Trip to Rome next week'),
    });
    const starters = conversationStarters(person, {
      todayEpochDay: DAY,
      userInterests: ['Padel'],
      lead: ['Wish them a happy birthday today'],
      upcoming: null,
    });
    expect(starters).toHaveLength(3);
    expect(starters[0]).toBe('Wish them a happy birthday today');
    expect(starters[1]).toBe('Ask how the trip went (“Trip to Rome next week”)');
    expect(starters[2]).toMatch(/^Ask about: /);
  });

  it('gives different people different facts first on the same day', () => {
    const facts = ['a', 'b', 'c', 'd', 'e'];
    const firsts = new Set(
      ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'].map(
        (id) =>
          conversationStarters(aPerson({ id, facts }), {
            todayEpochDay: DAY,
            userInterests: [],
          })[0],
      ),
    );
    expect(firsts.size).toBeGreaterThan(1);
  });
});

describe('sharedInterests', () => {
  it('matches regardless of case and spacing, in their spelling, once each', () => {
    expect(
      sharedInterests(['Rock  Climbing', 'Jazz', 'jazz', 'Chess'], ['rock climbing', 'JAZZ']),
    ).toEqual(['Rock  Climbing', 'Jazz']);
    expect(sharedInterests(['Chess'], [])).toEqual([]);
  });
});
