// Shapes of the "time and place" JSON (schedules, trips, routines, availability, links),
// inferred from the server's schemas (type-only imports: no server code reaches the bundle).
import type { z } from '@hono/zod-openapi';
import type { Assignee, RoutineKind } from '../../../src/domain/availability/types';
import type {
  OfficeDaySchema,
  OfficePlanSchema,
  OfficeSchema,
  PersonWindowSchema,
  ReachWindowSchema,
  SlotSchema,
  SlotsSchema,
  TripPeopleSchema,
  WorkingNowSchema,
  WorkStatusSchema,
} from '../../../src/http/schedules/availability-schemas';
import type {
  OccurrenceSchema,
  RoutineMarkSchema,
  RoutineSchema,
  routineInput,
  ScheduleSchema,
  TripSchema,
  tripInput,
  userScheduleInput,
} from '../../../src/http/schedules/schedule-routes';

export { ROUTINE_KINDS } from '../../../src/domain/availability/types';
export type { Assignee, RoutineKind };

/** The user's own schedule: zone, hours per weekday, office days and their own trips. */
export type Schedule = z.infer<typeof ScheduleSchema>;
export type ScheduleTrip = Schedule['trips'][number];
/** Where the user's office is: its city, country and name ("Berlin HQ"); each may be unknown. */
export type Office = z.infer<typeof OfficeSchema>;
export type ScheduleChange = z.input<typeof userScheduleInput>;
export type Trip = z.infer<typeof TripSchema>;
export type TripInput = z.input<typeof tripInput>;

export interface TripPeople {
  trip: Trip;
  people: z.infer<typeof TripPeopleSchema>;
}

export type Routine = z.infer<typeof RoutineSchema>;
export type RoutineInput = z.input<typeof routineInput>;
export type Occurrence = z.infer<typeof OccurrenceSchema>;
/** One occurrence of a routine marked done or skipped. */
export type RoutineMark = z.infer<typeof RoutineMarkSchema>;

/** Who is inside working hours right now, with their local time. */
export type WorkingNow = z.infer<typeof WorkingNowSchema>;
/** The next time the user and a person are both working, on both wall clocks. */
export type ReachWindow = z.infer<typeof ReachWindowSchema>;
export type PersonWindow = z.infer<typeof PersonWindowSchema>;

/** A meeting-slot search as the slot finder holds it (the query string spells it out). */
export interface SlotQuery {
  people: string[];
  length: number;
  days: number;
  inPerson: boolean;
}

export type Slot = z.infer<typeof SlotSchema>;
export type Slots = z.infer<typeof SlotsSchema>;
export type OfficeDay = z.infer<typeof OfficeDaySchema>;
export type OfficePlan = z.infer<typeof OfficePlanSchema>;
export type WorkStatus = z.infer<typeof WorkStatusSchema>;
