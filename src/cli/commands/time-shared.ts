// Shared by the time-and-place verbs (schedule, trip, now, window, slots, office, routine):
// the API's shapes, reading hours, days and lengths as typed, and printing times in a zone.
import type { z } from '@hono/zod-openapi';
import { Temporal } from 'temporal-polyfill';
import {
  formatHours,
  parseHours,
  parseWeekdays,
  type Weekday,
  type WeeklyHours,
} from '../../domain/availability/index';
import { DomainInputError } from '../../domain/index';
import type {
  OccurrenceSchema,
  RoutineSchema,
  ScheduleSchema,
  TripSchema,
} from '../../http/schedules/schedule-routes';
import type { ApiClient } from '../api-client';
import { CliError } from '../errors';
import { isoDate, parseDateAhead } from '../when';

// The API's shapes, inferred (type-only) from the server's schemas.
export type ScheduleJson = z.infer<typeof ScheduleSchema>;
export type TripJson = z.infer<typeof TripSchema>;
export type RoutineJson = z.infer<typeof RoutineSchema>;
export type OccurrenceJson = z.infer<typeof OccurrenceSchema>;

/** Turns a domain input error into a one-line CliError that names the flag. */
function asCliError<T>(flag: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DomainInputError) throw new CliError(`${flag}: ${error.message}`);
    throw error;
  }
}

/** `--hours "mon-fri 09:00-17:30; sat 10:00-12:00"` as the API takes it. */
export function readHours(text: string): WeeklyHours {
  return asCliError('--hours', () => parseHours(text));
}

/** `--office tue,thu` (or "none") as the API takes it. */
export function readWeekdays(text: string, flag = '--office'): Weekday[] {
  return asCliError(flag, () => parseWeekdays(text));
}

/** Hours as compact text, "mon-fri 09:00-17:30", or "off". */
export function hoursText(hours: WeeklyHours): string {
  try {
    return formatHours(hours);
  } catch {
    return 'unreadable';
  }
}

/** A meeting length typed as `30m`, `1h`, `90m`, `1h30m`, `1.5h` or plain minutes, in minutes. */
export function readLength(text: string): number {
  const raw = text.trim().toLowerCase().replace(/\s+/g, '');
  const match =
    /^(?:(\d+(?:\.\d+)?)h(?:ours?|rs?)?)?(?:(\d+)m(?:in(?:utes?|s)?)?)?$/.exec(raw) ??
    /^()(\d+)$/.exec(raw);
  const minutes =
    match && (match[1] || match[2])
      ? Math.round(Number(match[1] || 0) * 60 + Number(match[2] || 0))
      : Number.NaN;
  if (!Number.isFinite(minutes) || minutes < 5 || minutes > 480) {
    throw new CliError(
      `--length "${text}" is not a meeting length from 5 minutes to 8 hours; use 30m, 1h or 90m.`,
    );
  }
  return minutes;
}

/** A whole number from `min` to `max` given to `flag`. */
export function readCount(text: string, flag: string, min: number, max: number): number {
  const value = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new CliError(`${flag} "${text}" must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** A day from today on, in the user's zone; `flag` names the flag in errors. */
export function readDateAhead(text: string, zone: string, flag: string): string {
  try {
    return parseDateAhead(text, new Date().toISOString(), zone);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`${flag}: ${error.message}`);
    throw error;
  }
}

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "Tue" for a `YYYY-MM-DD` date. */
export function weekdayOf(date: string): string {
  const plain = isoDate(date);
  return plain ? WEEKDAY_SHORT[Temporal.PlainDate.from(plain).dayOfWeek - 1]! : '';
}

/** "Tue 2026-05-05" for a `YYYY-MM-DD` date. */
export function dayLabel(date: string): string {
  return `${weekdayOf(date)} ${date}`.trim();
}

/** The local date and `HH:MM` of an instant in `zone`. */
export function localOf(iso: string, zone: string): { date: string; time: string } {
  const t = Temporal.Instant.from(iso).toZonedDateTimeISO(zone);
  return {
    date: t.toPlainDate().toString(),
    time: `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`,
  };
}

/** "Tue 2026-05-05 15:00" for an instant in `zone`. */
export function instantLabel(iso: string, zone: string): string {
  const { date, time } = localOf(iso, zone);
  return `${dayLabel(date)} ${time}`;
}

/** The first word of a name, for short sentences ("09:00 for Bo"). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Names of the user's people by id (one request). */
export async function namesById(client: ApiClient): Promise<Map<string, string>> {
  const { people } = await client.request<{ people: { id: string; name: string }[] }>(
    'GET',
    '/api/people',
  );
  return new Map(people.map((p) => [p.id, p.name]));
}
