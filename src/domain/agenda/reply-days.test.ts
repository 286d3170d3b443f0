import { describe, expect, it } from 'vitest';
import { parseRelativeWhen } from '../time/relative-when.js';
import { agendaInput } from './agenda.factory.js';
import { buildAgenda } from './agenda.js';

describe('a reply owed: days waited', () => {
  it('counts "3 days ago" as 3 days at 10:30 in the morning', () => {
    // Thursday 13 March 2025, 10:30 in Berlin; "3 days ago" is noon on Monday 10 March.
    const now = '2025-03-13T09:30:00Z';
    const since = parseRelativeWhen('3 days ago', now, 'Europe/Berlin');
    const agenda = buildAgenda(
      agendaInput({
        now,
        owedReplies: [{ id: 'r', personId: 'x', personName: 'Ana', text: 'the budget', since }],
      }),
    );
    expect(agenda.items.map((item) => item.why)).toEqual([
      'Waiting 3 days for your reply: the budget',
    ]);
  });
});
