// Test data builders for availability tests; kept beside the code because domain owns its shapes.
import { parseHours } from './hours.js';
import type { Schedule, Trip, Weekday } from './types.js';

/** A schedule in `zone` with hours typed as text (Monday to Friday 09:00-17:00 unless given). */
export function aSchedule(
  zone: string,
  hours = 'mon-fri 09:00-17:00',
  officeDays: Weekday[] = [],
  trips: Trip[] = [],
): Schedule {
  return { zone, hours: parseHours(hours), officeDays, trips };
}
