import { describe, expect, it } from 'vitest';
import { aSchedule } from '../availability/availability.factory.js';
import {
  chooseNudge,
  DEFAULT_PUSH_PREFERENCES,
  minutesLeftAtWork,
  type NudgeCandidate,
  type NudgeInput,
} from './nudge-timing.js';

// An early bird in Berlin and a late worker in Auckland: their days overlap for a while in the
// Berlin morning (Auckland evening). In December Berlin is UTC+1 and Auckland UTC+13.
const berlin = aSchedule('Europe/Berlin', 'mon-fri 07:00-15:00');
const ana = aSchedule('Pacific/Auckland', 'mon-fri 09:00-20:30');
const reachAna: NudgeCandidate = {
  kind: 'reachOut',
  cardKey: 'p-ana',
  personName: 'Ana',
  schedule: ana,
};

const input = (now: string, over: Partial<NudgeInput> = {}): NudgeInput => ({
  now,
  user: berlin,
  preferences: DEFAULT_PUSH_PREFERENCES,
  candidates: [reachAna],
  sentToday: 0,
  sentKeys: new Set(),
  ...over,
});

describe('reach-outs: only inside both working windows', () => {
  it('says how long the other person is still at work', () => {
    // Monday 7 December 2026, 07:50 in Berlin = 19:50 in Auckland.
    const nudge = chooseNudge(input('2026-12-07T07:50:00+01:00'));
    expect(nudge).toEqual({
      kind: 'reachOut',
      cardKey: 'p-ana',
      title: 'Say hi to Ana',
      body: 'Ana is at work for 40 more minutes — a good time to say hi',
      url: '/?item=p-ana',
      tag: 'rapport:p-ana',
    });
  });

  it('stays quiet when either side is off', () => {
    // 09:00 in Berlin is 21:00 in Auckland: Ana has gone home.
    expect(chooseNudge(input('2026-12-07T09:00:00+01:00'))).toBeNull();
    // 06:50 in Berlin: Ana is at work, the user is not yet.
    expect(chooseNudge(input('2026-12-07T06:50:00+01:00'))).toBeNull();
    // Saturday in Berlin (and Auckland): nobody is at work.
    expect(chooseNudge(input('2026-12-12T08:00:00+01:00'))).toBeNull();
    // Family and pets have no working window: no reach-out push.
    const family = { ...reachAna, schedule: null };
    expect(chooseNudge(input('2026-12-07T07:50:00+01:00', { candidates: [family] }))).toBeNull();
  });

  it('follows the week Berlin leaves summer time (Auckland already on it)', () => {
    // Friday 23 October 2026, 08:00 CEST = 06:00Z = 19:00 in Auckland: 90 minutes left.
    expect(chooseNudge(input('2026-10-23T08:00:00+02:00'))?.body).toBe(
      'Ana is at work for 90 more minutes — a good time to say hi',
    );
    // Sunday 25 October Berlin goes back an hour: Monday 08:00 CET = 07:00Z = 20:00 there.
    expect(chooseNudge(input('2026-10-26T08:00:00+01:00'))?.body).toBe(
      'Ana is at work for 30 more minutes — a good time to say hi',
    );
    // The same Berlin time that was fine on Friday (09:00 = 20:00 there) is too late on Monday.
    expect(chooseNudge(input('2026-10-23T09:00:00+02:00'))).not.toBeNull();
    expect(chooseNudge(input('2026-10-26T09:00:00+01:00'))).toBeNull();
    expect(minutesLeftAtWork(ana, '2026-10-26T09:00:00+01:00')).toBeNull();
  });

  it('never on the user’s public holiday', () => {
    const withHolidays = { ...berlin, holidays: 'DE' };
    // Friday 25 December 2026, 07:50 Berlin: a working weekday, but Christmas in Germany.
    const christmas = '2026-12-25T07:50:00+01:00';
    expect(chooseNudge(input(christmas, { user: berlin }))).not.toBeNull();
    expect(chooseNudge(input(christmas, { user: withHolidays }))).toBeNull();
  });
});

describe('birthdays on their own calendar', () => {
  // A user who works late in Berlin; Kai lives in Auckland and was born on 8 December.
  const lateBerlin = aSchedule('Europe/Berlin', 'mon-fri 13:00-21:30');
  const kai: NudgeCandidate = {
    kind: 'date',
    cardKey: 'p-kai',
    personName: 'Kai',
    what: 'birthday',
    month: 12,
    day: 8,
    schedule: aSchedule('Pacific/Auckland'),
  };
  const at = (now: string) => chooseNudge(input(now, { user: lateBerlin, candidates: [kai] }));

  it('is sent when it is the day there, at a waking hour there, inside the user’s hours', () => {
    // Monday 7 December, 21:00 in Berlin is Tuesday 8 December, 09:00 in Auckland.
    expect(at('2026-12-07T21:00:00+01:00')?.body).toBe(
      'It’s Kai’s birthday — 9:00 in Auckland now',
    );
  });

  it('waits while it is still the day before there, night there, or the user is off', () => {
    // 11:00Z Monday: midnight in Auckland, and before the user's hours anyway.
    expect(at('2026-12-07T12:00:00+01:00')).toBeNull();
    // 14:00 Berlin = 02:00 on the birthday in Auckland: it is their night.
    expect(at('2026-12-07T14:00:00+01:00')).toBeNull();
    // 19:00 Sunday Berlin = 07:00 Monday in Auckland: not the birthday yet.
    expect(at('2026-12-06T19:00:00+01:00')).toBeNull();
    // Tuesday 13:30 Berlin = Wednesday 01:30 in Auckland: the birthday is over there.
    expect(at('2026-12-08T13:30:00+01:00')).toBeNull();
  });
});

describe('replies, promises, limits and switches', () => {
  const jo = (over: Partial<NudgeCandidate> = {}) =>
    ({ cardKey: 'p-jo', personName: 'Jo', ...over }) as NudgeCandidate;
  // Thursday 10 December 2026, 10:00 in Berlin.
  const thursday = '2026-12-10T10:00:00+01:00';

  it('words an owed reply and a promise on the user’s calendar', () => {
    const reply = jo({ kind: 'reply', since: '2026-12-08T08:30:00Z' });
    expect(chooseNudge(input(thursday, { candidates: [reply] }))?.body).toBe(
      'You owe Jo a reply since Tuesday',
    );
    const promise = jo({ kind: 'promise', due: '2026-12-10' });
    expect(chooseNudge(input(thursday, { candidates: [promise] }))?.body).toBe(
      'Promise to Jo due today',
    );
    const later = jo({ kind: 'promise', due: '2026-12-11' });
    expect(chooseNudge(input(thursday, { candidates: [later] }))).toBeNull();
  });

  it('takes the first candidate in Today’s order that may go, skipping what was sent', () => {
    const reply = jo({ kind: 'reply', since: '2026-12-08T08:30:00Z' });
    const promise = { ...jo({ kind: 'promise', due: '2026-12-10' }), cardKey: 'p-max' };
    const candidates = [reply, promise];
    expect(chooseNudge(input(thursday, { candidates }))?.cardKey).toBe('p-jo');
    const sentKeys = new Set(['p-jo']);
    expect(chooseNudge(input(thursday, { candidates, sentKeys, sentToday: 1 }))?.cardKey).toBe(
      'p-max',
    );
  });

  it('stops at the day’s number and honours each switch', () => {
    const reply = jo({ kind: 'reply', since: '2026-12-08T08:30:00Z' });
    expect(chooseNudge(input(thursday, { candidates: [reply], sentToday: 3 }))).toBeNull();
    const fewer = { ...DEFAULT_PUSH_PREFERENCES, perDay: 0 };
    expect(chooseNudge(input(thursday, { candidates: [reply], preferences: fewer }))).toBeNull();
    const noReplies = {
      ...DEFAULT_PUSH_PREFERENCES,
      kinds: { ...DEFAULT_PUSH_PREFERENCES.kinds, reply: false },
    };
    expect(
      chooseNudge(input(thursday, { candidates: [reply], preferences: noReplies })),
    ).toBeNull();
  });
});
