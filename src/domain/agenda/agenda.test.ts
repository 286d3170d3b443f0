import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { agendaInput, aPerson, talkedAt } from './agenda.factory.js';
import { buildAgenda } from './agenda.js';
import type { AgendaItem } from './agenda-types.js';

// Thursday 13 March 2025, 10:00 in Berlin (the factory's default user zone).
const NOW = '2025-03-13T09:00:00Z';

function daysBefore(days: number, time = '09:00:00Z'): string {
  return `${Temporal.PlainDate.from('2025-03-13').subtract({ days }).toString()}T${time}`;
}

function titles(items: AgendaItem[]): string[] {
  return items.map((item) => item.title);
}

describe('buildAgenda: who is due', () => {
  it("is dated the user's today in the user's zone", () => {
    const late = agendaInput({ now: '2025-03-13T23:30:00Z' });
    expect(buildAgenda(late).date).toBe('2025-03-14');
    expect(buildAgenda({ ...late, userZone: 'America/Los_Angeles' }).date).toBe('2025-03-13');
  });

  it('lists a person once the days since the last talk reach the cadence, not before', () => {
    const onTime = aPerson({
      name: 'Ana',
      cadenceDays: 7,
      lastInteraction: talkedAt(daysBefore(6)),
    });
    const due = aPerson({ name: 'Ben', cadenceDays: 7, lastInteraction: talkedAt(daysBefore(7)) });
    const agenda = buildAgenda(agendaInput({ people: [onTime, due] }));
    expect(titles(agenda.items)).toEqual(['Reach out to Ben']);
    expect(agenda.items[0]).toMatchObject({
      kind: 'due',
      person: { id: due.id, name: 'Ben' },
      why: 'Last talked 7 days ago — you aim for every 7 days',
    });
  });

  it('asks to make time for a partner, not to "reach out" to them', () => {
    const sam = aPerson({
      name: 'Sam',
      kind: 'partner',
      cadenceDays: 7,
      lastInteraction: talkedAt(daysBefore(8)),
    });
    const dana = aPerson({
      name: 'Dana',
      kind: 'manager',
      cadenceDays: 7,
      lastInteraction: talkedAt(daysBefore(8)),
    });
    const agenda = buildAgenda(agendaInput({ people: [sam, dana] }));
    expect(titles(agenda.items).sort()).toEqual(['Check in with Dana', 'Make time for Sam']);
  });

  it("counts days on the user's calendar: late last night was yesterday", () => {
    // 23:30 Berlin on 11 March is 22:30Z; less than 35 hours before now, but two dates back.
    const ana = aPerson({
      name: 'Ana',
      cadenceDays: 2,
      lastInteraction: talkedAt('2025-03-11T22:30:00Z'),
    });
    const agenda = buildAgenda(agendaInput({ people: [ana] }));
    expect(agenda.items[0]?.why).toBe('Last talked 2 days ago — you aim for every 2 days');
  });

  it('never lists someone without a cadence as due', () => {
    const pet = aPerson({
      kind: 'pet',
      cadenceDays: null,
      lastInteraction: talkedAt(daysBefore(400)),
    });
    expect(buildAgenda(agendaInput({ people: [pet] })).items).toEqual([]);
  });

  it('counts from the day they were added when they were never contacted', () => {
    const dana = aPerson({ name: 'Dana', cadenceDays: 14, createdAt: daysBefore(20) });
    const [item] = buildAgenda(agendaInput({ people: [dana] })).items;
    expect(item).toMatchObject({ kind: 'due', why: 'Never talked — added 20 days ago' });
  });

  it('ranks key people and managers above others who are just as overdue', () => {
    const last = talkedAt(daysBefore(14));
    const people = [
      aPerson({ name: 'Ada', kind: 'coworker', cadenceDays: 7, lastInteraction: last }),
      aPerson({ name: 'Bea', kind: 'manager', cadenceDays: 7, lastInteraction: last }),
      aPerson({ name: 'Cy', kind: 'coworker', key: true, cadenceDays: 7, lastInteraction: last }),
      aPerson({ name: 'Dee', kind: 'network', cadenceDays: 7, lastInteraction: last }),
    ];
    const names = buildAgenda(agendaInput({ people })).items.map((item) => item.person.name);
    expect(names.slice(0, 2).sort()).toEqual(['Bea', 'Cy']);
    expect(names.slice(2)).toEqual(['Ada', 'Dee']);
  });

  it('ranks the more overdue of two equally important people first', () => {
    const people = [
      aPerson({ name: 'Ada', cadenceDays: 10, lastInteraction: talkedAt(daysBefore(12)) }),
      aPerson({ name: 'Bo', cadenceDays: 10, lastInteraction: talkedAt(daysBefore(25)) }),
    ];
    const items = buildAgenda(agendaInput({ people })).items;
    expect(items.map((item) => item.person.name)).toEqual(['Bo', 'Ada']);
    expect(items[0]!.score).toBeGreaterThan(items[1]!.score);
  });

  it('breaks ties by name so the order never jumps around', () => {
    const last = talkedAt(daysBefore(9));
    const people = ['Zoe', 'amir', 'Mia'].map((name) =>
      aPerson({ name, cadenceDays: 7, lastInteraction: last }),
    );
    const names = buildAgenda(agendaInput({ people })).items.map((item) => item.person.name);
    expect(names).toEqual(['amir', 'Mia', 'Zoe']);
  });

  it('keeps snoozed and paused people off the agenda until the snooze ends', () => {
    const overdue = talkedAt(daysBefore(30));
    const people = [
      aPerson({
        name: 'Snoozed',
        cadenceDays: 7,
        lastInteraction: overdue,
        snoozedUntil: '2025-03-14',
      }),
      aPerson({
        name: 'Back',
        cadenceDays: 7,
        lastInteraction: overdue,
        snoozedUntil: '2025-03-13',
      }),
      aPerson({ name: 'Paused', cadenceDays: 7, lastInteraction: overdue, paused: true }),
    ];
    expect(titles(buildAgenda(agendaInput({ people })).items)).toEqual(['Reach out to Back']);
  });

  it('still lists replies and promises owed to a paused person', () => {
    const paused = aPerson({ name: 'Pat', paused: true });
    const agenda = buildAgenda(
      agendaInput({
        people: [paused],
        owedReplies: [
          {
            id: 'r1',
            personId: paused.id,
            personName: 'Pat',
            text: 'budget',
            since: daysBefore(3),
          },
        ],
        promises: [
          {
            id: 'pr1',
            personId: paused.id,
            personName: 'Pat',
            text: 'the deck',
            due: '2025-03-13',
          },
        ],
        careerEvents: [
          {
            id: 'c1',
            personId: paused.id,
            personName: 'Pat',
            kind: 'promotion',
            text: null,
            on: null,
            congratulated: false,
          },
        ],
      }),
    );
    expect(agenda.items.map((item) => item.kind).sort()).toEqual(['promise', 'reply']);
  });
});

describe('buildAgenda: DST weeks', () => {
  it('counts calendar days in New York across the spring-forward night', () => {
    // Saturday 1 March 23:30 EST to Friday 14 March 23:30 EDT: 13 dates apart, 12.96 × 24 h.
    const ana = aPerson({
      name: 'Ana',
      cadenceDays: 13,
      lastInteraction: talkedAt('2025-03-02T04:30:00Z'),
    });
    const agenda = buildAgenda(
      agendaInput({ now: '2025-03-15T03:30:00Z', userZone: 'America/New_York', people: [ana] }),
    );
    expect(agenda.date).toBe('2025-03-14');
    expect(agenda.items[0]?.why).toBe('Last talked 13 days ago — you aim for every 13 days');
  });

  it('counts calendar days in Berlin across the spring-forward night', () => {
    // Saturday 29 March 00:30 CET to Saturday 5 April 23:30 CEST: 7 dates, under 7 × 24 h.
    const ben = aPerson({
      name: 'Ben',
      cadenceDays: 7,
      lastInteraction: talkedAt('2025-03-28T23:30:00Z'),
    });
    const agenda = buildAgenda(agendaInput({ now: '2025-04-05T21:30:00Z', people: [ben] }));
    expect(agenda.items[0]?.why).toBe('Last talked 7 days ago — you aim for every 7 days');
  });

  it('counts calendar days in New York across the fall-back night', () => {
    // Saturday 2 November 00:30 EDT to Saturday 9 November 00:10 EST: 7 dates, over 7 × 24 h.
    const cy = aPerson({
      name: 'Cy',
      cadenceDays: 8,
      lastInteraction: talkedAt('2024-11-02T04:30:00Z'),
    });
    const input = agendaInput({
      now: '2024-11-09T05:10:00Z',
      userZone: 'America/New_York',
      people: [cy],
    });
    expect(buildAgenda(input).items).toEqual([]);
  });
});

describe('buildAgenda: important dates', () => {
  it('announces birthdays within the week by weekday, with the age only when the year is known', () => {
    const people = [
      aPerson({
        name: 'Ana',
        dates: [{ id: 'd1', type: 'birthday', month: 3, day: 16, year: 1990 }],
      }),
      aPerson({
        name: 'Ben',
        dates: [{ id: 'd2', type: 'birthday', month: 3, day: 13, year: null }],
      }),
      aPerson({
        name: 'Cy',
        dates: [{ id: 'd3', type: 'work-anniversary', month: 3, day: 14, year: 2020 }],
      }),
      aPerson({
        name: 'Di',
        dates: [{ id: 'd4', type: 'birthday', month: 3, day: 20, year: 1990 }],
      }),
    ];
    const items = buildAgenda(agendaInput({ people })).items;
    expect(items.map((item) => [item.person.name, item.why, item.refId])).toEqual([
      ['Ben', 'Birthday today', 'd2'],
      ['Ana', 'Birthday on Sunday (turns 35)', 'd1'],
      ['Cy', 'Work anniversary tomorrow (5 years)', 'd3'],
    ]);
    expect(items[0]?.title).toBe('Wish Ben a happy birthday');
    expect(items[0]?.starters[0]).toBe('Wish them a happy birthday today');
    expect(items[1]?.starters[0]).toBe('Wish them a happy 35th birthday on Sunday');
  });

  it('looks further ahead when asked to', () => {
    const di = aPerson({
      name: 'Di',
      dates: [{ id: 'd4', type: 'birthday', month: 3, day: 24, year: null }],
    });
    const items = buildAgenda(agendaInput({ people: [di], horizonDays: 14 })).items;
    expect(items[0]?.why).toBe('Birthday on Monday 24 March');
  });

  it('says today for a birthday that has begun in Auckland while Los Angeles is on the eve', () => {
    const kiri = aPerson({
      name: 'Kiri',
      timeZone: 'Pacific/Auckland',
      dates: [{ id: 'b', type: 'birthday', month: 3, day: 14, year: 1989 }],
    });
    const agenda = buildAgenda(
      agendaInput({ now: '2025-03-13T14:00:00Z', userZone: 'America/Los_Angeles', people: [kiri] }),
    );
    expect(agenda.date).toBe('2025-03-13');
    expect(agenda.items[0]).toMatchObject({ kind: 'date', why: 'Birthday today (turns 36)' });
  });

  it('puts a 29 February birthday on 28 February in a common year', () => {
    const leo = aPerson({
      name: 'Leo',
      dates: [{ id: 'b', type: 'birthday', month: 2, day: 29, year: 1996 }],
    });
    const agenda = buildAgenda(agendaInput({ now: '2025-02-27T09:00:00Z', people: [leo] }));
    expect(agenda.items[0]?.why).toBe('Birthday tomorrow (turns 29)');
  });

  it('shows a custom date with its label', () => {
    const mo = aPerson({
      name: 'Mo',
      dates: [
        { id: 'c', type: 'custom', label: 'Wedding anniversary', month: 3, day: 15, year: 2015 },
      ],
    });
    const [item] = buildAgenda(agendaInput({ people: [mo] })).items;
    expect(item).toMatchObject({
      title: 'Mo: Wedding anniversary',
      why: 'Wedding anniversary on Saturday (10 years)',
    });
  });

  it('ranks a birthday today above an ordinary overdue coworker', () => {
    const people = [
      aPerson({ name: 'Ann', cadenceDays: 14, lastInteraction: talkedAt(daysBefore(20)) }),
      aPerson({
        name: 'Bob',
        dates: [{ id: 'b', type: 'birthday', month: 3, day: 13, year: null }],
      }),
    ];
    expect(buildAgenda(agendaInput({ people })).items[0]?.person.name).toBe('Bob');
  });
});

describe('buildAgenda: replies, promises, milestones and new people', () => {
  it('lists replies owed for more than a day, oldest wait highest', () => {
    const agenda = buildAgenda(
      agendaInput({
        owedReplies: [
          {
            id: 'r1',
            personId: 'x',
            personName: 'Ana',
            text: 'the Q3 budget question',
            since: daysBefore(3),
          },
          {
            id: 'r2',
            personId: 'y',
            personName: 'Ben',
            text: 'lunch?',
            since: '2025-03-12T12:00:00Z',
          },
          {
            id: 'r3',
            personId: 'z',
            personName: 'Cy',
            text: 'intro to Dana',
            since: daysBefore(6),
          },
        ],
      }),
    );
    expect(agenda.items.map((item) => item.why)).toEqual([
      'Waiting 6 days for your reply: intro to Dana',
      'Waiting 3 days for your reply: the Q3 budget question',
    ]);
    expect(agenda.items[0]).toMatchObject({ kind: 'reply', title: 'Reply to Cy', refId: 'r3' });
  });

  it('lists promises due soon or overdue, overdue first', () => {
    const promise = (id: string, text: string, due: string) => ({
      id,
      personId: 'p',
      personName: 'Ana',
      text,
      due,
    });
    const agenda = buildAgenda(
      agendaInput({
        promises: [
          promise('a', 'the deck', '2025-03-14'),
          promise('b', 'the review', '2025-03-11'),
          promise('c', 'the intro', '2025-03-13'),
          promise('d', 'the demo', '2025-03-21'),
          promise('e', 'the notes', '2025-03-15'),
        ],
      }),
    );
    expect(agenda.items.map((item) => item.why)).toEqual([
      'The review — you promised, 2 days overdue (due Tuesday)',
      'The intro — you promised, due today',
      'The deck — you promised, due tomorrow',
      'The notes — you promised, due on Saturday',
    ]);
  });

  it('words a promise naturally whatever form the user typed it in', () => {
    const why = (text: string) =>
      buildAgenda(
        agendaInput({
          promises: [{ id: 'a', personId: 'p', personName: 'Jo', text, due: '2025-03-14' }],
        }),
      ).items[0]!.why;
    expect(why('Send him the benchmark numbers')).toBe(
      'Send him the benchmark numbers — you promised, due tomorrow',
    );
    expect(why('send Jo the deck')).toBe('Send Jo the deck — you promised, due tomorrow');
    expect(why("I'll send the deck.")).toBe('Send the deck — you promised, due tomorrow');
    expect(why('I will review her PR')).toBe('Review her PR — you promised, due tomorrow');
    expect(why('to introduce her to Sam')).toBe(
      'Introduce her to Sam — you promised, due tomorrow',
    );
    expect(why('promised to call back')).toBe('Call back — you promised, due tomorrow');
    expect(why('…')).toBe('… — you promised, due tomorrow');
  });

  it('suggests congratulating recent career news that was not congratulated yet', () => {
    const event = {
      personId: 'p',
      personName: 'Ana',
      kind: 'promotion' as const,
      text: 'Staff Engineer',
      on: '2025-03-10',
    };
    const agenda = buildAgenda(
      agendaInput({
        careerEvents: [
          { ...event, id: 'fresh', congratulated: false },
          { ...event, id: 'done', congratulated: true },
          { ...event, id: 'stale', on: '2025-01-02', congratulated: false },
        ],
      }),
    );
    expect(agenda.items).toHaveLength(1);
    expect(agenda.items[0]).toMatchObject({
      kind: 'milestone',
      title: 'Congratulate Ana',
      why: 'Promoted to Staff Engineer — congratulate them',
      starters: ['Congratulations on the promotion to Staff Engineer!'],
      refId: 'fresh',
    });
  });

  it('offers a first contact only to people marked new in the last 30 days', () => {
    const people = [
      aPerson({ name: 'Nia', kind: 'coworker', newSince: '2025-03-10', createdAt: daysBefore(3) }),
      // Added (or imported) yesterday but not new to the user: no hello, not due yet.
      aPerson({ name: 'Imp', kind: 'coworker', cadenceDays: 14, createdAt: daysBefore(1) }),
      aPerson({ name: 'Fay', kind: 'friend', cadenceDays: 30, createdAt: daysBefore(3) }),
      // Marked new 31 days ago and still never contacted: a due item, not a hello.
      aPerson({
        name: 'Old',
        kind: 'coworker',
        cadenceDays: 14,
        newSince: '2025-02-10',
        createdAt: daysBefore(31),
      }),
      // New, but already talked to.
      aPerson({
        name: 'Met',
        newSince: '2025-03-10',
        lastInteraction: talkedAt(daysBefore(1)),
        interactionCount: 1,
      }),
    ];
    const items = buildAgenda(agendaInput({ people })).items.sort((a, b) =>
      a.person.name.localeCompare(b.person.name),
    );
    expect(items.map((item) => [item.kind, item.person.name])).toEqual([
      ['new', 'Nia'],
      ['due', 'Old'],
    ]);
    expect(items[0]).toMatchObject({
      title: 'Say hello to Nia',
      why: 'New — introduce yourself (joined 3 days ago)',
    });
    expect(items[0]?.starters[0]).toBe('Introduce yourself and what you work on');
    expect(items[1]).toMatchObject({ why: 'Never talked — added 31 days ago', lateDays: 17 });
  });

  it('counts from the user’s estimate of the last talk until a conversation is logged', () => {
    // Added on different days, so neither is spread: each counts from the estimate alone.
    const est = (lastTalkedEstimate: string, added: number) =>
      aPerson({ cadenceDays: 14, createdAt: daysBefore(added), lastTalkedEstimate });
    const [due, notYet] = [est('2025-02-20', 1), est('2025-03-03', 2)];
    const items = buildAgenda(agendaInput({ people: [due, notYet] })).items;
    expect(items).toHaveLength(1);
    // Overdue by the estimate when added yesterday: due since then, not three weeks late.
    expect(items[0]).toMatchObject({
      kind: 'due',
      person: { id: due.id },
      why: 'About 3 weeks since you last talked (your estimate) — you aim for every 14 days',
      lateDays: 1,
    });
    // Talked 10 days ago by the estimate: due exactly 14 days after it, not before.
    const onThe17th = agendaInput({ now: '2025-03-17T09:00:00Z', people: [notYet] });
    expect(buildAgenda({ ...onThe17th, now: '2025-03-16T09:00:00Z' }).items).toEqual([]);
    expect(buildAgenda(onThe17th).items[0]).toMatchObject({ person: { id: notYet.id } });
    // A logged conversation replaces the estimate.
    const logged = aPerson({
      cadenceDays: 14,
      lastTalkedEstimate: '2025-01-01',
      lastInteraction: talkedAt(daysBefore(3)),
      interactionCount: 1,
    });
    expect(buildAgenda(agendaInput({ people: [logged] })).items).toEqual([]);
  });

  it('ranks an old owed reply above a coworker who is a little overdue', () => {
    const ann = aPerson({
      name: 'Ann',
      cadenceDays: 14,
      lastInteraction: talkedAt(daysBefore(16)),
    });
    const agenda = buildAgenda(
      agendaInput({
        people: [ann],
        owedReplies: [
          { id: 'r', personId: 'b', personName: 'Bo', text: 'hi', since: daysBefore(4) },
        ],
      }),
    );
    expect(agenda.items.map((item) => item.kind)).toEqual(['reply', 'due']);
  });
});

describe('buildAgenda: conversation starters', () => {
  const facts = [
    'Dog named Biscuit',
    'Training for Berlin',
    'Two kids, Maya and Leo',
    'Loves ramen',
  ];

  function startersOn(
    now: string,
    person = aPerson({
      id: 'fixed',
      name: 'Ana',
      facts,
      cadenceDays: 7,
      lastInteraction: talkedAt('2025-01-01T09:00:00Z'),
    }),
  ) {
    return buildAgenda(agendaInput({ now, people: [person] })).items[0]!.starters;
  }

  it('gives two or three starters on every person item', () => {
    const people = [
      aPerson({ cadenceDays: 7, lastInteraction: talkedAt(daysBefore(9)) }),
      aPerson({ kind: 'manager', cadenceDays: 7, facts, lastInteraction: talkedAt(daysBefore(9)) }),
      aPerson({ createdAt: daysBefore(1) }),
      aPerson({ dates: [{ id: 'b', type: 'birthday', month: 3, day: 13, year: null }] }),
    ];
    for (const item of buildAgenda(agendaInput({ people })).items) {
      expect(item.starters.length, item.title).toBeGreaterThanOrEqual(2);
      expect(item.starters.length, item.title).toBeLessThanOrEqual(3);
      expect(new Set(item.starters).size).toBe(item.starters.length);
    }
  });

  it('keeps the same starters all day and rotates the facts from one day to the next', () => {
    const morning = startersOn('2025-03-13T06:00:00Z');
    expect(startersOn('2025-03-13T21:00:00Z')).toEqual(morning);
    const days = ['2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16'].map(
      (day) => startersOn(`${day}T09:00:00Z`)[0],
    );
    expect(new Set(days).size).toBe(4);
    for (const starter of days) expect(starter).toMatch(/^Ask about: /);
  });

  it('follows up on what was said last time, quoting it', () => {
    const person = aPerson({
      name: 'Ana',
      cadenceDays: 7,
      lastInteraction: talkedAt(
        daysBefore(10),
        'Budget review. She is off on a trip to Lisbon next week.',
      ),
    });
    expect(startersOn(NOW, person)[0]).toBe(
      'Ask how the trip went (“She is off on a trip to Lisbon next week”)',
    );
  });

  it('mentions interests the user shares and a date coming up', () => {
    const person = aPerson({
      name: 'Ana',
      cadenceDays: 7,
      interests: ['Climbing', 'jazz'],
      lastInteraction: talkedAt(daysBefore(10)),
      dates: [{ id: 'b', type: 'birthday', month: 3, day: 15, year: null }],
    });
    const agenda = buildAgenda(
      agendaInput({ people: [person], userInterests: ['climbing', 'chess'] }),
    );
    const due = agenda.items.find((item) => item.kind === 'due')!;
    // The birthday is a line of its own on Ana's card: the reach-out does not say it again.
    expect(due.starters).toContain('You both like Climbing');
    expect(due.starters.join(' ')).not.toMatch(/birthday/i);
    const date = agenda.items.find((item) => item.kind === 'date')!;
    expect(date.why).toMatch(/Saturday/);
  });
});

describe('buildAgenda: input and scale', () => {
  it('gives the same agenda for a Temporal.Instant and its ISO string', () => {
    const people = [aPerson({ cadenceDays: 7, lastInteraction: talkedAt(daysBefore(8)) })];
    const fromString = buildAgenda(agendaInput({ people }));
    const fromInstant = buildAgenda(agendaInput({ people, now: Temporal.Instant.from(NOW) }));
    expect(fromInstant).toEqual(fromString);
  });

  it('refuses an unknown zone or a nonsense horizon with a readable error', () => {
    expect(() => buildAgenda(agendaInput({ userZone: '+01:00' }))).toThrow(DomainInputError);
    expect(() => buildAgenda(agendaInput({ horizonDays: 0 }))).toThrow(/horizonDays/);
    const bad = aPerson({ snoozedUntil: '13/03/2025' });
    expect(() => buildAgenda(agendaInput({ people: [bad] }))).toThrow(/snooze date/);
  });

  it('ranks 5,000 people and keeps only the top items when limited', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', null];
    const people = Array.from({ length: 5000 }, (_, i) =>
      aPerson({
        id: `bulk-${i}`,
        name: `Bulk ${String(i).padStart(4, '0')}`,
        key: i % 50 === 0,
        timeZone: zones[i % zones.length]!,
        cadenceDays: [7, 14, 30, 90][i % 4]!,
        lastInteraction: talkedAt(daysBefore(i % 400, '13:15:00Z')),
        facts: ['Plays chess'],
        dates: [
          { id: `d${i}`, type: 'birthday', month: (i % 12) + 1, day: (i % 28) + 1, year: null },
        ],
      }),
    );
    const full = buildAgenda(agendaInput({ people, limit: null }));
    const scores = full.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(full.items.filter((item) => item.kind === 'due').length).toBeGreaterThan(2000);
    expect(full.total).toBe(full.items.length);
    const top = buildAgenda(agendaInput({ people, limit: 20 }));
    expect(top.items).toEqual(full.items.slice(0, 20));
    expect(top.total).toBe(full.total);
    expect(buildAgenda(agendaInput({ people })).items).toHaveLength(50);
  });
});
