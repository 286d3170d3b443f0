// Schedules: the user's and each person's zone, hours, office days and trips, and the routines
// (office visits, household routines, agreements, date nights) that recur on them.
import { z } from 'zod';
import {
  describeRecurrence,
  occurrences,
  parseRecurrence,
  type RecurrenceRule,
  type Schedule,
  type Trip,
  type WeeklyHours,
} from '../../domain/availability/index';
import { todayIn } from '../../domain/index';
import type { PersonRecord } from '../../store/people/person-repository';
import type { TripRecord } from '../../store/schedules/schedule-repository';
import type { UserRecord } from '../../store/users/user-repository';
import { timeZoneField } from '../accounts/fields';
import { defaultWorkingHours, WEEKDAYS, workingHoursSchema } from '../accounts/working-hours';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { invalidInput, notFound } from '../errors';
import { isoDateField } from '../people/person-input';
import { parseInput } from '../validation';

export const userScheduleInput = z
  .object({
    timeZone: timeZoneField.optional(),
    workingHours: workingHoursSchema.optional(),
    officeDays: z.array(z.enum(WEEKDAYS)).max(7).optional(),
  })
  .strict();

export const tripInput = z
  .object({
    city: z.string().trim().min(1, 'Which city?').max(100),
    zone: timeZoneField,
    from: isoDateField,
    to: isoDateField,
    personId: z.string().min(1).max(40).nullable().optional(),
  })
  .strict()
  .refine((t) => t.from <= t.to, { message: 'A trip must end on or after the day it starts' });

export const ROUTINE_KINDS = ['visit', 'routine', 'agreement', 'date'] as const;

export const routineInput = z
  .object({
    kind: z.enum(ROUTINE_KINDS),
    title: z.string().trim().min(1, 'Give it a title').max(200),
    /** Words such as "every second Tuesday at 12:30", or a rule object. */
    rule: z.union([z.string().trim().min(1).max(200), z.record(z.string(), z.unknown())]),
    personIds: z.array(z.string().min(1).max(40)).max(50).default([]),
    assignee: z.enum(['me', 'them', 'both']).nullable().optional(),
    /** The first day it can happen ("every second Tuesday" counts from here); default today. */
    start: isoDateField.optional(),
  })
  .strict();

/** The user's own schedule: zone and hours from the account, office days and trips. */
export async function userSchedule(ctx: AppContext, userId: string): Promise<Schedule> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return scheduleOf(user, await ctx.repos.schedules.listTrips(userId));
}

/** The user's schedule from an account already read and the trips already listed. */
export function scheduleOf(user: UserRecord, trips: TripRecord[]): Schedule {
  return {
    zone: user.timeZone,
    hours: user.workingHours as WeeklyHours,
    officeDays: (user.preferences.officeDays as Schedule['officeDays']) ?? [],
    trips: trips.filter((t) => t.personId === null).map(toTrip),
  };
}

/** A person's schedule; people without hours of their own are assumed on 09:00–17:00 weekdays. */
export function personSchedule(
  person: PersonRecord,
  userZone: string,
  trips: TripRecord[],
): Schedule {
  return {
    zone: person.timeZone ?? userZone,
    hours: (person.workingHours as WeeklyHours | null) ?? (defaultWorkingHours() as WeeklyHours),
    officeDays: person.officeDays as Schedule['officeDays'],
    trips: trips.filter((t) => t.personId === person.id).map(toTrip),
  };
}

const toTrip = (trip: TripRecord): Trip => ({
  city: trip.city,
  zone: trip.zone,
  from: trip.from,
  to: trip.to,
});

export async function setUserSchedule(ctx: AppContext, userId: string, raw: unknown) {
  const input = parseInput(userScheduleInput, raw);
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  await ctx.repos.users.update(
    userId,
    {
      ...(input.timeZone && { timeZone: input.timeZone }),
      ...(input.workingHours && { workingHours: input.workingHours }),
      ...(input.officeDays && {
        preferences: { ...user.preferences, officeDays: input.officeDays },
      }),
    },
    isoNow(ctx.clock),
  );
  return userSchedule(ctx, userId);
}

export async function addTrip(ctx: AppContext, userId: string, raw: unknown) {
  const input = parseInput(tripInput, raw);
  const id = await inTransaction(ctx, async (repos) => {
    if (input.personId && (await repos.people.existing(userId, [input.personId])).size === 0) {
      throw notFound('Person');
    }
    return repos.schedules.addTrip(
      userId,
      { ...input, personId: input.personId ?? null },
      isoNow(ctx.clock),
    );
  });
  return (await ctx.repos.schedules.findTrip(userId, id))!;
}

export async function deleteTrip(ctx: AppContext, userId: string, id: string) {
  if (!(await ctx.repos.schedules.deleteTrip(userId, id))) throw notFound('Trip');
}

export async function addRoutine(ctx: AppContext, userId: string, raw: unknown) {
  const input = parseInput(routineInput, raw);
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const start = input.start ?? todayIn(user.timeZone, ctx.clock.now().toISOString());
  let rule: RecurrenceRule;
  try {
    rule =
      typeof input.rule === 'string'
        ? parseRecurrence(input.rule, start)
        : (input.rule as unknown as RecurrenceRule);
    describeRecurrence(rule);
  } catch (error) {
    throw invalidInput(`rule: ${(error as Error).message}`);
  }
  const id = await inTransaction(ctx, async (repos) => {
    if (
      (await repos.people.existing(userId, input.personIds)).size !== new Set(input.personIds).size
    ) {
      throw notFound('Person');
    }
    return repos.schedules.addRoutine(
      userId,
      {
        kind: input.kind,
        title: input.title,
        rule,
        personIds: input.personIds,
        assignee: input.assignee ?? null,
      },
      isoNow(ctx.clock),
    );
  });
  return presentRoutine((await ctx.repos.schedules.findRoutine(userId, id))!);
}

export function presentRoutine(
  routine: Awaited<ReturnType<AppContext['repos']['schedules']['findRoutine']>> & {},
) {
  return { ...routine, description: describeRecurrence(routine.rule as RecurrenceRule) };
}

export async function listRoutines(ctx: AppContext, userId: string) {
  return (await ctx.repos.schedules.listRoutines(userId)).map(presentRoutine);
}

export async function deleteRoutine(ctx: AppContext, userId: string, id: string) {
  if (!(await ctx.repos.schedules.deleteRoutine(userId, id))) throw notFound('Routine');
}

export interface RoutineOccurrence {
  routineId: string;
  kind: string;
  title: string;
  date: string;
  start?: string;
  people: string[];
  assignee: string | null;
}

/** Every occurrence of the user's routines between two dates, in date order. */
export async function routineOccurrences(
  ctx: AppContext,
  userId: string,
  from: string,
  to: string,
  kinds?: string[],
): Promise<RoutineOccurrence[]> {
  const [routines, schedule] = await Promise.all([
    ctx.repos.schedules.listRoutines(userId, kinds),
    userSchedule(ctx, userId),
  ]);
  if (routines.length === 0) return [];
  const names = await ctx.repos.people.existing(userId, [
    ...new Set(routines.flatMap((r) => r.personIds)),
  ]);
  const result: RoutineOccurrence[] = [];
  for (const routine of routines) {
    for (const occurrence of occurrences(routine.rule as RecurrenceRule, from, to, {
      zone: schedule.zone,
      hours: schedule.hours,
    })) {
      result.push({
        routineId: routine.id,
        kind: routine.kind,
        title: routine.title,
        date: occurrence.date,
        ...(occurrence.start && { start: occurrence.start }),
        people: routine.personIds.map((id) => names.get(id) ?? '').filter(Boolean),
        assignee: routine.assignee,
      });
    }
  }
  return result.sort((a, b) => (a.start ?? a.date).localeCompare(b.start ?? b.date));
}
