import { DomainInputError } from '../input-error.js';
import { requireIsoDate } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { requireTimeZone } from '../time/time-zone.js';
import { type ZoneClock, zoneClockFor } from '../time/zone-clock.js';
import { compileHours, type MinuteRange } from './hours.js';
import { instantOfLocal } from './local-time.js';
import type { Schedule } from './types.js';
import { requireWeekdays } from './weekdays.js';

/** A trip as the instants it is in force: [startMs, endMs). */
export interface CompiledTrip {
  city: string;
  zone: string;
  clock: ZoneClock;
  startMs: number;
  endMs: number;
}

/** A validated Schedule in numbers: minute ranges per weekday, office day flags, trips. */
export interface CompiledSchedule {
  zone: string;
  clock: ZoneClock;
  days: MinuteRange[][];
  office: Set<number>;
  /** Highest precedence first: the trip that started latest wins where trips overlap. */
  trips: CompiledTrip[];
  /** ISO country code whose public holidays are days off, or null. */
  holidays: string | null;
}

/**
 * Checks a Schedule and turns it into numbers; bad data throws a DomainInputError. Without
 * `hours` the working hours are neither read nor checked (every day looks off).
 */
export function compileSchedule(schedule: Schedule, { hours = true } = {}): CompiledSchedule {
  if (typeof schedule !== 'object' || schedule === null) {
    throw new DomainInputError('invalid_schedule', 'The schedule is missing.');
  }
  const zone = requireTimeZone(schedule.zone, 'zone');
  const ordered = (schedule.trips ?? []).map((trip, index) => ({ trip, index }));
  const trips = ordered
    .map(({ trip, index }) => ({ ...compileTrip(trip), index }))
    .sort((a, b) => b.fromDay - a.fromDay || b.index - a.index)
    .map(({ city, zone, clock, startMs, endMs }) => ({ city, zone, clock, startMs, endMs }));
  return {
    zone,
    clock: zoneClockFor(zone),
    days: hours ? compileHours(schedule.hours) : [[], [], [], [], [], [], []],
    office: requireWeekdays(schedule.officeDays ?? [], 'office days'),
    trips,
    holidays: requireCountry(schedule.holidays),
  };
}

function requireCountry(code: unknown): string | null {
  if (code === undefined || code === null) return null;
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) {
    throw new DomainInputError('invalid_country', `"${String(code)}" is not a country code.`);
  }
  return code;
}

function compileTrip(trip: Schedule['trips'][number]) {
  const city = typeof trip?.city === 'string' ? trip.city.trim() : '';
  const zone = requireTimeZone(trip?.zone, `zone of the trip to ${city || 'a city'}`);
  const fromDay = requireIsoDate(trip.from, `first day of the trip to ${city}`);
  const toDay = requireIsoDate(trip.to, `last day of the trip to ${city}`);
  if (toDay < fromDay) {
    throw new DomainInputError(
      'invalid_trip',
      `The trip to ${city} ends (${trip.to}) before it starts (${trip.from}).`,
    );
  }
  const clock = zoneClockFor(zone);
  const startMs = instantOfLocal(clock, fromDay, 0);
  const endMs = instantOfLocal(clock, toDay + 1, 0);
  return { city, zone, clock, fromDay, startMs, endMs };
}

/** The trip in force at an instant, or null at home. */
export function tripAt(schedule: CompiledSchedule, epochMs: number): CompiledTrip | null {
  for (const trip of schedule.trips) {
    if (epochMs >= trip.startMs && epochMs < trip.endMs) return trip;
  }
  return null;
}

/** The clock in force at an instant: the trip's while a trip lasts, else home. */
export function clockAt(schedule: CompiledSchedule, epochMs: number): ZoneClock {
  return tripAt(schedule, epochMs)?.clock ?? schedule.clock;
}

/** A stretch of time with one zone in force. */
export interface ZoneSegment {
  clock: ZoneClock;
  startMs: number;
  endMs: number;
}

/** [fromMs, toMs) cut where trips begin and end, each piece with the zone in force. */
export function zoneSegments(schedule: CompiledSchedule, fromMs: number, toMs: number) {
  const cuts = new Set<number>([fromMs, toMs]);
  for (const trip of schedule.trips) {
    if (trip.startMs > fromMs && trip.startMs < toMs) cuts.add(trip.startMs);
    if (trip.endMs > fromMs && trip.endMs < toMs) cuts.add(trip.endMs);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ZoneSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const startMs = points[i]!;
    const clock = clockAt(schedule, startMs);
    const last = segments[segments.length - 1];
    if (last && last.clock.zone === clock.zone) last.endMs = points[i + 1]!;
    else segments.push({ clock, startMs, endMs: points[i + 1]! });
  }
  return segments;
}

/** The IANA zone in force for a schedule at an instant: a trip's zone on the dates it covers. */
export function zoneOn(schedule: Schedule, instant: InstantInput): string {
  return clockAt(compileSchedule(schedule), epochMsOf(instant)).zone;
}
