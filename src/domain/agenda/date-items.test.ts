import { describe, expect, it } from 'vitest';
import { agendaInput, aPerson, talkedAt } from './agenda.factory.js';
import { buildAgenda } from './agenda.js';
import type { AgendaPerson } from './agenda-types.js';

// Thursday 13 March 2025, 10:00 in Berlin (the factory's default user zone).
const NOW = '2025-03-13T09:00:00Z';

function dateTitles(person: AgendaPerson, now = NOW): string[] {
  return buildAgenda(agendaInput({ now, people: [person] }))
    .items.filter((item) => item.kind === 'date')
    .map((item) => item.title);
}

const birthday = (handledOn: string | null = null) => ({
  id: 'b',
  type: 'birthday' as const,
  month: 3,
  day: 13,
  year: null,
  handledOn,
});

describe('date occurrences done or skipped', () => {
  it('drops the occurrence that was handled and brings next year’s back', () => {
    expect(dateTitles(aPerson({ name: 'Ben', dates: [birthday()] }))).toEqual([
      'Wish Ben a happy birthday',
    ]);
    const handled = aPerson({ name: 'Ben', dates: [birthday('2025-03-13')] });
    expect(dateTitles(handled)).toEqual([]);
    expect(dateTitles(handled, '2026-03-13T09:00:00Z')).toEqual(['Wish Ben a happy birthday']);
    // Handled last year: this year's occurrence is still on.
    expect(dateTitles(aPerson({ name: 'Ben', dates: [birthday('2024-03-13')] }))).toEqual([
      'Wish Ben a happy birthday',
    ]);
  });

  it('drops an upcoming occurrence marked done early (a card sent ahead)', () => {
    const person = aPerson({
      name: 'Cy',
      dates: [
        { id: 'c', type: 'birthday', month: 3, day: 16, year: null, handledOn: '2025-03-16' },
      ],
    });
    expect(dateTitles(person)).toEqual([]);
  });
});

describe('a conversation logged on the birthday', () => {
  it('clears today’s birthday item', () => {
    const talked = aPerson({
      name: 'Ben',
      dates: [birthday()],
      lastInteraction: talkedAt('2025-03-13T07:30:00Z', 'Called to say happy birthday'),
    });
    expect(dateTitles(talked)).toEqual([]);
  });

  it('does not count a conversation from the day before', () => {
    const yesterday = aPerson({
      name: 'Ben',
      dates: [birthday()],
      lastInteraction: talkedAt('2025-03-12T20:00:00Z'),
    });
    expect(dateTitles(yesterday)).toEqual(['Wish Ben a happy birthday']);
  });

  it('counts the day where the person lives', () => {
    // 13 March in Auckland (UTC+13) runs from 12 March 11:00 to 13 March 11:00 UTC; at NOW it
    // is 22:00 on the 13th there.
    const auckland = (at: string) =>
      aPerson({
        name: 'Kiri',
        timeZone: 'Pacific/Auckland',
        dates: [birthday()],
        lastInteraction: talkedAt(at),
      });
    expect(dateTitles(auckland('2025-03-12T10:00:00Z'))).toEqual(['Wish Kiri a happy birthday']);
    // Berlin's yesterday afternoon, but the birthday morning in Auckland.
    expect(dateTitles(auckland('2025-03-12T12:00:00Z'))).toEqual([]);
  });
});
