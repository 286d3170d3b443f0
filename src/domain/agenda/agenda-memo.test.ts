// The memo must never change an answer: after any sequence of the changes the app makes between
// two Todays (a person edited, added or removed, a reply or promise, the clock moving by
// minutes or days, another zone, interests or horizon), buildAgenda with the memo it has used
// all along answers exactly what it answers without one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaInput, aPerson, talkedAt } from './agenda.factory.js';
import { buildAgenda } from './agenda.js';
import { AgendaMemo } from './agenda-memo.js';
import type { AgendaInput, AgendaPerson } from './agenda-types.js';

const START = Date.parse('2025-03-10T07:30:00Z');
const DAY_MS = 86_400_000;
const ZONES = [null, 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'];
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A person's changeable fields, drawn so that due, new, dates, hidden and slots all happen. */
const personFields = fc.record({
  kind: fc.constantFrom('coworker', 'manager', 'friend', 'family', 'network' as const),
  key: fc.boolean(),
  timeZone: fc.constantFrom(...ZONES),
  cadenceDays: fc.constantFrom(null, 7, 14, 30),
  // Few distinct days, so several people share an added day and a cadence (a slot group).
  createdDaysAgo: fc.constantFrom(3, 40, 200),
  talkedDaysAgo: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  estimateDaysAgo: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  newDaysAgo: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  snoozeDays: fc.option(fc.integer({ min: -3, max: 5 }), { nil: null }),
  paused: fc.boolean(),
  birthday: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
});
type Fields = typeof personFields extends fc.Arbitrary<infer T> ? T : never;

function personOf(id: string, f: Fields, nowMs: number): AgendaPerson {
  const birthday = f.birthday === null ? null : new Date(nowMs + f.birthday * DAY_MS);
  return aPerson({
    id,
    name: `Person ${id}`,
    kind: f.kind,
    key: f.key,
    timeZone: f.timeZone,
    cadenceDays: f.cadenceDays,
    createdAt: new Date(nowMs - f.createdDaysAgo * DAY_MS).toISOString(),
    lastInteraction:
      f.talkedDaysAgo === null
        ? null
        : talkedAt(new Date(nowMs - f.talkedDaysAgo * DAY_MS).toISOString()),
    interactionCount: f.talkedDaysAgo === null ? 0 : 1,
    lastTalkedEstimate:
      f.estimateDaysAgo === null ? null : isoDay(nowMs - f.estimateDaysAgo * DAY_MS),
    newSince: f.newDaysAgo === null ? null : isoDay(nowMs - f.newDaysAgo * DAY_MS),
    snoozedUntil: f.snoozeDays === null ? null : isoDay(nowMs + f.snoozeDays * DAY_MS),
    paused: f.paused,
    dates: birthday
      ? [
          {
            id: `d${id}`,
            type: 'birthday',
            month: birthday.getUTCMonth() + 1,
            day: birthday.getUTCDate(),
            year: null,
          },
        ]
      : [],
  });
}

const step = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), fields: personFields }),
  // The usual write: a conversation, a snooze, a date; the day they were added and their
  // cadence stay, so the slots are kept and only this place is looked at again.
  {
    arbitrary: fc.record({
      kind: fc.constant('touch' as const),
      at: fc.nat(),
      fields: personFields,
    }),
    weight: 5,
  },
  fc.record({ kind: fc.constant('add' as const), fields: personFields }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('minutes' as const), by: fc.integer({ min: 0, max: 240 }) }),
  fc.record({ kind: fc.constant('days' as const), by: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('zone' as const),
    zone: fc.constantFrom('Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo'),
  }),
  fc.record({
    kind: fc.constant('interests' as const),
    interests: fc.subarray(['running', 'jazz']),
  }),
  fc.record({ kind: fc.constant('horizon' as const), days: fc.constantFrom(1, 7, 30) }),
  fc.record({ kind: fc.constant('reply' as const), at: fc.nat() }),
  // News of a hidden person waits: the memo must know who is hidden after each change.
  fc.record({ kind: fc.constant('news' as const), at: fc.nat() }),
);

describe('buildAgenda with a memo', () => {
  it('answers what it answers without one, whatever changed between calls', () => {
    fc.assert(
      fc.property(
        fc.array(personFields, { minLength: 2, maxLength: 25 }),
        fc.array(step, { minLength: 1, maxLength: 25 }),
        (initial, steps) => {
          let next = 0;
          const newId = () => `p${String(next++).padStart(3, '0')}`;
          let now = START;
          let input: AgendaInput = agendaInput({
            now: new Date(now).toISOString(),
            people: initial.map((f) => personOf(newId(), f, now)),
          });
          const memo = new AgendaMemo();
          const same = () =>
            expect(JSON.stringify(buildAgenda(input, memo))).toBe(
              JSON.stringify(buildAgenda(input)),
            );
          same();
          for (const s of steps) {
            // The app never changes a person object it has passed: a change is a new object.
            const people = [...input.people];
            if (s.kind === 'edit' && people.length > 0) {
              const at = s.at % people.length;
              people[at] = personOf(people[at]!.id, s.fields, now);
            } else if (s.kind === 'touch' && people.length > 0) {
              const at = s.at % people.length;
              const { id, createdAt, cadenceDays } = people[at]!;
              people[at] = { ...personOf(id, s.fields, now), createdAt, cadenceDays };
            } else if (s.kind === 'add') people.push(personOf(newId(), s.fields, now));
            else if (s.kind === 'remove' && people.length > 0)
              people.splice(s.at % people.length, 1);
            else if (s.kind === 'minutes') now += s.by * 60_000;
            else if (s.kind === 'days') now += s.by * DAY_MS;
            input = { ...input, people, now: new Date(now).toISOString() };
            if (s.kind === 'zone') input.userZone = s.zone;
            if (s.kind === 'interests') input.userInterests = s.interests;
            if (s.kind === 'horizon') input.horizonDays = s.days;
            if (s.kind === 'news' && people.length > 0) {
              const person = people[s.at % people.length]!;
              input.careerEvents = [
                ...input.careerEvents,
                {
                  id: `e${next++}`,
                  personId: person.id,
                  personName: person.name,
                  kind: 'promotion',
                  text: null,
                  on: isoDay(now - DAY_MS),
                  congratulated: false,
                },
              ];
            }
            if (s.kind === 'reply' && people.length > 0) {
              const person = people[s.at % people.length]!;
              input.owedReplies = [
                ...input.owedReplies,
                {
                  id: `r${next++}`,
                  personId: person.id,
                  personName: person.name,
                  text: 'the plan',
                  since: new Date(now - DAY_MS).toISOString(),
                },
              ];
            }
            same();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('builds again only the person who changed', () => {
    const people = [1, 2, 3].map((n) =>
      aPerson({ id: `q${n}`, cadenceDays: 7, createdAt: '2025-01-01T09:00:00Z' }),
    );
    const input = agendaInput({ people });
    const memo = new AgendaMemo();
    const first = buildAgenda(input, memo);
    const edited = { ...people[1]!, lastInteraction: talkedAt('2025-03-12T09:00:00Z') };
    const second = buildAgenda({ ...input, people: [people[0]!, edited, people[2]!] }, memo);
    // The untouched people's items are the very objects of the first call; the edited one is gone.
    const byPerson = (agenda: typeof first, id: string) =>
      agenda.items.find((i) => i.person.id === id);
    expect(byPerson(second, 'q1')).toBe(byPerson(first, 'q1'));
    expect(byPerson(second, 'q3')).toBe(byPerson(first, 'q3'));
    expect(byPerson(second, 'q2')).toBeUndefined();
  });
});
