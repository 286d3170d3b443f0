import { DomainInputError } from '../input-error.js';
import { isoDateFromEpochDay, weekdayOfEpochDay } from '../time/epoch-day.js';
import { publicHolidayOn } from '../time/holidays.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { canonicalTimeZone } from '../time/time-zone.js';
import { sameCity } from './city.js';
import { instantOfLocal, localParts } from './local-time.js';
import { type CompiledSchedule, compileSchedule, tripAt } from './schedule.js';
import type { Schedule, Weekday } from './types.js';
import { weekdayOfDay } from './weekdays.js';

/** Someone the user might meet at the office. */
export interface OfficePlanPerson {
  id: string;
  name: string;
  /** Null when their office days are unknown: they are left out. */
  schedule: Schedule | null;
  key: boolean;
  due: boolean;
  city: string | null;
  /** Their named office ("Berlin HQ"), if known. */
  office?: string | null;
}

/**
 * What officePlan needs; `city` is the user's office city and `office` the user's named office,
 * if known.
 */
export interface OfficePlanInput {
  now: InstantInput;
  weeks: number;
  user: Schedule;
  people: OfficePlanPerson[];
  city?: string | null;
  office?: string | null;
}

/** One day the user could go in, with who is in too. */
export interface OfficeDay {
  date: string;
  weekday: Weekday;
  userOfficeDay: boolean;
  /** Sum of the weights of the people listed (see PERSON_WEIGHT). */
  score: number;
  people: { id: string; name: string; why: string }[];
}

const collator = new Intl.Collator('en');

/** Weight of someone in the office: 1, plus 3 if key, plus 2 if due for a catch-up. */
export const PERSON_WEIGHT = { present: 1, key: 3, due: 2 } as const;

/**
 * The user's working days in the next `weeks` weeks (today too while today's hours last),
 * best first by who is in the office: a person counts on their own calendar date at the
 * middle of the user's working day, on one of their office days, not on a public holiday of
 * theirs and not travelling (or travelling to the user's `city`). People of another office do
 * not count (see `otherOffice`). Ties go to the user's own office days, then the earlier date.
 * Days the user travels and the user's public holidays are left out.
 */
export function officePlan(input: OfficePlanInput): OfficeDay[] {
  const { weeks, people, city = null, office = null } = input;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 12) {
    throw new DomainInputError('invalid_weeks', 'Plan 1 to 12 weeks ahead.');
  }
  const user = compileSchedule(input.user);
  const nowMs = epochMsOf(input.now);
  const today = localParts(user.clock, nowMs);
  // Sorted once, best first, so each day's list comes out in order.
  const others = people
    .filter((p) => p.schedule)
    .map((p) => {
      const s = compilePerson(p.schedule!, user);
      const elsewhere = otherOffice({ city, office, zone: user.zone }, { ...p, zone: s.zone });
      return { person: p, weight: weight(p), s, elsewhere };
    })
    // Someone of another office can only be met here on a trip to the user's city.
    .filter(({ s, elsewhere }) => !elsewhere || (city !== null && s.trips.length > 0))
    .sort((a, b) => b.weight - a.weight || collator.compare(a.person.name, b.person.name));
  const plan: OfficeDay[] = [];
  for (let day = today.epochDay; day < today.epochDay + weeks * 7; day++) {
    const ranges = user.days[weekdayOfEpochDay(day) - 1]!;
    if (ranges.length === 0) continue;
    const first = ranges[0]![0];
    const last = ranges[ranges.length - 1]![1];
    if (day === today.epochDay && today.minutes >= last) continue;
    const midday = instantOfLocal(user.clock, day, Math.floor((first + last) / 2));
    if (tripAt(user, midday)) continue;
    if (publicHolidayOn(user.holidays, isoDateFromEpochDay(day))) continue;
    const present: { person: OfficePlanPerson; visiting: Presence; weight: number }[] = [];
    for (const { person, weight, s: schedule, elsewhere } of others) {
      const visiting = presence(schedule, midday, city);
      if (!visiting || (visiting === 'office' && elsewhere)) continue;
      present.push({ person, visiting, weight });
    }
    plan.push({
      date: isoDateFromEpochDay(day),
      weekday: weekdayOfDay(day),
      userOfficeDay: user.office.has(weekdayOfEpochDay(day) - 1),
      score: present.reduce((sum, { weight }) => sum + weight, 0),
      people: present.map(({ person, visiting }) => ({
        id: person.id,
        name: person.name,
        why: whyText(person, visiting),
      })),
    });
  }
  return plan.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.userOfficeDay) - Number(a.userOfficeDay) ||
      a.date.localeCompare(b.date),
  );
}

type Presence = 'office' | { city: string } | null;

// In the office on their own calendar date at this instant (not a holiday of theirs), or
// visiting the user's city.
function presence(schedule: CompiledSchedule, epochMs: number, city: string | null): Presence {
  const trip = tripAt(schedule, epochMs);
  if (trip) return city && sameCity(trip.city, city) ? { city: trip.city } : null;
  const day = schedule.clock.localEpochDay(epochMs);
  if (publicHolidayOn(schedule.holidays, isoDateFromEpochDay(day))) return null;
  return schedule.office.has(weekdayOfEpochDay(day) - 1) ? 'office' : null;
}

/**
 * Whether a person works from another office than the user's: their city differs from the
 * user's office city, or both have a named office and the names differ; when no city can be
 * compared, a home zone other than the user's says they are elsewhere.
 */
export function otherOffice(
  user: { city: string | null; office?: string | null; zone: string },
  person: { city: string | null; office?: string | null; zone?: string | null },
): boolean {
  if (user.city && person.city) {
    if (!sameCity(user.city, person.city)) return true;
  } else if (person.zone && person.zone !== user.zone && !sameZone(person.zone, user.zone)) {
    return true;
  }
  return Boolean(user.office && person.office && !sameOffice(user.office, person.office));
}

const sameZone = (a: string, b: string) => canonicalTimeZone(a) === canonicalTimeZone(b);

const sameOffice = (a: string, b: string) =>
  a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

// Only office days, zone and trips matter here; a bad zone falls back to the user's.
function compilePerson(schedule: Schedule, user: CompiledSchedule): CompiledSchedule {
  const zone = typeof schedule.zone === 'string' && canonicalTimeZone(schedule.zone);
  return compileSchedule(zone ? schedule : { ...schedule, zone: user.zone }, { hours: false });
}

function weight(person: { key: boolean; due: boolean }): number {
  return (
    PERSON_WEIGHT.present +
    (person.key ? PERSON_WEIGHT.key : 0) +
    (person.due ? PERSON_WEIGHT.due : 0)
  );
}

function whyText(person: { key: boolean; due: boolean }, visiting: Presence): string {
  const parts: string[] = [];
  if (person.key) parts.push('key');
  if (person.due) parts.push('due for a catch-up');
  if (visiting && visiting !== 'office') parts.push(`visiting ${visiting.city}`);
  return parts.length > 0 ? parts.join(' · ') : 'in the office';
}
