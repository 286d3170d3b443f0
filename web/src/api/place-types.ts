// Shapes of the "time and place" JSON (schedules, trips, routines, availability, links). Those
// the server's schemas describe are inferred from them (type-only); the availability answers
// below (now, window, slots, office plan, status) are documented as free objects on the server
// so far, and are written here until their schemas are.
import type { z } from '@hono/zod-openapi';
import type { Assignee, RoutineKind } from '../../../src/domain/availability/types';
import type {
  OccurrenceSchema,
  OfficeSchema,
  RoutineMarkSchema,
  RoutineSchema,
  routineInput,
  ScheduleSchema,
  TripSchema,
  tripInput,
  userScheduleInput,
} from '../../../src/http/schedules/schedule-routes';
import type { Weekday } from './types';

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
  people: { id: string; name: string; why: string }[];
}

/** The server documents `kind` and `assignee` as text; they hold the domain's words. */
export type Routine = Omit<z.infer<typeof RoutineSchema>, 'kind' | 'assignee'> & {
  kind: RoutineKind;
  assignee: Assignee | null;
};
export type RoutineInput = z.input<typeof routineInput>;
export type Occurrence = Omit<z.infer<typeof OccurrenceSchema>, 'kind' | 'assignee'> & {
  kind: RoutineKind;
  assignee: Assignee | null;
};
/** One occurrence of a routine marked done or skipped. */
export type RoutineMark = Omit<z.infer<typeof RoutineMarkSchema>, 'routine'> & { routine: Routine };

export interface WorkingNow {
  now: string;
  you: { working: boolean; localTime: string; zone: string };
  people: { id: string; name: string; localTime: string; zone: string }[];
}

export interface LocalWindow {
  date: string;
  start: string;
  end: string;
}

export interface ReachWindow {
  start: string;
  end: string;
  userLocal: LocalWindow;
  personLocal: LocalWindow;
}

export interface SlotQuery {
  people: string[];
  length: number;
  days: number;
  inPerson: boolean;
}

export interface Slot {
  start: string;
  end: string;
  score: number;
  officeDay: boolean;
  /** Each participant's local date and time at the start; the first is the user. */
  local: { id: string; date: string; time: string; zone: string }[];
}

export interface OfficeDay {
  date: string;
  weekday: Weekday;
  userOfficeDay: boolean;
  score: number;
  people: { id: string; name: string; why: string }[];
}

export interface WorkStatus {
  atWork: boolean;
  /** "Until Mon 17:00", "Back at work Tue 09:00". */
  detail: string;
  /** "09:00–17:00", or "day off". */
  todayHours: string;
}
