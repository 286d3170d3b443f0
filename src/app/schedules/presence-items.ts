// Where the user is today, as Today items: on an office day, one item naming who else is in
// the office and why each is worth a word; on a trip, who works or lives in the city the user
// is in. Both read the user's office (city, named office) so a colleague of another office is
// never proposed.

import { PERSON_LINE_KINDS } from '../../domain/agenda/cards';
import { officePlan, type Schedule, sameCity } from '../../domain/availability/index';
import type { AgendaItem } from '../../domain/index';
import { isWorkKind, type PersonKind } from '../../domain/people/person-kind';
import type { PersonRecord } from '../../store/people/person-repository';
import type { TripRecord } from '../../store/schedules/schedule-repository';
import type { UserRecord } from '../../store/users/user-repository';
import { officeOf, officePlanPeople } from './schedules';

// Place items are kinds of Today's own ('office', 'trip'), beyond the domain agenda's.
type Item = AgendaItem;

const OFFICE_SCORE = 58;
const TRIP_TODAY_SCORE = 57;

/** Today's office: the item naming who else is in, and who is in among the people of Today. */
export interface OfficeToday {
  /** "In the office today: Mateo", for the people in who have nothing else on Today. */
  item: Item | null;
  /** People in the office today who have a card of their own: it says they are in. */
  alsoOnToday: Set<string>;
}

/**
 * On the user's office day (or a day with an office visit), while today's hours last: who
 * else is in. A person is named once on Today: someone in the office who already has a card
 * (a catch-up due, a reply owed, a birthday) is told about on that card, and the office item
 * names the others ("say hello in person"). Nothing when nobody the user keeps is in, the user
 * travels, or it is a holiday.
 */
export function officeToday(input: {
  user: UserRecord;
  schedule: Schedule;
  people: PersonRecord[];
  trips: TripRecord[];
  items: AgendaItem[];
  today: string;
  now: string;
  visitToday: boolean;
}): OfficeToday {
  const { user, schedule, people, trips, items, today, now } = input;
  const office = officeOf(user);
  const due = new Set(items.filter((i) => i.kind === 'due').map((i) => i.person.id));
  const plan = officePlan({
    now,
    weeks: 1,
    user: schedule,
    city: office.city,
    office: office.name,
    people: officePlanPeople(people, user.timeZone, trips, due),
  });
  const day = plan.find((d) => d.date === today);
  const none: OfficeToday = { item: null, alsoOnToday: new Set() };
  if (!day || !(day.userOfficeDay || input.visitToday) || day.people.length === 0) return none;
  const onToday = new Set(
    items.filter((i) => i.person.id && PERSON_LINE_KINDS.has(i.kind)).map((i) => i.person.id),
  );
  const alsoOnToday = new Set(day.people.filter((p) => onToday.has(p.id)).map((p) => p.id));
  const others = day.people.filter((p) => !alsoOnToday.has(p.id));
  if (others.length === 0) return { item: null, alsoOnToday };
  // What the plan says beyond "in the office" (visiting the city on a trip).
  const reasons = others.filter((p) => p.why !== 'in the office').map((p) => `${p.name}: ${p.why}`);
  const names = others.map((p) => p.name).join(', ');
  return {
    item: {
      kind: 'office' as AgendaItem['kind'],
      person: { id: '', name: names },
      title: `In the office today: ${names}`,
      why: reasons.length ? reasons.join('; ') : 'Your office day: say hello in person',
      score: OFFICE_SCORE,
      starters: [],
    },
    alsoOnToday,
  };
}

/** The words added to the card of someone who is in the office today. */
export function inTheOffice(why: string): string {
  return `${why.replace(/[.\s]+$/, '')}. In the office today: talk in person`;
}

/**
 * "You are in Lisbon today: João works there" while a trip of the user's is in force today
 * (the one that started latest), naming the people who work or live there, or are there too.
 */
export function tripTodayItem(input: {
  people: PersonRecord[];
  trips: TripRecord[];
  today: string;
}): Item | null {
  const { people, trips, today } = input;
  const trip = trips
    .filter((t) => t.personId === null && t.from <= today && today <= t.to)
    .sort((a, b) => b.from.localeCompare(a.from))[0];
  if (!trip) return null;
  const visiting = new Set(
    trips
      .filter((t) => t.personId && sameCity(t.city, trip.city) && t.from <= today && today <= t.to)
      .map((t) => t.personId),
  );
  const there = people.filter(
    (p) => visiting.has(p.id) || (p.city !== null && sameCity(p.city, trip.city)),
  );
  if (there.length === 0) return null;
  const groups: [string, PersonRecord[]][] = [
    ['work', there.filter((p) => !visiting.has(p.id) && isWorkKind(p.kind as PersonKind))],
    ['live', there.filter((p) => !visiting.has(p.id) && !isWorkKind(p.kind as PersonKind))],
    ['are', there.filter((p) => visiting.has(p.id))],
  ];
  const phrases = groups
    .filter(([, list]) => list.length > 0)
    .map(([verb, list]) => `${joinNames(list.map((p) => p.name))} ${verbFor(verb, list.length)}`);
  const until = trip.to === today ? 'today' : `until ${trip.to}`;
  return {
    kind: 'trip' as AgendaItem['kind'],
    person: { id: '', name: there.map((p) => p.name).join(', ') },
    title: `You are in ${trip.city} today: ${phrases.join('; ')}`,
    why: `You are there ${until}: suggest a coffee or lunch in person`,
    score: TRIP_TODAY_SCORE,
    starters: [],
  };
}

function verbFor(verb: string, count: number): string {
  if (verb === 'are') return count === 1 ? 'is there too' : 'are there too';
  if (verb === 'work') return count === 1 ? 'works there' : 'work there';
  return count === 1 ? 'lives there' : 'live there';
}

function joinNames(names: string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}
