import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../people/person-kind.js';
import { type WeekInteraction, weekSummary } from './week.js';

function at(zone: string, wallTime: string): string {
  return Temporal.PlainDateTime.from(wallTime).toZonedDateTime(zone).toInstant().toString();
}

function talk(
  when: string,
  personIds = ['a'],
  about: WeekInteraction['about'] = 'work',
  channel: Channel = 'video',
): WeekInteraction {
  return { at: when, personIds, about, channel };
}

// `perWeek` conversations on the Tuesday at 10:00 of each of the eight weeks before `monday`.
function usualWeeks(zone: string, monday: string, perWeek: number): WeekInteraction[] {
  const start = Temporal.PlainDate.from(monday);
  return Array.from({ length: 8 }, (_, week) =>
    Array.from({ length: perWeek }, (_, i) =>
      talk(
        at(
          zone,
          `${start
            .subtract({ weeks: week + 1 })
            .add({ days: 1 })
            .toString()}T10:${String(i).padStart(2, '0')}`,
        ),
        [`p${i}`],
      ),
    ),
  ).flat();
}

describe('weekSummary', () => {
  it('summarises the week from Monday to Sunday in the user zone', () => {
    const zone = 'Europe/Berlin';
    const summary = weekSummary({
      now: at(zone, '2025-03-13T18:00'),
      userZone: zone,
      interactions: [
        talk(at(zone, '2025-03-10T00:15'), ['ana'], 'personal', 'call'),
        talk(at(zone, '2025-03-11T12:00'), ['ana', 'ben'], 'both', 'in-person'),
        talk(at(zone, '2025-03-12T09:00'), ['cy'], 'work', 'chat'),
        talk(at(zone, '2025-03-09T23:45'), ['old'], 'personal', 'call'),
      ],
    });
    expect(summary).toMatchObject({
      weekStart: '2025-03-10',
      weekEnd: '2025-03-16',
      complete: false,
      conversations: 3,
      people: 3,
      byChannel: { call: 1, video: 0, chat: 1, email: 0, 'in-person': 1, meeting: 0 },
      warning: null,
    });
    expect(summary.personalShare).toBeCloseTo(2 / 3);
    // With whom: most conversations first; the talk of the Sunday before is last week's.
    expect(summary.talkedWith).toEqual([
      { personId: 'ana', conversations: 2 },
      { personId: 'ben', conversations: 1 },
      { personId: 'cy', conversations: 1 },
    ]);
  });

  it('puts a late Sunday talk in the right week across the Berlin spring-forward', () => {
    const zone = 'Europe/Berlin';
    const sundayNight = at(zone, '2025-03-30T23:30'); // 21:30Z, after clocks went forward
    const mondayEarly = at(zone, '2025-03-31T00:30'); // 22:30Z on Sunday in UTC
    const summary = weekSummary({
      now: at(zone, '2025-03-31T09:00'),
      userZone: zone,
      week: 'previous',
      interactions: [talk(sundayNight), talk(mondayEarly)],
    });
    expect(summary).toMatchObject({
      weekStart: '2025-03-24',
      weekEnd: '2025-03-30',
      conversations: 1,
    });
  });

  it('puts a late Sunday talk in the right week across the New York fall-back', () => {
    const zone = 'America/New_York';
    const summary = weekSummary({
      now: at(zone, '2024-11-04T08:00'),
      userZone: zone,
      interactions: [talk(at(zone, '2024-11-03T23:30')), talk(at(zone, '2024-11-04T00:10'))],
    });
    expect(summary).toMatchObject({ weekStart: '2024-11-04', conversations: 1 });
  });

  it('gently warns after a week far lonelier than the usual', () => {
    const zone = 'America/New_York';
    const interactions = [
      ...usualWeeks(zone, '2025-03-03', 6),
      talk(at(zone, '2025-03-05T11:00')),
      talk(at(zone, '2025-03-07T11:00')),
    ];
    const summary = weekSummary({
      now: at(zone, '2025-03-10T08:00'),
      userZone: zone,
      week: 'previous',
      interactions,
    });
    expect(summary).toMatchObject({
      weekStart: '2025-03-03',
      complete: true,
      conversations: 2,
      medianOfPrior8Weeks: 6,
    });
    expect(summary.warning).toBe(
      'A quieter week than usual: 2 conversations, where you usually have about 6. Remote weeks can get lonely — maybe plan a call with someone you enjoy talking to.',
    );
  });

  it('does not warn when the week is merely a bit quieter, or when the usual is tiny', () => {
    const zone = 'UTC';
    const quieter = [
      ...usualWeeks(zone, '2025-03-03', 6),
      ...[1, 2, 3].map((d) => talk(`2025-03-0${3 + d}T10:00:00Z`)),
    ];
    expect(
      weekSummary({
        now: '2025-03-10T08:00:00Z',
        userZone: zone,
        week: 'previous',
        interactions: quieter,
      }).warning,
    ).toBeNull();
    const tiny = usualWeeks(zone, '2025-03-03', 1);
    expect(
      weekSummary({
        now: '2025-03-10T08:00:00Z',
        userZone: zone,
        week: 'previous',
        interactions: tiny,
      }).warning,
    ).toBeNull();
  });

  it('does not call a Monday morning lonely, but does a Wednesday with nothing', () => {
    const zone = 'Europe/Berlin';
    const interactions = usualWeeks(zone, '2025-03-10', 6);
    const monday = weekSummary({ now: at(zone, '2025-03-10T09:00'), userZone: zone, interactions });
    expect(monday).toMatchObject({ conversations: 0, medianOfPrior8Weeks: 6, warning: null });
    const wednesday = weekSummary({
      now: at(zone, '2025-03-12T09:00'),
      userZone: zone,
      interactions,
    });
    expect(wednesday.warning).toBe(
      'A quiet week so far: no conversations, where by now you usually have about 6. A short hello to someone you like could brighten it.',
    );
  });
});
