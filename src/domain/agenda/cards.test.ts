import { describe, expect, it } from 'vitest';
import type { PersonKind } from '../people/person-kind.js';
import { arrangeCards, type CardItem } from './cards.js';

const KINDS: Record<string, PersonKind> = {
  mia: 'manager',
  joa: 'coworker',
  ana: 'partner',
  fri: 'friend',
};
const kindOf = (id: string) => KINDS[id] ?? 'coworker';

function item(kind: string, personId: string, score: number, extra: Partial<CardItem> = {}) {
  return {
    kind,
    person: { id: personId, name: personId ? personId.toUpperCase() : '' },
    title: `${kind} ${personId}`,
    why: `why ${kind}`,
    score,
    starters: [],
    ...extra,
  } satisfies CardItem;
}

describe('arrangeCards', () => {
  it('puts a person’s reach-out, reply and promise on one card led by the most urgent line', () => {
    const { cards, later } = arrangeCards(
      [
        item('reply', 'joa', 70, { refId: 'r1', starters: ['About the doc'] }),
        item('due', 'mia', 60, { starters: ['Tell her the launch went out'] }),
        item('due', 'joa', 50, { starters: ['Ask about Porto', 'About the doc'] }),
        item('promise', 'joa', 65, { refId: 'p1' }),
        item('routine', '', 35, { refId: 'bins' }),
      ],
      { limit: 7, kindOf },
    );
    expect(later).toEqual([]);
    expect(cards.map((card) => card.key)).toEqual(['joa', 'mia', 'routine:bins']);
    const [joa] = cards;
    expect(joa).toMatchObject({
      person: { id: 'joa', name: 'JOA' },
      kind: 'reply',
      title: 'reply joa',
      score: 74,
      starters: ['About the doc', 'Ask about Porto'],
    });
    expect(joa?.lines.map((line) => [line.kind, line.refId])).toEqual([
      ['reply', 'r1'],
      ['promise', 'p1'],
      ['due', undefined],
    ]);
    expect(cards[2]?.person).toBeNull();
  });

  it('shows at most `limit` cards and at most two first contacts; the rest can wait', () => {
    const items = [
      item('new', 'n1', 59),
      item('new', 'n2', 58),
      item('new', 'n3', 57),
      ...Array.from({ length: 8 }, (_, i) => item('due', `d${i}`, 50 - i)),
    ];
    const { cards, later } = arrangeCards(items, { limit: 7, kindOf });
    expect(cards.map((card) => card.key)).toEqual(['n1', 'n2', 'd0', 'd1', 'd2', 'd3', 'd4']);
    expect(later.map((card) => card.key)).toEqual(['n3', 'd5', 'd6', 'd7']);
  });

  it('on a day off leads with personal life and holds work until the next working day', () => {
    const { cards, later } = arrangeCards(
      [
        item('due', 'mia', 80, { lateDays: 3 }),
        item('reply', 'joa', 75, { lateDays: 10 }),
        item('due', 'fri', 40),
        item('date', 'ana', 45),
        item('routine', '', 35, { refId: 'walk' }),
        item('trip', '', 45, { refId: 't' }),
      ],
      { limit: 7, kindOf, dayOff: { until: '2026-12-07', note: 'Held until Monday' } },
    );
    // A reply late by more than a week is not held, but comes after personal life.
    expect(cards.map((card) => card.key)).toEqual(['ana', 'fri', 'routine:walk', 'trip:t', 'joa']);
    expect(later).toEqual([
      expect.objectContaining({ key: 'mia', heldUntil: '2026-12-07', note: 'Held until Monday' }),
    ]);
  });

  it('on a workday leads with work, personal after, nothing held', () => {
    const { cards, later } = arrangeCards(
      [item('due', 'fri', 60), item('due', 'mia', 50), item('routine', '', 55, { refId: 'x' })],
      { limit: 7, kindOf },
    );
    expect(cards.map((card) => card.key)).toEqual(['mia', 'fri', 'routine:x']);
    expect(later).toEqual([]);
  });

  it('does not let a busy workday push a birthday today off the cards', () => {
    const work = Array.from({ length: 7 }, (_, i) => item('due', `w${i}`, 60 - i));
    const { cards } = arrangeCards([...work, item('date', 'ana', 74)], { limit: 3, kindOf });
    expect(cards.map((card) => card.key)).toEqual(['ana', 'w0', 'w1']);
  });

  it('counts a co-worker’s birthday as personal news', () => {
    const { cards } = arrangeCards([item('date', 'joa', 50), item('due', 'joa', 40)], {
      limit: 7,
      kindOf,
      dayOff: { until: '2026-12-07', note: 'Held until Monday' },
    });
    expect(cards).toHaveLength(1);
    expect(cards[0]?.lines).toHaveLength(2);
  });

  it('moves a held line to a card of its own among the later ones, with its note', () => {
    const hold = { until: '2026-12-09', note: 'It’s Immaculate Conception in Portugal today' };
    const { cards, later } = arrangeCards(
      [item('reply', 'joa', 70), item('due', 'joa', 50, { hold })],
      { limit: 7, kindOf },
    );
    expect(cards.map((card) => [card.key, card.lines.length])).toEqual([['joa', 1]]);
    expect(later).toEqual([
      expect.objectContaining({
        key: 'joa:held',
        person: { id: 'joa', name: 'JOA' },
        heldUntil: '2026-12-09',
        note: hold.note,
      }),
    ]);
  });

  it('keeps a proposal revisit a card of its own, even when it names the manager', () => {
    const { cards } = arrangeCards([item('due', 'mia', 60), item('revisit', 'mia', 62)], {
      limit: 7,
      kindOf,
    });
    expect(cards.map((card) => [card.kind, card.person?.id ?? null])).toEqual([
      ['revisit', null],
      ['due', 'mia'],
    ]);
  });
});
