import { describe, expect, it } from 'vitest';
import type { HealthInput, HealthInteraction } from './health.js';
import { relationshipHealth } from './health.js';

const NOW = '2025-03-13T09:00:00Z';

function chat(at: string, overrides: Partial<HealthInteraction> = {}): HealthInteraction {
  return { at, about: 'both', initiator: 'mutual', note: null, ...overrides };
}

function daysAgo(days: number): string {
  return new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
}

function health(overrides: Partial<HealthInput>) {
  return relationshipHealth({
    now: NOW,
    userZone: 'Europe/Berlin',
    cadenceDays: 14,
    interactions: [],
    favors: [],
    ...overrides,
  });
}

describe('relationshipHealth: recency', () => {
  it('says never with no conversations', () => {
    expect(health({}).recency).toEqual({ daysSince: null, cadenceDays: 14, status: 'never' });
  });

  it('is ok, due, then overdue as the days pass', () => {
    const status = (days: number) => health({ interactions: [chat(daysAgo(days))] }).recency.status;
    expect(status(13)).toBe('ok');
    expect(status(14)).toBe('due');
    expect(status(21)).toBe('overdue');
  });

  it('counts dates in the user zone, not 24-hour periods', () => {
    // 23:30 in Tokyo on 12 March is 14:30Z: under a day ago, but yesterday there.
    const result = relationshipHealth({
      now: '2025-03-13T01:00:00Z',
      userZone: 'Asia/Tokyo',
      cadenceDays: 1,
      interactions: [chat('2025-03-12T14:30:00Z')],
      favors: [],
    });
    expect(result.recency).toMatchObject({ daysSince: 1, status: 'due' });
  });

  it('uses the newest conversation even when given out of order', () => {
    const result = health({
      interactions: [chat(daysAgo(30)), chat(daysAgo(2)), chat(daysAgo(9))],
    });
    expect(result.recency.daysSince).toBe(2);
  });
});

describe('relationshipHealth: balance', () => {
  it('counts the last 90 days, personal share, initiative and favors', () => {
    const result = health({
      interactions: [
        chat(daysAgo(1), { about: 'work', initiator: 'me' }),
        chat(daysAgo(10), { about: 'personal', initiator: 'them' }),
        chat(daysAgo(40), { about: 'both', initiator: 'me' }),
        chat(daysAgo(89), { about: 'work', initiator: 'mutual' }),
        chat(daysAgo(120), { about: 'work', initiator: 'them' }),
      ],
      favors: [{ direction: 'gave' }, { direction: 'gave' }, { direction: 'got' }],
    });
    expect(result.contacts90d).toBe(4);
    expect(result.personalShare).toBeCloseTo(2 / 5);
    expect(result.initiative).toEqual({ me: 2, them: 2, mutual: 1 });
    expect(result.favorBalance).toEqual({ gave: 2, got: 1, balance: 1 });
    expect(result.warnings).toEqual([]);
  });

  it('has no personal share without conversations', () => {
    expect(health({}).personalShare).toBeNull();
  });
});

describe('relationshipHealth: warnings', () => {
  it('warns when the last five conversations were all business', () => {
    const work = [1, 5, 9, 14, 20].map((d) => chat(daysAgo(d), { about: 'work' }));
    expect(health({ interactions: work }).warnings).toContain(
      'All business for the last 5 conversations',
    );
    const withCoffee = [...work.slice(0, 4), chat(daysAgo(20), { about: 'both' })];
    expect(health({ interactions: withCoffee }).warnings).toEqual([]);
    expect(health({ interactions: work.slice(0, 4) }).warnings).toEqual([]);
  });

  it('warns when the last three contacts were asks, from notes or marked', () => {
    const asks = [
      chat(daysAgo(1), { note: 'Can you review my PR?' }),
      chat(daysAgo(3), { note: 'Asked her for an intro to Dana' }),
      chat(daysAgo(6), { isAsk: true }),
      chat(daysAgo(9), { note: 'Lovely catch-up about her garden' }),
    ];
    expect(health({ interactions: asks }).warnings).toEqual([
      'Your last 3 messages were asks — connect without wanting something',
    ]);
    const thenHello = [chat(daysAgo(0), { note: 'Sent a photo from the hike' }), ...asks];
    expect(health({ interactions: thenHello }).warnings).toEqual([]);
  });

  it('lets a marked non-ask win over a note that sounds like one', () => {
    const marked = [1, 2, 3].map((d) =>
      chat(daysAgo(d), { note: 'Can you believe it?', isAsk: false }),
    );
    expect(health({ interactions: marked }).warnings).toEqual([]);
  });

  it('warns when the user always reaches out first, from five conversations on', () => {
    const mine = [1, 4, 8, 12, 16].map((d) => chat(daysAgo(d), { initiator: 'me' }));
    expect(health({ interactions: mine }).warnings).toEqual(['You always reach out first']);
    expect(health({ interactions: mine.slice(0, 4) }).warnings).toEqual([]);
    const theyCalled = [...mine, chat(daysAgo(20), { initiator: 'them' })];
    expect(health({ interactions: theyCalled }).warnings).toEqual([]);
  });
});
