// What time and place add to Today: when each due person can be reached (both working), office
// visits and household routines happening today at their local time (not those done, skipped
// or falling while the user is away), on an office day who else is in, on a trip who is in
// that city, trips coming up with the people to meet there, and, in the last minutes of the
// working day, the end-of-day prompt.

import { PERSON_LINE_KINDS } from '../../domain/agenda/cards';
import {
  endOfDayDue,
  type Schedule,
  sameCity,
  sharedWindowFinder,
  WEEKDAYS,
} from '../../domain/availability/index';
import type { Agenda, AgendaItem } from '../../domain/index';
import { epochDayFromIsoDate, isoDateFromEpochDay } from '../../domain/time/epoch-day';
import type { TripRecord } from '../../store/schedules/schedule-repository';
import type { UserRecord } from '../../store/users/user-repository';
import type { AppContext } from '../context';
import { inTheOffice, officeToday, tripTodayItem } from '../schedules/presence-items';
import { personSchedule, routineOccurrences, scheduleOf } from '../schedules/schedules';

/** An agenda item with the next window in which the user and the person are both working. */
export type TodayItem = AgendaItem & {
  window?: { start: string; end: string; text: string };
};

const WINDOW_KINDS = new Set(['due', 'new', 'date']);
const HOUR_MS = 3_600_000;
/** A routine or visit whose time has passed ranks below anything still to do today. */
const PAST_ROUTINE_SCORE = 15;

/** The user's trips from a day on, already asked for (today.ts reads them beside the ranking). */
export interface EarlyTrips {
  from: string;
  trips: Promise<TripRecord[]>;
}

export async function withPlaceItems(
  ctx: AppContext,
  user: UserRecord,
  agenda: Agenda,
  horizonDays: number,
  early?: EarlyTrips,
): Promise<Agenda & { items: TodayItem[] }> {
  const userId = user.id;
  const now = ctx.clock.now().toISOString();
  const trips =
    early?.from === agenda.date
      ? await early.trips
      : await ctx.repos.schedules.listTrips(userId, { from: agenda.date });
  const schedule = scheduleOf(user, trips);
  // Holidays load every country's calendar: only windows and the office item need them.
  let holidaySchedule: Schedule | null = null;
  const withHolidays = () => {
    holidaySchedule ??= scheduleOf(user, trips, { holidays: true });
    return holidaySchedule;
  };
  const items: TodayItem[] = agenda.items.map((item) => ({ ...item }));
  // Independent reads, side by side: on PostgreSQL each is a round trip.
  const [, todays] = await Promise.all([
    addWindows(ctx, userId, items, withHolidays, trips, now, agenda.date),
    // The trips read above (from today on) are all today's occurrences need.
    routineOccurrences(ctx, userId, agenda.date, agenda.date, { schedule }),
  ]);

  const extra: TodayItem[] = [];
  // Done or skipped for today, or paused while the user is away on a trip.
  for (const occurrence of todays.filter((o) => !o.status && !o.away)) {
    const time = occurrence.start ? localTime(occurrence.start, schedule.zone) : null;
    // An hour after its time, an unmarked occurrence is no longer ahead: it is asked about
    // ("was at 10:00"), below the day's people, rather than shown in the evening as if it
    // were still to come.
    const past =
      occurrence.start !== undefined && Date.parse(occurrence.start) + HOUR_MS <= Date.parse(now);
    const at = time ? (past ? ` (was at ${time})` : ` at ${time}`) : '';
    const isVisit = occurrence.kind === 'visit';
    const why = isVisit
      ? occurrence.people.length
        ? `You planned to see ${occurrence.people.join(', ')}`
        : occurrence.title
      : assigneeText(occurrence.assignee, occurrence.people);
    extra.push({
      kind: (isVisit ? 'visit' : 'routine') as AgendaItem['kind'],
      person: { id: '', name: occurrence.people.join(', ') },
      title: isVisit ? `Office visit today${at}` : `${occurrence.title}${at}`,
      why: past ? `${why}. Did it happen? Mark it done or skipped` : why,
      score: past ? PAST_ROUTINE_SCORE : isVisit ? 55 : 35,
      starters: [],
      refId: occurrence.routineId,
    });
  }

  const last = isoDateFromEpochDay(epochDayFromIsoDate(agenda.date)! + horizonDays - 1);
  const visitToday = todays.some((o) => o.kind === 'visit' && !o.status && !o.away);
  const officeDay = schedule.officeDays.includes(weekdayKeyOf(agenda.date));
  const people =
    officeDay || visitToday || trips.some((t) => t.personId === null && t.from <= last)
      ? await ctx.repos.people.list(userId)
      : [];
  if (officeDay || visitToday) {
    const office = officeToday({
      user,
      schedule: withHolidays(),
      people,
      trips,
      items,
      today: agenda.date,
      now,
      visitToday,
    });
    if (office.item) extra.push(office.item);
    // Each person in the office with a card of their own: their first line says so.
    for (const id of office.alsoOnToday) {
      const lead = items
        .filter((i) => i.person.id === id && PERSON_LINE_KINDS.has(i.kind))
        .sort((a, b) => b.score - a.score)[0];
      if (lead) lead.why = inTheOffice(lead.why);
    }
  }
  const here = tripTodayItem({ people, trips, today: agenda.date });
  if (here) extra.push(here);
  // Trips that start later; one in force today is the item above.
  for (const trip of trips.filter(
    (t) => t.personId === null && t.from <= last && t.from > agenda.date,
  )) {
    const meet = people.filter((p) => p.city && sameCity(p.city, trip.city)).map((p) => p.name);
    if (meet.length === 0) continue;
    extra.push({
      kind: 'trip' as AgendaItem['kind'],
      person: { id: '', name: meet.join(', ') },
      title: `Trip to ${trip.city} from ${trip.from}`,
      why: `${meet.join(', ')} ${meet.length === 1 ? 'lives' : 'live'} there: suggest meeting in person`,
      score: 45,
      starters: [],
      refId: trip.id,
    });
  }

  if (endOfDayDue(schedule, now)) {
    const open = items.filter((i) => i.kind === 'promise' || i.kind === 'reply').length;
    extra.push({
      kind: 'end-of-day' as AgendaItem['kind'],
      person: { id: '', name: '' },
      title: 'Wrap up the day',
      why: open
        ? `${open} open ${open === 1 ? 'item' : 'items'} can wait for tomorrow. Note what is left, then log off.`
        : 'Note what is left for tomorrow, then log off and be present.',
      score: 70,
      starters: [],
    });
  }

  if (extra.length === 0) return { ...agenda, items };
  return {
    ...agenda,
    items: [...items, ...extra].sort((a, b) => b.score - a.score),
    total: agenda.total + extra.length,
  };
}

async function addWindows(
  ctx: AppContext,
  userId: string,
  items: TodayItem[],
  userSchedule: () => Schedule,
  trips: Awaited<ReturnType<AppContext['repos']['schedules']['listTrips']>>,
  now: string,
  today: string,
) {
  const wanted = items.filter((i) => WINDOW_KINDS.has(i.kind) && i.person.id);
  if (wanted.length === 0) return;
  const schedule = userSchedule();
  const windowWith = sharedWindowFinder(schedule, now, 7);
  const people = await ctx.repos.people.schedulesOf(userId, [
    ...new Set(wanted.map((i) => i.person.id)),
  ]);
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const item of wanted) {
    const person = byId.get(item.person.id);
    if (!person || ['pet', 'partner', 'family'].includes(person.kind)) continue;
    const theirs = personSchedule(person, schedule.zone, trips, { holidays: true });
    const window = windowWith(theirs);
    if (!window) continue;
    const day = window.userLocal.date === today ? '' : ` on ${weekdayOf(window.userLocal.date)}`;
    item.window = {
      start: window.start,
      end: window.end,
      text: `Best between ${window.userLocal.start} and ${window.userLocal.end} your time${day}`,
    };
  }
}

const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const weekdayIndex = (date: string) => (((epochDayFromIsoDate(date)! + 3) % 7) + 7) % 7;
const weekdayOf = (date: string) => WEEKDAY[weekdayIndex(date)]!;
const weekdayKeyOf = (date: string) => WEEKDAYS[weekdayIndex(date)]!;

function localTime(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

function assigneeText(assignee: string | null, people: string[]): string {
  const them = people.length ? people.join(' and ') : 'them';
  if (assignee === 'me') return 'Your turn today';
  if (assignee === 'them') return `${them}’s turn today`;
  if (assignee === 'both') return `Together with ${them}`;
  return people.length ? `With ${them}` : 'Today';
}
