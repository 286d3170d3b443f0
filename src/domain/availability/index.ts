// Time and place: working hours, office days, trips, shared windows, meeting slots, the
// office-day planner, recurring dates and city names. Pure functions, plain data in and out.

export { normalizeCity, sameCity } from './city.js';
export { formatHours, noHours, parseHours } from './hours.js';
export {
  type OfficeDay,
  type OfficePlanInput,
  type OfficePlanPerson,
  officePlan,
  otherOffice,
  PERSON_WEIGHT,
} from './office-plan.js';
export {
  describeRecurrence,
  type Occurrence,
  occurrences,
  type RecurrenceRule,
} from './recurrence.js';
export { parseRecurrence } from './recurrence-parse.js';
export { digestDue, END_OF_DAY_GAP_MINUTES, endOfDayDue } from './reminders.js';
export { zoneOn } from './schedule.js';
export {
  type MeetingSlot,
  meetingSlots,
  type SlotLocal,
  type SlotOptions,
  type SlotParticipant,
} from './slots.js';
export { type WorkingAt, type WorkStatus, workingAt, workStatus } from './status.js';
export type { HourRange, Schedule, Trip, Weekday, WeeklyHours } from './types.js';
export { WEEKDAYS } from './types.js';
export { parseWeekdays } from './weekdays.js';
export {
  type LocalWindow,
  nextSharedWindow,
  type SharedWindow,
  sharedWindowFinder,
  sharedWindows,
  type TimeWindow,
} from './work-overlap.js';
