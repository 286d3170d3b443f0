import { describe, expect, it } from 'vitest';
import { looksLikeAsk } from './asks.js';

describe('looksLikeAsk', () => {
  it.each([
    'Can you review my PR?',
    'Could you intro me to Dana?',
    'Would you be a reference for me? Need it by Friday',
    'Asked her to review my design doc',
    'Asked him for an intro to the platform team',
    'Asked if she could cover my on-call shift',
    'Need your sign-off on the budget',
    'Please send me the slides',
    'Big favor: covering my standup',
    'help me with the migration',
  ])('reads %j as an ask', (note) => {
    expect(looksLikeAsk(note)).toBe(true);
  });

  it.each([
    'How did your trip go?',
    'Asked about her kids',
    'Asked how the marathon went',
    'Great chat about hiking and the new espresso machine',
    'She needs a break after the launch',
    'Thanked him for the help last week',
    '',
    null,
  ])('does not read %j as an ask', (note) => {
    expect(looksLikeAsk(note)).toBe(false);
  });
});
