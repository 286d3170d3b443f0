import { describe, expect, it } from 'vitest';
import type { CapturedEvent } from './capture-types';
import { conversationsFromMeetings, type MeetingContext } from './meetings';

const ME = 'ada@example.com';

function occurrence(overrides: Partial<CapturedEvent> = {}): CapturedEvent {
  return {
    externalId: 'uid-1@2026-03-02T09:00:00.000Z',
    objectKey: 'uid-1',
    start: '2026-03-02T09:00:00.000Z',
    end: '2026-03-02T09:30:00.000Z',
    allDay: false,
    status: 'confirmed',
    organizer: ME,
    attendees: [
      { email: ME, name: 'Ada', partstat: 'ACCEPTED' },
      { email: 'grace@example.com', name: 'Grace', partstat: 'ACCEPTED' },
    ],
    hasConferenceLink: false,
    hasPhysicalLocation: false,
    summary: null,
    ...overrides,
  };
}

function context(overrides: Partial<MeetingContext> = {}): MeetingContext {
  return {
    myEmails: new Set([ME]),
    personByEmail: new Map([
      ['grace@example.com', 'p-grace'],
      ['linus@example.com', 'p-linus'],
    ]),
    largeMeetingSize: 8,
    countLargeMeetings: false,
    isOfficeDay: () => false,
    ignoredPersonIds: new Set(),
    ...overrides,
  };
}

describe('conversationsFromMeetings', () => {
  it('makes one conversation per occurrence with the kept people in it', () => {
    const { conversations, unknown } = conversationsFromMeetings(
      [occurrence(), occurrence({ externalId: 'uid-1@next', start: '2026-03-09T09:00:00.000Z' })],
      context(),
    );
    expect(conversations).toEqual([
      {
        externalId: 'uid-1@2026-03-02T09:00:00.000Z',
        objectKey: 'uid-1',
        at: '2026-03-02T09:00:00.000Z',
        channel: 'meeting',
        initiator: 'me',
        personIds: ['p-grace'],
        seenOnly: false,
        subject: null,
      },
      expect.objectContaining({ externalId: 'uid-1@next', at: '2026-03-09T09:00:00.000Z' }),
    ]);
    expect(unknown).toEqual([]);
  });

  it('skips cancelled, all-day and declined occurrences', () => {
    const declined = occurrence({
      attendees: [
        { email: ME, name: null, partstat: 'DECLINED' },
        { email: 'grace@example.com', name: null, partstat: 'ACCEPTED' },
      ],
    });
    const result = conversationsFromMeetings(
      [occurrence({ status: 'cancelled' }), occurrence({ allDay: true }), declined],
      context(),
    );
    expect(result).toEqual({ conversations: [], unknown: [] });
  });

  it('keeps a meeting someone else declined', () => {
    const { conversations } = conversationsFromMeetings(
      [
        occurrence({
          attendees: [
            { email: ME, name: null, partstat: 'ACCEPTED' },
            { email: 'grace@example.com', name: null, partstat: 'ACCEPTED' },
            { email: 'linus@example.com', name: null, partstat: 'DECLINED' },
          ],
        }),
      ],
      context(),
    );
    expect(conversations).toHaveLength(1);
  });

  it('reports attendees nobody keeps, without a conversation when no kept person came', () => {
    const { conversations, unknown } = conversationsFromMeetings(
      [
        occurrence({
          attendees: [
            { email: ME, name: null, partstat: 'ACCEPTED' },
            { email: 'Stranger@Example.com', name: 'Stan', partstat: null },
          ],
        }),
      ],
      context(),
    );
    expect(conversations).toEqual([]);
    expect(unknown).toEqual([
      {
        email: 'stranger@example.com',
        name: 'Stan',
        conversationKey: 'uid-1@2026-03-02T09:00:00.000Z',
        at: '2026-03-02T09:00:00.000Z',
      },
    ]);
  });

  it('picks the channel: a link is video, a place or an office day is in person', () => {
    const run = (event: Partial<CapturedEvent>, office = false) =>
      conversationsFromMeetings([occurrence(event)], context({ isOfficeDay: () => office }))
        .conversations[0]?.channel;
    expect(run({ hasConferenceLink: true, hasPhysicalLocation: true })).toBe('video');
    expect(run({ hasPhysicalLocation: true })).toBe('in-person');
    expect(run({}, true)).toBe('in-person');
    expect(run({})).toBe('meeting');
  });

  it('takes the initiative from the organizer', () => {
    const run = (organizer: string | null) =>
      conversationsFromMeetings([occurrence({ organizer })], context()).conversations[0]?.initiator;
    expect(run(ME)).toBe('me');
    expect(run('GRACE@example.com')).toBe('them');
    expect(run('assistant@example.com')).toBe('mutual');
    expect(run(null)).toBe('mutual');
  });

  it('marks a large meeting as seen only, unless large meetings count', () => {
    const crowd = Array.from({ length: 8 }, (_, index) => ({
      email: `colleague${index}@example.com`,
      name: null,
      partstat: 'ACCEPTED',
    }));
    const big = occurrence({ attendees: [...occurrence().attendees, ...crowd] });
    const seen = conversationsFromMeetings([big], context());
    expect(seen.conversations[0]).toMatchObject({ seenOnly: true, personIds: ['p-grace'] });
    // Nobody from an all-hands becomes a suggestion.
    expect(seen.unknown).toEqual([]);
    const counted = conversationsFromMeetings([big], context({ countLargeMeetings: true }));
    expect(counted.conversations[0]?.seenOnly).toBe(false);
    // Exactly the limit is not large.
    const eight = occurrence({ attendees: [...occurrence().attendees, ...crowd.slice(0, 6)] });
    expect(conversationsFromMeetings([eight], context()).conversations[0]?.seenOnly).toBe(false);
  });

  it('leaves out people the user never wants captured', () => {
    const result = conversationsFromMeetings(
      [occurrence({ organizer: 'grace@example.com' })],
      context({ ignoredPersonIds: new Set(['p-grace']) }),
    );
    expect(result).toEqual({ conversations: [], unknown: [] });
  });

  it('lists a person once even with two of their addresses invited', () => {
    const { conversations } = conversationsFromMeetings(
      [
        occurrence({
          attendees: [
            { email: ME, name: null, partstat: 'ACCEPTED' },
            { email: 'grace@example.com', name: null, partstat: 'ACCEPTED' },
            { email: 'grace@home.example', name: null, partstat: 'ACCEPTED' },
          ],
        }),
      ],
      context({
        personByEmail: new Map([
          ['grace@example.com', 'p-grace'],
          ['grace@home.example', 'p-grace'],
        ]),
      }),
    );
    expect(conversations[0]?.personIds).toEqual(['p-grace']);
  });

  it('keeps the subject the occurrence carries (only there when subjects are on)', () => {
    const { conversations } = conversationsFromMeetings(
      [occurrence({ summary: 'Ada / Grace 1:1' })],
      context(),
    );
    expect(conversations[0]?.subject).toBe('Ada / Grace 1:1');
  });
});
