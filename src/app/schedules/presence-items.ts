// Where the user is today, as Today items: on an office day, one item naming who else is in
// the office and why each is worth a word; on a trip, who works or lives in the city the user
// is in. Both read the user's office (city, named office) so a colleague of another office is
// never proposed.
import { officePlan, type Schedule, sameCity } from '../../domain/availability/index';
import type { AgendaItem } from '../../domain/index';
import { isWorkKind, type PersonKind } from '../../domain/people/person-kind';
import type { PersonRecord } from '../../store/people/person-repository';
import type { TripRecord } from '../../store/schedules/schedule-repository';
import type { UserRecord } from '../../store/users/user-repository';
import { officeOf, personSchedule } from './schedules';

// Place items are kinds of Today's own ('office', 'trip'), beyond the domain agenda's.
type Item = AgendaItem;

const OFFICE_SCORE = 58;
const TRIP_TODAY_SCORE = 57;

/**
 * "In the office today: Lena, Tobias, Mateo", with their reasons ("Lena: catch-up due; Tobias:
 * birthday is Friday"), on the user's office day (or a day with an office visit), while today's
 * hours last. Null when nobody the user keeps is in, the user travels, or it is a holiday.
 */
export function officeTodayItem(input: {
  user: UserRecord;
  schedule: Schedule;
  people: PersonRecord[];
  trips: TripRecord[];
  items: AgendaItem[];
  today: string;
  now: string;
  visitToday: boolean;
}): Item | null {
  const { user, schedule, people, trips, items, today, now } = input;
  const office = officeOf(user);
  const due = new Set(items.filter((i) => i.kind === 'due').map((i) => i.person.id));
  const plan = officePlan({
    now,
    weeks: 1,
    user: schedule,
    city: office.city,
    office: office.name,
    people: people
      .filter((p) => p.officeDays.length > 0)
      .map((p) => ({
        id: p.id,
        name: p.name,
        schedule: personSchedule(p, user.timeZone, trips, { holidays: true }),
        key: p.key,
        due: due.has(p.id),
        city: p.city,
      })),
  });
  const day = plan.find((d) => d.date === today);
  if (!day || !(day.userOfficeDay || input.visitToday) || day.people.length === 0) return null;
  const reasons = day.people
    .map((p) => {
      const about = items.filter((i) => i.person.id === p.id).map(reasonOf);
      const why = about.length ? about.join(', ') : p.why === 'in the office' ? '' : p.why;
      return why ? `${p.name}: ${why}` : '';
    })
    .filter(Boolean);
  const names = day.people.map((p) => p.name).join(', ');
  return {
    kind: 'office' as AgendaItem['kind'],
    person: { id: '', name: names },
    title: `In the office today: ${names}`,
    why: reasons.length ? reasons.join('; ') : 'Your office day: say hello in person',
    score: OFFICE_SCORE,
    starters: [],
  };
}

// A few words on why an agenda item makes a person worth seeing today.
function reasonOf(item: AgendaItem): string {
  switch (item.kind) {
    case 'due':
      return item.title.startsWith('Check in') ? 'check-in due' : 'catch-up due';
    case 'reply':
      return 'you owe a reply';
    case 'promise':
      return 'a promise to keep';
    case 'milestone':
      return 'congratulate them';
    case 'new':
      return 'new: say hello';
    case 'date':
      return item.why.replace(/^Their /, '').replace(/^./, (c) => c.toLowerCase());
    default:
      return item.title;
  }
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
