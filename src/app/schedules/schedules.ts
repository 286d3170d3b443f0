// Schedules: the user's and each person's zone, hours, office days and trips, and the routines
// (office visits, household routines, agreements, date nights) that recur on them.

import { z } from 'zod';
import {
  describeRecurrence,
  type OfficePlanPerson,
  occurrences,
  otherOffice,
  parseRecurrence,
  type RecurrenceRule,
  type Schedule,
  sameCity,
  type Trip,
  type WeeklyHours,
} from '../../domain/availability/index';
import {
  ASSIGNEES,
  type Assignee,
  ROUTINE_KINDS,
  type RoutineKind,
} from '../../domain/availability/types';
import { todayIn } from '../../domain/index';
import { epochDayFromIsoDate, isoDateFromEpochDay } from '../../domain/time/epoch-day';
import { countryCode, holidayCountry } from '../../domain/time/holidays';
import type { PersonRecord, PersonScheduleFields } from '../../store/people/person-repository';
import type { TripRecord } from '../../store/schedules/schedule-repository';
import type { UserRecord } from '../../store/users/user-repository';
import { timeZoneField } from '../accounts/fields';
import { defaultWorkingHours, WEEKDAYS, workingHoursSchema } from '../accounts/working-hours';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { invalidInput, notFound } from '../errors';
import { isoDateField } from '../people/person-input';
import { parseInput } from '../validation';

// Empty text clears a place field, as null does.
const placeField = (what: string) =>
  z
    .string()
    .trim()
    .max(100, `${what} is at most 100 characters`)
    .transform((v) => v || null)
    .nullable()
    .optional();

export const userScheduleInput = z
  .object({
    timeZone: timeZoneField.optional(),
    workingHours: workingHoursSchema.optional(),
    officeDays: z.array(z.enum(WEEKDAYS)).max(7).optional(),
    /** The city of the office the user goes to ("Berlin"); null clears it. */
    officeCity: placeField('The office city'),
    /** Its country ("Germany", "DE"): public holidays come from it (else from the zone). */
    officeCountry: placeField('The office country').refine((v) => !v || countryCode(v), {
      message: 'Give a country name or code, like Germany or DE',
    }),
    /** A named office, when the city has several ("Berlin HQ", "Kreuzberg hub"). */
    officeName: placeField('The office name'),
  })
  .strict();

/** Where the user's office is; every part may be unknown. */
export interface UserOffice {
  city: string | null;
  country: string | null;
  name: string | null;
}

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

export { ROUTINE_KINDS };

export const routineInput = z
  .object({
    kind: z.enum(ROUTINE_KINDS),
    title: z.string().trim().min(1, 'Give it a title').max(200),
    /** Words such as "every second Tuesday at 12:30", or a rule object. */
    rule: z.union([z.string().trim().min(1).max(200), z.record(z.string(), z.unknown())]),
    personIds: z.array(z.string().min(1).max(40)).max(50).default([]),
    assignee: z.enum(ASSIGNEES).nullable().optional(),
    /** The first day it can happen ("every second Tuesday" counts from here); default today. */
    start: isoDateField.optional(),
  })
  .strict();

/**
 * The user's own schedule: zone and hours from the account, office days, trips and the office's
 * place; with `holidays`, also the country whose public holidays the user has off (this loads
 * the holiday calendars, so only windows, slots and the office plan ask for it).
 */
export async function userSchedule(
  ctx: AppContext,
  userId: string,
  options: { holidays?: boolean } = {},
): Promise<Schedule & { office: UserOffice }> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const trips = await ctx.repos.schedules.listTrips(userId);
  const office = officeOf(user);
  const schedule = scheduleOf(user, trips, options);
  // A country the user gave is cheap to read; the zone's country needs every calendar loaded.
  if (!options.holidays && office.country) schedule.holidays = countryCode(office.country);
  return { ...schedule, office };
}

/** The user's schedule from an account already read and the trips already listed. */
export function scheduleOf(
  user: UserRecord,
  trips: TripRecord[],
  { holidays = false }: { holidays?: boolean } = {},
): Schedule {
  return {
    zone: user.timeZone,
    hours: user.workingHours as WeeklyHours,
    officeDays: (user.preferences.officeDays as Schedule['officeDays']) ?? [],
    trips: trips.filter((t) => t.personId === null).map(toTrip),
    // The office's country, else the zone's.
    ...(holidays && { holidays: holidayCountry(officeOf(user).country, user.timeZone) }),
  };
}

/** The user's office as stored in the preferences (beside the office days). */
export function officeOf(user: UserRecord): UserOffice {
  const office = (user.preferences.office ?? {}) as Partial<UserOffice>;
  return { city: office.city ?? null, country: office.country ?? null, name: office.name ?? null };
}

/**
 * A person's schedule; people without hours of their own are assumed on 09:00–17:00 weekdays.
 * With `holidays`, their country's public holidays (typed, else from their own zone) are off.
 */
export function personSchedule(
  person: PersonScheduleFields,
  userZone: string,
  trips: TripRecord[],
  { holidays = false }: { holidays?: boolean } = {},
): Schedule {
  return {
    zone: person.timeZone ?? userZone,
    hours: (person.workingHours as WeeklyHours | null) ?? (defaultWorkingHours() as WeeklyHours),
    officeDays: person.officeDays as Schedule['officeDays'],
    trips: trips.filter((t) => t.personId === person.id).map(toTrip),
    // Only what is known of the person: no zone and no country, no holidays assumed.
    ...(holidays && { holidays: holidayCountry(person.country, person.timeZone) }),
  };
}

/**
 * The people an office plan weighs: those with office days, on their own calendars (holidays
 * off), key or due for a catch-up (`due`: their ids) counting more.
 */
export function officePlanPeople(
  people: PersonRecord[],
  userZone: string,
  trips: TripRecord[],
  due: Set<string>,
): OfficePlanPerson[] {
  return people
    .filter((p) => p.officeDays.length > 0)
    .map((p) => ({
      id: p.id,
      name: p.name,
      schedule: personSchedule(p, userZone, trips, { holidays: true }),
      key: p.key,
      due: due.has(p.id),
      city: p.city,
      office: p.office,
    }));
}

const toTrip = (trip: TripRecord): Trip => ({
  city: trip.city,
  zone: trip.zone,
  from: trip.from,
  to: trip.to,
});

export async function setUserSchedule(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof userScheduleInput>,
) {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const office = officeOf(user);
  const officeChanged = [input.officeCity, input.officeCountry, input.officeName].some(
    (v) => v !== undefined,
  );
  const preferences = {
    ...user.preferences,
    ...(input.officeDays && { officeDays: input.officeDays }),
    ...(officeChanged && {
      office: {
        city: input.officeCity === undefined ? office.city : input.officeCity,
        country: input.officeCountry === undefined ? office.country : input.officeCountry,
        name: input.officeName === undefined ? office.name : input.officeName,
      },
    }),
  };
  await ctx.repos.users.update(
    userId,
    {
      ...(input.timeZone && { timeZone: input.timeZone }),
      ...(input.workingHours && { workingHours: input.workingHours }),
      ...((input.officeDays || officeChanged) && { preferences }),
    },
    isoNow(ctx.clock),
  );
  return userSchedule(ctx, userId);
}

/** The user's trips, for the schedule page. */
export function listTrips(ctx: AppContext, userId: string) {
  return ctx.repos.schedules.listTrips(userId);
}

export async function addTrip(ctx: AppContext, userId: string, input: z.output<typeof tripInput>) {
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

export async function addRoutine(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof routineInput>,
) {
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
  const warnings = input.kind === 'visit' ? await checkSameOffice(ctx, user, input.personIds) : [];
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
  const routine: ReturnType<typeof presentRoutine> & { warnings?: string[] } = presentRoutine(
    (await ctx.repos.schedules.findRoutine(userId, id))!,
  );
  if (warnings.length) routine.warnings = warnings;
  return routine;
}

/**
 * An office visit is to see people in the user's office. Once the user has said where the
 * office is, someone who works from another city (or another named office) is refused with the
 * reason, so the user can plan a trip instead; before that, when only their zones say so, the
 * visit is kept with a warning.
 */
async function checkSameOffice(
  ctx: AppContext,
  user: UserRecord,
  personIds: string[],
): Promise<string[]> {
  const office = officeOf(user);
  const people = await ctx.repos.people.findMany(user.id, [...new Set(personIds)]);
  const away = people.filter((p) =>
    otherOffice(
      { city: office.city, office: office.name, zone: user.timeZone },
      { city: p.city, office: p.office, zone: p.timeZone },
    ),
  );
  if (away.length === 0) return [];
  // Someone of the user's city is away only by their named office: say which.
  const where = (p: (typeof people)[number]) =>
    p.city && office.city && sameCity(p.city, office.city)
      ? (p.office ?? p.city)
      : (p.city ?? p.office ?? p.timeZone ?? 'another office');
  const names = away.map((p) => `${p.name} works in ${where(p)}`).join('; ');
  if (!office.city) {
    return [
      `${names}, not where you are: an office visit is to see people in your office. Set your office city (rapport schedule set --office-city CITY) and plan a trip to see them instead.`,
    ];
  }
  throw invalidInput(
    `${names}, not in your office (${office.name ?? office.city}): an office visit is to see people there. Plan a trip to see them instead (rapport trip add).`,
  );
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
  kind: RoutineKind;
  title: string;
  date: string;
  start?: string;
  people: string[];
  assignee: Assignee | null;
  /** Marked done or skipped for this date by the user. */
  status?: 'done' | 'skipped';
  /** The user is on a trip that day: the routine pauses (Today leaves it out). */
  away?: string;
}

/** Every occurrence of the user's routines between two dates, in date order. */
export async function routineOccurrences(
  ctx: AppContext,
  userId: string,
  from: string,
  to: string,
  // `schedule`: the user's, when the caller has read it already (Today), so it is not read twice.
  { kinds, schedule: known }: { kinds?: string[]; schedule?: Schedule } = {},
): Promise<RoutineOccurrence[]> {
  const [routines, schedule, marks] = await Promise.all([
    ctx.repos.schedules.listRoutines(userId, kinds),
    known ?? userSchedule(ctx, userId),
    ctx.repos.schedules.listRoutineMarks(userId, from, to),
  ]);
  if (routines.length === 0) return [];
  const names = await ctx.repos.people.existing(userId, [
    ...new Set(routines.flatMap((r) => r.personIds)),
  ]);
  const status = new Map(marks.map((m) => [`${m.routineId}|${m.date}`, m.status]));
  const result: RoutineOccurrence[] = [];
  for (const routine of routines) {
    for (const occurrence of occurrences(routine.rule as RecurrenceRule, from, to, {
      zone: schedule.zone,
      hours: schedule.hours,
    })) {
      const mark = status.get(`${routine.id}|${occurrence.date}`);
      const away = tripOn(schedule.trips, occurrence.date);
      result.push({
        routineId: routine.id,
        kind: routine.kind,
        title: routine.title,
        date: occurrence.date,
        ...(occurrence.start && { start: occurrence.start }),
        people: routine.personIds.map((id) => names.get(id) ?? '').filter(Boolean),
        assignee: routine.assignee,
        ...(mark && { status: mark }),
        ...(away && { away: away.city }),
      });
    }
  }
  return result.sort((a, b) => (a.start ?? a.date).localeCompare(b.start ?? b.date));
}

/** The user's trip covering a date, if any. */
function tripOn(trips: Trip[], date: string): Trip | undefined {
  return trips.find((t) => t.from <= date && date <= t.to);
}

export const routineMarkInput = z
  .object({
    /** Which occurrence (YYYY-MM-DD); default: the next one, today included. */
    date: isoDateField.optional(),
  })
  .strict();

/**
 * Marks one occurrence of a routine done or skipped: by default the next one not yet marked
 * from today in the user's zone (within a year), else the date given, which must be one of its
 * dates (marking it again replaces the mark).
 */
export async function markRoutine(
  ctx: AppContext,
  userId: string,
  routineId: string,
  status: 'done' | 'skipped',
  input: z.output<typeof routineMarkInput>,
) {
  const [user, routine] = await Promise.all([
    ctx.repos.users.findById(userId),
    ctx.repos.schedules.findRoutine(userId, routineId),
  ]);
  if (!user) throw notFound('User');
  if (!routine) throw notFound('Routine');
  const today = todayIn(user.timeZone, ctx.clock.now().toISOString());
  const options = { zone: user.timeZone, hours: user.workingHours as WeeklyHours };
  const rule = routine.rule as RecurrenceRule;
  let date: string;
  if (input.date) {
    if (occurrences(rule, input.date, input.date, options).length === 0) {
      throw invalidInput(
        `${routine.title} does not happen on ${input.date} (${describeRecurrence(rule)}).`,
      );
    }
    date = input.date;
  } else {
    // The next occurrence not yet marked: "done" today, then "skip" settles tomorrow's.
    const yearOn = isoDateFromEpochDay(epochDayFromIsoDate(today)! + 366);
    const marked = new Set(
      (await ctx.repos.schedules.listRoutineMarks(userId, today, yearOn))
        .filter((m) => m.routineId === routineId)
        .map((m) => m.date),
    );
    const next = occurrences(rule, today, yearOn, options).find((o) => !marked.has(o.date));
    if (!next) throw invalidInput(`${routine.title} does not come up in the next year.`);
    date = next.date;
  }
  await ctx.repos.schedules.markRoutine(userId, { routineId, date, status }, isoNow(ctx.clock));
  return { routine: presentRoutine(routine), date, status };
}

/** Takes back a done or skipped mark. */
export async function unmarkRoutine(
  ctx: AppContext,
  userId: string,
  routineId: string,
  rawDate: string,
) {
  if (!(await ctx.repos.schedules.findRoutine(userId, routineId))) throw notFound('Routine');
  const { date } = parseInput(z.object({ date: isoDateField }), { date: rawDate });
  if (!(await ctx.repos.schedules.unmarkRoutine(userId, routineId, date))) {
    throw notFound('Mark');
  }
}
