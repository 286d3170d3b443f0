import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { feedToken, feedUrl, rotateFeed } from '../../app/links/feeds';
import { isoDateField } from '../../app/people/person-input';
import {
  findSlots,
  officePlan,
  officePlanInput,
  reachOutWindow,
  slotsInput,
  tripMeetups,
  whoIsWorking,
} from '../../app/schedules/availability';
import { householdStatus } from '../../app/schedules/household';
import {
  addRoutine,
  addTrip,
  deleteRoutine,
  deleteTrip,
  listRoutines,
  listTrips,
  markRoutine,
  routineInput,
  routineMarkInput,
  routineOccurrences,
  setUserSchedule,
  tripInput,
  unmarkRoutine,
  userSchedule,
  userScheduleInput,
} from '../../app/schedules/schedules';
import { ASSIGNEES, ROUTINE_KINDS } from '../../domain/availability/types';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam } from '../people/people-schemas';
import {
  DateText,
  errorResponses,
  InstantText,
  json,
  jsonBody,
  WeekdaySchema,
  WorkingHoursSchema,
} from '../schemas';
import {
  OfficePlanSchema,
  OfficeSchema,
  PersonWindowSchema,
  SlotsSchema,
  TripPeopleSchema,
  WorkingNowSchema,
  WorkStatusSchema,
} from './availability-schemas';

// The request bodies, defined beside their use-cases; re-exported for clients to type against.
export { routineInput, tripInput, userScheduleInput };

const tags = ['schedule'];
const tripStay = {
  city: z.string(),
  zone: z.string().openapi({ description: 'The IANA zone in force there' }),
  from: DateText,
  to: DateText.openapi({ description: 'Inclusive' }),
};
export const TripSchema = z
  .object({
    id: z.string(),
    personId: z.string().nullable().openapi({ description: 'Null: your own trip' }),
    ...tripStay,
    createdAt: InstantText,
  })
  .openapi('Trip');
const RoutineKindSchema = z.enum(ROUTINE_KINDS);
const AssigneeSchema = z.enum(ASSIGNEES).nullable();
export const RoutineSchema = z
  .object({
    id: z.string(),
    kind: RoutineKindSchema,
    title: z.string(),
    rule: z.unknown(),
    description: z.string(),
    personIds: z.array(z.string()),
    assignee: AssigneeSchema,
    createdAt: z.string(),
  })
  .openapi('Routine');
export const ScheduleSchema = z
  .object({
    zone: z.string(),
    hours: WorkingHoursSchema,
    officeDays: z.array(WeekdaySchema),
    trips: z.array(z.object(tripStay)),
    /** The country (ISO code) whose public holidays are your days off, when you gave your office's. */
    holidays: z.string().nullable().optional(),
    office: OfficeSchema,
  })
  .openapi('Schedule');
export const RoutineMarkSchema = z
  .object({ routine: RoutineSchema, date: z.string(), status: z.enum(['done', 'skipped']) })
  .openapi('RoutineMark');
export const OccurrenceSchema = z
  .object({
    routineId: z.string(),
    kind: RoutineKindSchema,
    title: z.string(),
    date: DateText,
    start: InstantText.optional().openapi({ description: 'When the rule has a time' }),
    people: z.array(z.string()),
    assignee: AssigneeSchema,
    status: z.enum(['done', 'skipped']).optional(),
    away: z.string().optional().openapi({
      description: 'The city of your trip that day: the routine pauses',
    }),
  })
  .openapi('RoutineOccurrence');
// The date is checked after the routine is found, so another user's routine is "not found".
const markParams = z.object({ id: z.string().min(1).max(40), date: z.string().min(1).max(40) });
const LinkSchema = z.object({ url: z.string() });
const rangeQuery = z.object({ from: isoDateField, to: isoDateField });

// P keeps each path a literal type, so the typed test client can tell the routes apart.
const route = <P extends string, R extends Omit<RouteConfig, 'path'> & { path: P }>(r: R) =>
  createRoute({ tags, ...r });

export const routes = {
  schedule: route({
    method: 'get',
    path: '/api/schedule',
    summary: 'Your zone, working hours, office days and trips',
    responses: {
      200: json(z.object({ schedule: ScheduleSchema }), 'Schedule'),
      ...errorResponses(401),
    },
  }),
  setSchedule: route({
    method: 'put',
    path: '/api/schedule',
    summary: 'Set your zone, working hours and office days',
    request: { body: jsonBody(userScheduleInput) },
    responses: {
      200: json(z.object({ schedule: ScheduleSchema }), 'Schedule'),
      ...errorResponses(400, 401, 403, 413),
    },
  }),
  trips: route({
    method: 'get',
    path: '/api/trips',
    summary: 'Trips, yours and your people’s',
    responses: {
      200: json(z.object({ trips: z.array(TripSchema) }), 'Trips'),
      ...errorResponses(401),
    },
  }),
  addTrip: route({
    method: 'post',
    path: '/api/trips',
    summary: 'Add a trip (yours, or a person’s with personId)',
    request: { body: jsonBody(tripInput) },
    responses: {
      201: json(z.object({ trip: TripSchema }), 'Added'),
      ...errorResponses(400, 401, 403, 404, 413),
    },
  }),
  deleteTrip: route({
    method: 'delete',
    path: '/api/trips/{id}',
    summary: 'Delete a trip',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
  meetups: route({
    method: 'get',
    path: '/api/trips/{id}/people',
    summary: 'People to meet on a trip: they live there, or are there too',
    request: { params: idParam },
    responses: {
      200: json(
        z.object({
          trip: TripSchema,
          people: TripPeopleSchema,
        }),
        'People',
      ),
      ...errorResponses(401, 404),
    },
  }),
  routines: route({
    method: 'get',
    path: '/api/routines',
    summary: 'Office visits, household routines, agreements and date nights',
    responses: {
      200: json(z.object({ routines: z.array(RoutineSchema) }), 'Routines'),
      ...errorResponses(401),
    },
  }),
  addRoutine: route({
    method: 'post',
    path: '/api/routines',
    summary: 'Add a recurring visit, routine, agreement or date ("every second Tuesday")',
    request: { body: jsonBody(routineInput) },
    responses: {
      201: json(
        z.object({
          routine: RoutineSchema,
          /** An office visit naming people who seem to work elsewhere (by their zone). */
          warnings: z.array(z.string()).optional(),
        }),
        'Added',
      ),
      ...errorResponses(400, 401, 403, 404, 413),
    },
  }),
  deleteRoutine: route({
    method: 'delete',
    path: '/api/routines/{id}',
    summary: 'Delete a routine',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
  doneRoutine: route({
    method: 'post',
    path: '/api/routines/{id}/done',
    summary: 'Mark this occurrence (the next, today included, or `date`) done',
    request: { params: idParam, body: { ...jsonBody(routineMarkInput), required: false } },
    responses: {
      200: json(RoutineMarkSchema, 'Marked'),
      ...errorResponses(400, 401, 403, 404, 413),
    },
  }),
  skipRoutine: route({
    method: 'post',
    path: '/api/routines/{id}/skip',
    summary: 'Skip this occurrence (the next, today included, or `date`); the others stay',
    request: { params: idParam, body: { ...jsonBody(routineMarkInput), required: false } },
    responses: {
      200: json(RoutineMarkSchema, 'Skipped'),
      ...errorResponses(400, 401, 403, 404, 413),
    },
  }),
  unmarkRoutine: route({
    method: 'delete',
    path: '/api/routines/{id}/marks/{date}',
    summary: 'Take back a done or skipped mark',
    request: { params: markParams },
    responses: { 204: { description: 'Taken back' }, ...errorResponses(400, 401, 403, 404) },
  }),
  occurrences: route({
    method: 'get',
    path: '/api/routines/occurrences',
    summary: 'When routines happen between two dates',
    request: { query: rangeQuery },
    responses: {
      200: json(z.object({ occurrences: z.array(OccurrenceSchema) }), 'Occurrences'),
      ...errorResponses(400, 401),
    },
  }),
  now: route({
    method: 'get',
    path: '/api/now',
    summary: 'Who is inside working hours right now, with their local time',
    responses: { 200: json(WorkingNowSchema, 'Now'), ...errorResponses(401) },
  }),
  window: route({
    method: 'get',
    path: '/api/people/{id}/window',
    summary: 'The next time you and the person are both working',
    request: { params: idParam },
    responses: { 200: json(PersonWindowSchema, 'Window'), ...errorResponses(401, 404) },
  }),
  slots: route({
    method: 'get',
    path: '/api/slots',
    summary: 'Meeting slots when everyone is within working hours',
    request: { query: slotsInput },
    responses: { 200: json(SlotsSchema, 'Slots'), ...errorResponses(400, 401, 404) },
  }),
  office: route({
    method: 'get',
    path: '/api/office/plan',
    summary: 'Your office days ranked by whom you would see',
    request: { query: officePlanInput },
    responses: { 200: json(OfficePlanSchema, 'Plan'), ...errorResponses(400, 401) },
  }),
  status: route({
    method: 'get',
    path: '/api/status',
    summary: 'At work or off, and today’s hours (what the household page shows)',
    responses: { 200: json(WorkStatusSchema, 'Status'), ...errorResponses(401) },
  }),
  calendar: route({
    method: 'get',
    path: '/api/calendar',
    summary: 'Your secret calendar subscription address',
    responses: { 200: json(LinkSchema, 'Address'), ...errorResponses(401) },
  }),
  rotateCalendar: route({
    method: 'post',
    path: '/api/calendar/rotate',
    summary: 'Replace the calendar address; the old one stops working',
    responses: { 200: json(LinkSchema, 'New address'), ...errorResponses(401, 403) },
  }),
  home: route({
    method: 'get',
    path: '/api/home-link',
    summary: 'Your household page address (status and hours only)',
    responses: { 200: json(LinkSchema, 'Address'), ...errorResponses(401) },
  }),
  rotateHome: route({
    method: 'post',
    path: '/api/home-link/rotate',
    summary: 'Replace the household page address',
    responses: { 200: json(LinkSchema, 'New address'), ...errorResponses(401, 403) },
  }),
};

export function registerScheduleRoutes(app: HttpApp) {
  const base = (c: {
    get(k: 'ctx'): { settings: { publicUrl: string | null } };
    req: { url: string };
  }) => c.get('ctx').settings.publicUrl ?? new URL(c.req.url).origin;
  const user = (c: Parameters<typeof principalOf>[0]) => principalOf(c).userId;

  app.openapi(routes.schedule, async (c) =>
    c.json({ schedule: await userSchedule(c.get('ctx'), user(c)) }, 200),
  );
  app.openapi(routes.setSchedule, async (c) =>
    c.json({ schedule: await setUserSchedule(c.get('ctx'), user(c), c.req.valid('json')) }, 200),
  );
  app.openapi(routes.trips, async (c) =>
    c.json({ trips: await listTrips(c.get('ctx'), user(c)) }, 200),
  );
  app.openapi(routes.addTrip, async (c) =>
    c.json({ trip: await addTrip(c.get('ctx'), user(c), c.req.valid('json')) }, 201),
  );
  app.openapi(routes.deleteTrip, async (c) => {
    await deleteTrip(c.get('ctx'), user(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(routes.meetups, async (c) =>
    c.json(await tripMeetups(c.get('ctx'), user(c), c.req.valid('param').id), 200),
  );
  app.openapi(routes.routines, async (c) =>
    c.json({ routines: await listRoutines(c.get('ctx'), user(c)) }, 200),
  );
  app.openapi(routes.addRoutine, async (c) => {
    const { warnings, ...routine } = await addRoutine(c.get('ctx'), user(c), c.req.valid('json'));
    return c.json({ routine, ...(warnings && { warnings }) }, 201);
  });
  app.openapi(routes.deleteRoutine, async (c) => {
    await deleteRoutine(c.get('ctx'), user(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
  for (const [which, status] of [
    [routes.doneRoutine, 'done'],
    [routes.skipRoutine, 'skipped'],
  ] as const) {
    app.openapi(which, async (c) => {
      // The body is optional: without one the validator hands over {} (the next occurrence).
      const { id } = c.req.valid('param');
      return c.json(await markRoutine(c.get('ctx'), user(c), id, status, c.req.valid('json')), 200);
    });
  }
  app.openapi(routes.unmarkRoutine, async (c) => {
    const { id, date } = c.req.valid('param');
    await unmarkRoutine(c.get('ctx'), user(c), id, date);
    return c.body(null, 204);
  });
  app.openapi(routes.occurrences, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json({ occurrences: await routineOccurrences(c.get('ctx'), user(c), from, to) }, 200);
  });
  app.openapi(routes.now, async (c) => c.json(await whoIsWorking(c.get('ctx'), user(c)), 200));
  app.openapi(routes.window, async (c) =>
    c.json(await reachOutWindow(c.get('ctx'), user(c), c.req.valid('param').id), 200),
  );
  app.openapi(routes.slots, async (c) =>
    c.json(await findSlots(c.get('ctx'), user(c), c.req.valid('query')), 200),
  );
  app.openapi(routes.office, async (c) =>
    c.json(await officePlan(c.get('ctx'), user(c), c.req.valid('query')), 200),
  );
  app.openapi(routes.status, async (c) =>
    c.json(await householdStatus(c.get('ctx'), user(c)), 200),
  );
  app.openapi(routes.calendar, async (c) =>
    c.json(
      { url: feedUrl(base(c), 'calendar', await feedToken(c.get('ctx'), user(c), 'calendar')) },
      200,
    ),
  );
  app.openapi(routes.rotateCalendar, async (c) =>
    c.json(
      { url: feedUrl(base(c), 'calendar', await rotateFeed(c.get('ctx'), user(c), 'calendar')) },
      200,
    ),
  );
  app.openapi(routes.home, async (c) =>
    c.json({ url: feedUrl(base(c), 'home', await feedToken(c.get('ctx'), user(c), 'home')) }, 200),
  );
  app.openapi(routes.rotateHome, async (c) =>
    c.json({ url: feedUrl(base(c), 'home', await rotateFeed(c.get('ctx'), user(c), 'home')) }, 200),
  );
}
