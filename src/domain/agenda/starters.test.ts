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

  it('asks a partner about their week, not to "suggest a call or a get-together"', () => {
    for (let day = DAY; day < DAY + 7; day++) {
      const starters = conversationStarters(aPerson({ id: 'sam', kind: 'partner' }), {
        todayEpochDay: day,
        userInterests: [],
      });
      expect(starters).toHaveLength(2);
      expect(starters.join(' ')).not.toMatch(/call|get-together/);
    }
  });

  it('asks about the weekend only early in the week', () => {
    // DAY is a Thursday; DAY + 4 the Monday after, DAY + 5 the Tuesday.
    const weekend = (day: number) =>
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].some((id) =>
        conversationStarters(aPerson({ id, kind: 'coworker' }), {
          todayEpochDay: day,
          userInterests: [],
        }).includes('Ask what they did at the weekend'),
      );
    expect(weekend(DAY + 4)).toBe(true);
    for (const day of [DAY, DAY + 1, DAY + 2, DAY + 3, DAY + 6]) expect(weekend(day)).toBe(false);
  });

  it('puts the item lead first and never exceeds three', () => {
    const person = aPerson({
      facts: ['Dog named Biscuit', 'Plays padel', 'Lives in Porto'],
      interests: ['padel'],
      lastInteraction: talkedAt('2025-02-01T10:00:00Z', 'Trip to Rome next week'),
    });
    const candidates = [
      'Ask how the trip went (“Trip to Rome next week”)',
      'You both like padel',
      'Ask about: Dog named Biscuit',
      'Ask about: Plays padel',
      'Ask about: Lives in Porto',
    ];
    for (let day = DAY; day < DAY + 10; day++) {
      const starters = conversationStarters(person, {
        todayEpochDay: day,
        userInterests: ['Padel'],
        lead: ['Wish them a happy birthday today'],
      });
      expect(starters).toHaveLength(3);
      expect(starters[0]).toBe('Wish them a happy birthday today');
      expect(candidates).toEqual(expect.arrayContaining(starters.slice(1)));
    }
  });

  it('does not open with the same line on consecutive days', () => {
    const person = aPerson({
      id: 'rotating',
      facts: ['Dog named Biscuit', 'Plays padel'],
      lastInteraction: talkedAt('2025-01-01T10:00:00Z', 'Moving to Lisbon in May'),
    });
    const first = (day: number, lead?: string[]) =>
      conversationStarters(person, { todayEpochDay: day, userInterests: [], lead })[lead ? 1 : 0];
    for (let day = DAY; day < DAY + 30; day++) {
      expect(first(day + 1)).not.toBe(first(day));
      expect(first(day + 1, ['Say happy birthday'])).not.toBe(first(day, ['Say happy birthday']));
    }
    const seen = new Set(Array.from({ length: 6 }, (_, i) => first(DAY + i)));
    expect(seen).toEqual(
      new Set([
        'Ask how the move went (“Moving to Lisbon in May”)',
        'Ask about: Dog named Biscuit',
        'Ask about: Plays padel',
      ]),
    );
  });

  it('uses a time-bound fact until its day, not after', () => {
    const person = aPerson({ facts: ['Training for a half-marathon until 2025-03-20'] });
    const on = (day: number) =>
      conversationStarters(person, { todayEpochDay: day, userInterests: [] });
    expect(on(DAY + 7)).toContain('Ask about: Training for a half-marathon');
    expect(on(DAY + 8)).not.toContain('Ask about: Training for a half-marathon');
    expect(on(DAY + 8).join(' ')).not.toMatch(/half-marathon/);
  });

  it('says "Ask about: X" for an "ask me about: X" fact', () => {
    const starters = conversationStarters(aPerson({ facts: ['ask me about: sourdough'] }), {
      todayEpochDay: DAY,
      userInterests: [],
    });
    expect(starters).toContain('Ask about: sourdough');
    expect(starters.join(' ')).not.toMatch(/ask me about/i);
  });

  it('keeps a fact quiet for 30 days after a conversation that asked about it', () => {
    const facts = ['Training for a half-marathon', 'Has a dog named Biscuit'];
    const person = (at: string, note: string) =>
      aPerson({ id: 'quiet', facts, lastInteraction: talkedAt(at, note) });
    const starters = (p: ReturnType<typeof aPerson>, day: number) =>
      conversationStarters(p, { todayEpochDay: day, userInterests: [] });
    // The note mentions it: asked about.
    const talked = person('2025-03-10T10:00:00Z', 'Chatted about her half-marathon training');
    for (let day = DAY; day < DAY + 27; day++) {
      expect(starters(talked, day)).not.toContain('Ask about: Training for a half-marathon');
    }
    const later = [DAY + 27, DAY + 28].flatMap((day) => starters(talked, day));
    expect(later).toContain('Ask about: Training for a half-marathon');
  });

  it('keeps quiet what Today offered on the day a conversation was logged', () => {
    const facts = ['Plays the cello', 'Has a dog named Biscuit', 'Grows tomatoes', 'Speaks Greek'];
    const at = '2025-03-10T10:00:00Z';
    const day = 20_157; // 2025-03-10
    const offered = conversationStarters(aPerson({ id: 'offer', facts }), {
      todayEpochDay: day,
      userInterests: [],
    });
    const after = aPerson({ id: 'offer', facts, lastInteraction: talkedAt(at, 'Quick sync') });
    for (let today = day + 1; today < day + 30; today++) {
      const now = conversationStarters(after, { todayEpochDay: today, userInterests: [] });
      for (const line of offered) expect(now).not.toContain(line);
    }
    const back = conversationStarters(after, { todayEpochDay: day + 30, userInterests: [] });
    expect(back.some((line) => offered.includes(line))).toBe(true);
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
