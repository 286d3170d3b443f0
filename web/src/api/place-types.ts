// Shapes of the "time and place" JSON (schedules, trips, routines, availability, links), as in
// the API contract.
import type { Weekday, WorkingHours } from './types';

export interface ScheduleTrip {
  city: string;
  zone: string;
  from: string;
  to: string;
}

/** Where the user's office is: its city, country and name ("Berlin HQ"); each may be unknown. */
export interface Office {
  city: string | null;
  country: string | null;
  name: string | null;
}

/** The user's own schedule: zone, hours per weekday, office days and their own trips. */
export interface Schedule {
  zone: string;
  hours: WorkingHours;
  officeDays: Weekday[];
  trips: ScheduleTrip[];
  office: Office;
  /** The country code whose public holidays are days off, when the office's country is given. */
  holidays?: string | null;
}

export interface ScheduleChange {
  timeZone?: string;
  workingHours?: WorkingHours;
  officeDays?: Weekday[];
  /** Empty text or null clears it. */
  officeCity?: string | null;
  officeCountry?: string | null;
  officeName?: string | null;
}

export interface Trip extends ScheduleTrip {
  id: string;
  /** Null: the user's own trip. */
  personId: string | null;
  createdAt: string;
}

export interface TripInput extends ScheduleTrip {
  personId?: string | null;
}

export interface TripPeople {
  trip: Trip;
  people: { id: string; name: string; why: string }[];
}

export const ROUTINE_KINDS = ['visit', 'routine', 'agreement', 'date'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];
export type Assignee = 'me' | 'them' | 'both';

export interface Routine {
  id: string;
  kind: RoutineKind;
  title: string;
  /** The parsed rule; `description` says it in words. */
  rule: unknown;
  description: string;
  personIds: string[];
  assignee: Assignee | null;
  createdAt: string;
}

export interface RoutineInput {
  kind: RoutineKind;
  title: string;
  /** Words: "every second Tuesday", "weekdays at 12:30". */
  rule: string;
  personIds: string[];
  assignee?: Assignee | null;
  start?: string;
}

export interface Occurrence {
  routineId: string;
  kind: RoutineKind;
  title: string;
  /** `YYYY-MM-DD` in the user's calendar. */
  date: string;
  /** The instant it starts, when the rule has a time. */
  start?: string;
  people: string[];
  assignee: Assignee | null;
  /** Marked done or skipped for this date. */
  status?: 'done' | 'skipped';
  /** The city of the user's trip that day: the routine pauses. */
  away?: string;
}

/** One occurrence of a routine marked done or skipped. */
export interface RoutineMark {
  routine: Routine;
  date: string;
  status: 'done' | 'skipped';
}

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
