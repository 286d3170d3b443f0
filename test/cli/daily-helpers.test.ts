import { describe, expect, it } from 'vitest';
import type { PersonItem } from '../../src/cli/api-types';
import { percent } from '../../src/cli/commands/insights';
import {
  cadenceWords,
  channelPhrase,
  doneSentence,
  itemSummary,
  listNames,
  requireChoice,
} from '../../src/cli/daily-helpers';
import { PERSON_KINDS } from '../../src/domain/index';

const item = (over: Partial<PersonItem>): PersonItem => ({
  id: 'i1',
  type: 'reply',
  personId: 'p1',
  personName: 'Ann Lee',
  text: 'the budget',
  kind: null,
  personKind: 'coworker',
  direction: null,
  date: null,
  doneAt: null,
  createdAt: '2026-05-01T10:00:00Z',
  ...over,
});

describe('daily helpers', () => {
  it('checks vocabularies case-insensitively and lists the choices otherwise', () => {
    expect(requireChoice('Manager', PERSON_KINDS, 'kind')).toBe('manager');
    expect(() => requireChoice('boss', PERSON_KINDS, 'kind')).toThrow(
      'Unknown kind "boss"; use one of: coworker, manager, report, network, friend, family, partner, pet, other.',
    );
  });

  it('words cadences, channels and names', () => {
    expect(cadenceWords(7)).toBe('every 7 days');
    expect(cadenceWords(1)).toBe('every day');
    expect(cadenceWords(null)).toBe('no cadence');
    expect(channelPhrase('in-person')).toBe('an in-person meeting');
    expect(channelPhrase('email')).toBe('an email');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(percent(0.456)).toBe('46%');
    expect(percent(null)).toBe('—');
  });

  it('says what an item is and what marking it done means', () => {
    expect(itemSummary(item({}))).toBe('reply to Ann Lee: the budget');
    expect(itemSummary(item({ type: 'promise', date: '2026-05-08' }))).toBe(
      'promise to Ann Lee (due 2026-05-08): the budget',
    );
    expect(doneSentence(item({}))).toBe('Replied to Ann Lee: the budget');
    expect(doneSentence(item({ type: 'promise' }))).toBe(
      'Kept your promise to Ann Lee: the budget',
    );
    expect(doneSentence(item({ type: 'favor', kind: 'intro', direction: 'got', text: '' }))).toBe(
      'Settled the intro from Ann Lee',
    );
    expect(doneSentence(item({ type: 'event', kind: 'new-job', text: '' }))).toBe(
      'Congratulated Ann Lee on the new job',
    );
  });

  it('words career news the way the agenda does, whatever the user typed', () => {
    const promotion = item({
      type: 'event',
      kind: 'promotion',
      text: 'promoted to Senior EM at Stripe',
    });
    expect(itemSummary(promotion)).toBe('Ann Lee: promoted to Senior EM at Stripe');
    expect(doneSentence(promotion)).toBe(
      'Congratulated Ann Lee on the promotion to Senior EM at Stripe',
    );
    const job = item({ type: 'event', kind: 'new-job', text: 'joined Farfetch' });
    expect(itemSummary(job)).toBe('Ann Lee: started a new job at Farfetch');
    expect(doneSentence(job)).toBe('Congratulated Ann Lee on the new job at Farfetch');
  });
});
