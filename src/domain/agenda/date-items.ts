import { countOf, onDay, ordinal } from '../language/phrasing.js';
import {
  type OccurrenceDay,
  occurrenceOnOrAfter,
  yearlyDayKey,
  yearlyDayKeysBetween,
} from '../people/important-dates.js';
import { isoDateFromEpochDay } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { epochDayIn, isValidTimeZone } from '../time/time-zone.js';
import { zoneClockFor } from '../time/zone-clock.js';
import type { AgendaDate, AgendaPerson } from './agenda-types.js';
import { type AgendaMoment, type Draft, roundScore } from './draft.js';
import { importanceOf } from './importance.js';
import { conversationStarters } from './starters.js';

// Any two zones' calendars are at most two days apart (UTC−12 to UTC+14), so a date outside
// the user's window widened by two days each side cannot be near for the person either.
const ZONE_SLACK_DAYS = 2;

/** Month/day keys worth a closer look for a horizon starting at the user's today. */
export function candidateDayKeys(today: number, horizonDays: number): Set<number> {
  return yearlyDayKeysBetween(today - ZONE_SLACK_DAYS, today + horizonDays + ZONE_SLACK_DAYS);
}

/** A person's date occurring within the horizon, counted on their calendar. */
export interface NearDate {
  date: AgendaDate;
  occurrence: OccurrenceDay;
  /** Days from the person's today; 0 means it is the day where they are now. */
  daysAway: number;
  personToday: number;
}

/**
 * The person's dates within the horizon, nearest first; cheap for people with none near.
 * An occurrence the user marked done or skipped is left out (next year's comes back), and so
 * is a birthday today once a conversation with them was logged today: the call was the
 * greeting. "Today" is the person's day, the same day the item itself is counted on.
 */
export function nearDates(person: AgendaPerson, moment: AgendaMoment): NearDate[] {
  const near: NearDate[] = [];
  for (const date of person.dates) {
    if (!moment.candidateDayKeys.has(yearlyDayKey(date.month, date.day))) continue;
    const personToday = moment.todayIn(person.timeZone);
    const occurrence = occurrenceOnOrAfter(date, personToday);
    const daysAway = occurrence.epochDay - personToday;
    if (daysAway >= moment.horizonDays) continue;
    if (date.handledOn && date.handledOn === isoDateFromEpochDay(occurrence.epochDay)) continue;
    if (daysAway === 0 && date.type === 'birthday' && talkedOn(person, personToday, moment)) {
      continue;
    }
    near.push({ date, occurrence, daysAway, personToday });
  }
  return near.length > 1 ? near.sort((a, b) => a.daysAway - b.daysAway) : near;
}

// Whether the last logged conversation falls on `day` of the person's calendar.
function talkedOn(person: AgendaPerson, day: number, moment: AgendaMoment): boolean {
  const last = person.lastInteraction;
  if (!last) return false;
  const zone = person.timeZone && isValidTimeZone(person.timeZone) ? person.timeZone : null;
  const clock = zone ? zoneClockFor(zone) : moment.userClock;
  return clock.localEpochDay(epochMsOf(last.at)) === day;
}

/** "Birthday on Thursday (turns 35)", "Work anniversary tomorrow (5 years)", "Wedding today". */
export function describeDate(near: NearDate): string {
  const when = onDay(near.occurrence.epochDay, near.personToday);
  const years = near.occurrence.years;
  switch (near.date.type) {
    case 'birthday':
      return `Birthday ${when}${years ? ` (turns ${years})` : ''}`;
    case 'work-anniversary':
      return `Work anniversary ${when}${years ? ` (${countOf(years, 'year')})` : ''}`;
    default:
      return `${labelOf(near.date)} ${when}${years ? ` (${countOf(years, 'year')})` : ''}`;
  }
}

/** Agenda items for birthdays, work anniversaries and custom dates within the horizon. */
export function dateDrafts(person: AgendaPerson, near: NearDate[], moment: AgendaMoment): Draft[] {
  const weight = importanceOf(person.kind, person.key);
  return near.map((entry) => ({
    kind: 'date',
    personId: person.id,
    personName: person.name,
    score: roundScore(scoreOf(entry) + 5 * weight),
    refId: entry.date.id,
    compose: () => ({
      title: titleOf(person.name, entry),
      why: describeDate(entry),
      starters: conversationStarters(person, {
        todayEpochDay: moment.today,
        userInterests: moment.userInterests,
        lead: greetingOf(entry),
        dayOf: (instant) => moment.userClock.localEpochDay(epochMsOf(instant)),
      }),
    }),
  }));
}

// Today's birthday beats almost everything; a date later in the week is a gentle heads-up.
function scoreOf(near: NearDate): number {
  const base = near.date.type === 'birthday' ? 70 : near.date.type === 'work-anniversary' ? 58 : 55;
  if (near.daysAway === 0) return base;
  const upcoming = near.date.type === 'birthday' ? 48 : 38;
  return Math.max(5, upcoming - 5 * near.daysAway);
}

function titleOf(name: string, near: NearDate): string {
  const today = near.daysAway === 0;
  if (near.date.type === 'birthday') {
    return today ? `Wish ${name} a happy birthday` : `${name}'s birthday is coming up`;
  }
  if (near.date.type === 'work-anniversary') {
    return today
      ? `Congratulate ${name} on their work anniversary`
      : `${name}'s work anniversary is coming up`;
  }
  return `${name}: ${labelOf(near.date)}`;
}

function greetingOf(near: NearDate): string[] {
  const when = onDay(near.occurrence.epochDay, near.personToday);
  const years = near.occurrence.years;
  if (near.date.type === 'birthday') {
    return [`Wish them a happy ${years ? `${ordinal(years)} ` : ''}birthday ${when}`];
  }
  if (near.date.type === 'work-anniversary') {
    return [
      `Congratulate them on ${years ? countOf(years, 'year') : 'their work anniversary'} ${when}`,
    ];
  }
  return [];
}

function labelOf(date: AgendaDate): string {
  return date.label?.trim() || 'Special day';
}

/**
 * The occurrence "done" or "skip" applies to: the next one on the person's calendar, today
 * included — the one Today shows. `zone` is the person's zone, else the user's.
 */
export function occurrenceToHandle(
  date: Pick<AgendaDate, 'month' | 'day' | 'year'>,
  zone: string,
  now: InstantInput,
): string {
  return isoDateFromEpochDay(occurrenceOnOrAfter(date, epochDayIn(zone, now)).epochDay);
}
