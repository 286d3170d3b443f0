// What the calendar feed shows: dates on the person's own calendar, reach-outs and promises due,
// office days, visits, household routines, agreements and date nights (not the skipped ones),
// trips, and the status-update deadline. UIDs are stable across fetches so
// calendars update events in place instead of duplicating them.
import { Temporal } from 'temporal-polyfill';
import { effectiveCadence, nextOccurrence, type PersonKind, todayIn } from '../../domain/index';
import { epochDayFromIsoDate, isoDateFromEpochDay } from '../../domain/time/epoch-day';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { preferencesOf } from '../people/preferences';
import { type RoutineOccurrence, routineOccurrences, userSchedule } from '../schedules/schedules';

export type CalendarEvent =
  | { uid: string; summary: string; description?: string; allDay: { start: string; end?: string } }
  | { uid: string; summary: string; description?: string; timed: { start: string; end: string } };

const DUE_HORIZON_DAYS = 30;
// A routine with a time is shown as an hour (visits) or half an hour (the rest) from it.
const ROUTINE_MINUTES = 60;
const WEEKS_AHEAD = 8;
const DATE_LABEL: Record<string, string> = {
  birthday: 'birthday',
  'work-anniversary': 'work anniversary',
};

const addDays = (date: string, days: number) =>
  isoDateFromEpochDay(epochDayFromIsoDate(date)! + days);

export async function calendarEvents(ctx: AppContext, userId: string): Promise<CalendarEvent[]> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const now = ctx.clock.now().toISOString();
  const today = todayIn(user.timeZone, now);
  const preferences = preferencesOf(user.preferences);
  const [people, dates, promises, trips] = await Promise.all([
    ctx.repos.people.listForAgenda(userId),
    ctx.repos.people.datesOf(userId, null),
    ctx.repos.personItems.list(userId, { type: 'promise', open: true }),
    ctx.repos.schedules.listTrips(userId, { from: today }),
  ]);
  const events: CalendarEvent[] = [];
  const names = new Map(people.map((p) => [p.id, p.name]));

  for (const [personId, personDates] of dates) {
    for (const date of personDates) {
      for (const from of [addDays(today, -30), addDays(today, 335)]) {
        const next = nextOccurrence(date, from);
        const what = DATE_LABEL[date.type] ?? date.label ?? 'date';
        const years =
          next.years && date.type === 'birthday'
            ? ` (turns ${next.years})`
            : next.years
              ? ` (${next.years} years)`
              : '';
        events.push({
          uid: `date-${date.id}-${next.date.slice(0, 4)}@rapport`,
          summary: `${names.get(personId)}’s ${what}${years}`,
          allDay: { start: next.date },
        });
      }
    }
  }

  for (const person of people) {
    const cadence = effectiveCadence(
      { kind: person.kind as PersonKind, key: person.key, cadenceDays: person.cadenceDays },
      preferences.cadenceDefaults,
    );
    if (cadence === null || person.paused) continue;
    const since = person.last
      ? todayIn(user.timeZone, person.last.at)
      : todayIn(user.timeZone, person.createdAt);
    let due = addDays(since, cadence);
    if (due < today) due = today;
    if (person.snoozedUntil && due < person.snoozedUntil) due = person.snoozedUntil;
    if (due > addDays(today, DUE_HORIZON_DAYS)) continue;
    events.push({
      uid: `due-${person.id}@rapport`,
      summary: `Reach out to ${person.name}`,
      allDay: { start: due },
    });
  }

  for (const promise of promises) {
    if (!promise.date) continue;
    events.push({
      uid: `promise-${promise.id}@rapport`,
      summary: `Promised ${promise.personName}: ${promise.text}`,
      allDay: { start: promise.date },
    });
  }

  const until = addDays(today, WEEKS_AHEAD * 7);
  const schedule = await userSchedule(ctx, userId);
  const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  for (let day = today; day <= until; day = addDays(day, 1)) {
    const weekday = weekdays[(((epochDayFromIsoDate(day)! + 3) % 7) + 7) % 7]!;
    if (schedule.officeDays.includes(weekday as never)) {
      events.push({ uid: `office-${day}@rapport`, summary: 'Office day', allDay: { start: day } });
    }
  }
  for (const occurrence of await routineOccurrences(ctx, userId, today, until)) {
    if (occurrence.status === 'skipped') continue;
    const uid = `${occurrence.kind}-${occurrence.routineId}-${occurrence.date}@rapport`;
    const summary = occurrence.title;
    const description = routineDescription(occurrence);
    events.push(
      occurrence.start
        ? {
            uid,
            summary,
            description,
            timed: {
              start: occurrence.start,
              end: new Date(Date.parse(occurrence.start) + ROUTINE_MINUTES * 60_000).toISOString(),
            },
          }
        : { uid, summary, description, allDay: { start: occurrence.date } },
    );
  }

  for (const trip of trips.filter((t) => t.personId === null)) {
    events.push({
      uid: `trip-${trip.id}@rapport`,
      summary: `Trip to ${trip.city}`,
      allDay: { start: trip.from, end: addDays(trip.to, 1) },
    });
  }

  const updateSchedule = preferences.updateSchedule;
  if (updateSchedule?.enabled) {
    for (let day = today, found = 0; day <= until && found < 4; day = addDays(day, 1)) {
      const weekday = weekdays[(((epochDayFromIsoDate(day)! + 3) % 7) + 7) % 7];
      if (weekday !== updateSchedule.weekday) continue;
      if (updateSchedule.kind === 'month' && addDays(day, 7).slice(5, 7) === day.slice(5, 7))
        continue;
      found += 1;
      const start = Temporal.PlainDateTime.from(`${day}T${updateSchedule.time}`)
        .toZonedDateTime(user.timeZone)
        .toInstant();
      events.push({
        uid: `update-${day}@rapport`,
        summary: `Send your ${updateSchedule.kind === 'week' ? 'weekly' : 'monthly'} status update`,
        timed: { start: start.toString(), end: start.add({ minutes: 30 }).toString() },
      });
    }
  }
  return events;
}

const TURN: Record<string, string> = { me: 'Your turn', them: 'Their turn', both: 'Together' };

// "See Bo" for a visit; "Your turn · with Sam" for a household routine or agreement.
function routineDescription(occurrence: RoutineOccurrence): string | undefined {
  const people = occurrence.people.join(', ');
  if (occurrence.kind === 'visit') return people ? `See ${people}` : undefined;
  const parts = [
    occurrence.assignee ? TURN[occurrence.assignee] : '',
    people ? `with ${people}` : '',
    occurrence.status === 'done' ? 'done' : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}
