import { describe, expect, it } from 'vitest';
import { followUpCue } from './follow-up-cues.js';

describe('followUpCue', () => {
  it.each([
    [
      'Running the Berlin half-marathon on Sunday',
      'Ask how the half-marathon went (“Running the Berlin half-marathon on Sunday”)',
    ],
    [
      'Final interview at Stripe on Tuesday',
      'Ask how the interview went (“Final interview at Stripe on Tuesday”)',
    ],
    [
      'Off to Japan for a two-week vacation',
      'Ask how the holiday was (“Off to Japan for a two-week vacation”)',
    ],
    ['Kid was sick all week', 'Ask if they are feeling better (“Kid was sick all week”)'],
    [
      'They are moving to Lisbon in May',
      'Ask how the move went (“They are moving to Lisbon in May”)',
    ],
    ['Baby due in April!', 'Ask how the baby is doing (“Baby due in April”)'],
    [
      'Speaking at a conference in Austin',
      'Ask how the conference went (“Speaking at a conference in Austin”)',
    ],
    ['Big launch of the mobile app', 'Ask how the launch went (“Big launch of the mobile app”)'],
    ['Sister’s wedding this weekend', 'Ask how the wedding went (“Sister’s wedding this weekend”)'],
    ['Bar exam in June', 'Ask how the exam went (“Bar exam in June”)'],
    ['Demo to the board next week', 'Ask how the demo went (“Demo to the board next week”)'],
  ])('turns %j into a follow-up', (note, starter) => {
    expect(followUpCue(note)).toBe(starter);
  });

  it('follows up on plans with a date even without a known keyword', () => {
    expect(followUpCue('Roadmap sync. Picking a new laptop next week.')).toBe(
      'Follow up on “Picking a new laptop next week”',
    );
  });

  it('prefers what was mentioned first and quotes only that sentence', () => {
    expect(followUpCue('Planning a trip to Kyoto. Also the offsite is coming.')).toBe(
      'Ask how the trip went (“Planning a trip to Kyoto”)',
    );
  });

  it('quotes a few words around the cue in a long sentence', () => {
    const note =
      'We spent most of the call on quarterly planning and hiring, and then at the very end she mentioned her marathon in Chicago this autumn which she has trained for all year';
    const cue = followUpCue(note)!;
    expect(cue.startsWith('Ask how the marathon went (“…')).toBe(true);
    expect(cue).toContain('marathon in Chicago');
    expect(cue.length).toBeLessThan(110);
  });

  it.each([
    'Talked about the roadmap',
    'Moving forward with plan B',
    'Fixed a race condition',
    '',
    null,
  ])('stays quiet on %j', (note) => {
    expect(followUpCue(note)).toBeNull();
  });

  it.each([
    'Ran the half-marathon on Sunday, she finished in 1:58',
    'Half-marathon on Sunday. She finished in 1:58!',
    'The interview went well, second round next week',
    'Back from the Japan trip, it was amazing',
    'Launch is done',
    'Done: the demo was a hit',
    'She got the job after the interview',
    'Feeling much better after the surgery',
    'The move: they settled in nicely',
  ])('does not ask again about what %j already answers', (note) => {
    expect(followUpCue(note)).toBeNull();
  });

  it('still asks about the next plan in a note that answers an earlier one', () => {
    expect(followUpCue('The trip went great. Moving to Porto in May.')).toBe(
      'Ask how the move went (“Moving to Porto in May”)',
    );
    expect(followUpCue('Offsite was fun. Picking a new laptop next week.')).toBe(
      'Follow up on “Picking a new laptop next week”',
    );
  });
});
