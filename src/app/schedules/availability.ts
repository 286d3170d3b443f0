// Who is working now, when to reach someone, when several people can meet, which office days
// are worth it, and whom a trip lets the user see. All times are shown in the user's zone with
// each person's own local time beside them.
import { z } from 'zod';
import {
  meetingSlots,
  nextSharedWindow,
  officePlan as planOffice,
  type SlotParticipant,
  sameCity,
  workingAt,
} from '../../domain/availability/index';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { today } from '../today/today';
import { officePlanPeople, personSchedule, userSchedule } from './schedules';

export const slotsInput = z.object({
  people: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).filter(Boolean))
    .pipe(z.array(z.string().min(1).max(40)).min(1, 'Name at least one person').max(20)),
  length: z.coerce.number().int().min(5).max(480).default(30),
  days: z.coerce.number().int().min(1).max(21).default(5),
  inPerson: z.enum(['true', 'false']).default('false'),
});

export const officePlanInput = z.object({
  weeks: z.coerce.number().int().min(1).max(8).default(2),
});

// With `holidays`, public holidays are days off on both sides (windows, slots, office plan).
async function context(ctx: AppContext, userId: string, holidays = false) {
  const [user, schedule, people, trips] = await Promise.all([
    ctx.repos.users.findById(userId),
    userSchedule(ctx, userId, { holidays }),
    ctx.repos.people.list(userId),
    ctx.repos.schedules.listTrips(userId),
  ]);
  if (!user) throw notFound('User');
  return { user, schedule, people, trips, now: ctx.clock.now().toISOString() };
}

/** People inside their working hours right now, with their local time. */
export async function whoIsWorking(ctx: AppContext, userId: string) {
  const { user, schedule, people, trips, now } = await context(ctx, userId);
  const me = workingAt(schedule, now);
  const working = people
    .filter((p) => !['pet', 'family', 'partner'].includes(p.kind))
    .map((p) => ({ person: p, at: workingAt(personSchedule(p, user.timeZone, trips), now) }))
    .filter(({ at }) => at.working)
    .map(({ person, at }) => ({
      id: person.id,
      name: person.name,
      localTime: at.localTime,
      zone: at.zone,
    }));
  return {
    now,
    you: { working: me.working, localTime: me.localTime, zone: me.zone },
    people: working,
  };
}

/** The next time both the user and the person are working. */
export async function reachOutWindow(ctx: AppContext, userId: string, personId: string) {
  const { user, schedule, trips, now } = await context(ctx, userId, true);
  const person = await ctx.repos.people.findById(userId, personId);
  if (!person) throw notFound('Person');
  const theirs = personSchedule(person, user.timeZone, trips, { holidays: true });
  const window = nextSharedWindow(schedule, theirs, now, 7);
  return { person: { id: person.id, name: person.name }, window };
}

export async function findSlots(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof slotsInput>,
) {
  const { user, schedule, trips, now } = await context(ctx, userId, true);
  const participants: SlotParticipant[] = [{ id: userId, schedule }];
  for (const id of input.people) {
    const person = await ctx.repos.people.findById(userId, id);
    if (!person) throw notFound('Person');
    participants.push({
      id: person.id,
      schedule: personSchedule(person, user.timeZone, trips, { holidays: true }),
    });
  }
  const slots = meetingSlots(participants, {
    now,
    lengthMinutes: input.length,
    days: input.days,
    preferOffice: input.inPerson === 'true',
  });
  return { zone: user.timeZone, slots };
}

/** Office days ranked by the key and due people who will be in. */
export async function officePlan(
  ctx: AppContext,
  userId: string,
  { weeks }: z.output<typeof officePlanInput>,
) {
  const { user, schedule, people, trips, now } = await context(ctx, userId, true);
  const agenda = await today(ctx, userId);
  const due = new Set(agenda.items.filter((i) => i.kind === 'due').map((i) => i.person.id));
  const days = planOffice({
    now,
    weeks,
    user: schedule,
    city: schedule.office.city,
    office: schedule.office.name,
    people: officePlanPeople(people, user.timeZone, trips, due),
  });
  return { zone: user.timeZone, office: schedule.office, days };
}

/** People who live in the trip's city, or are on a trip there at the same time. */
export async function tripMeetups(ctx: AppContext, userId: string, tripId: string) {
  const trip = await ctx.repos.schedules.findTrip(userId, tripId);
  if (!trip) throw notFound('Trip');
  const [people, trips] = await Promise.all([
    ctx.repos.people.list(userId),
    ctx.repos.schedules.listTrips(userId),
  ]);
  const visiting = new Set(
    trips
      .filter(
        (t) =>
          t.personId &&
          t.id !== trip.id &&
          sameCity(t.city, trip.city) &&
          t.from <= trip.to &&
          t.to >= trip.from,
      )
      .map((t) => t.personId!),
  );
  return {
    trip,
    people: people
      .filter(
        (p) =>
          p.id !== trip.personId && ((p.city && sameCity(p.city, trip.city)) || visiting.has(p.id)),
      )
      .map((p) => ({
        id: p.id,
        name: p.name,
        why: visiting.has(p.id) ? `also in ${trip.city} then` : `lives in ${p.city}`,
      })),
  };
}
