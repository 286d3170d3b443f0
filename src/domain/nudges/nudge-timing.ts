// When a push nudge may go out, and what it says. Pure: the clock, both schedules and the
// candidates come in as arguments. A push goes out only while the user is at work (their own
// working hours, not on a day off or a public holiday), and a reach-out only while the other
// person is at work too, so "say hi" arrives when both of you can answer.
import { workingIntervalsOffHolidays } from '../availability/intervals.js';
import { compileSchedule } from '../availability/schedule.js';
import { workingAt } from '../availability/status.js';
import type { Schedule } from '../availability/types.js';
import { WEEKDAY_NAMES } from '../time/calendar-names.js';
import { DAY_MS, epochDayFromIsoDate, weekdayOfEpochDay } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { todayIn } from '../time/time-zone.js';

/** What a push can be about; each can be turned off in Settings. */
export const NUDGE_KINDS = ['reachOut', 'date', 'reply', 'promise'] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

export const DEFAULT_PUSHES_PER_DAY = 3;
export const MAX_PUSHES_PER_DAY = 20;

export interface PushPreferences {
  /** Pushes a day at most (the user's day); 0 turns push nudges off. */
  perDay: number;
  kinds: Record<NudgeKind, boolean>;
}

export const DEFAULT_PUSH_PREFERENCES: PushPreferences = {
  perDay: DEFAULT_PUSHES_PER_DAY,
  kinds: { reachOut: true, date: true, reply: true, promise: true },
};

/** One line of a Today card that could become a push, in Today's order (never re-ranked). */
export type NudgeCandidate = {
  /** The Today card's key: the push opens Today on it (`/?item=<key>`). */
  cardKey: string;
  personName: string;
} & (
  | {
      kind: 'reachOut';
      /** The person's working week; null when they have none worth asking (family, pets). */
      schedule: Schedule | null;
    }
  | {
      kind: 'date';
      /** "birthday", "work anniversary", a custom label. */
      what: string;
      month: number;
      day: number;
      /** Their schedule (its zone, trips) says what day and time it is where they are. */
      schedule: Schedule;
    }
  | { kind: 'reply' /** ISO instant since when the answer is owed. */; since: string }
  | { kind: 'promise' /** `YYYY-MM-DD` in the user's zone. */; due: string }
);

export interface NudgeInput {
  now: InstantInput;
  user: Schedule;
  preferences: PushPreferences;
  candidates: readonly NudgeCandidate[];
  /** Pushes already sent in the user's today. */
  sentToday: number;
  /** Card keys already pushed in the user's today: never the same item twice a day. */
  sentKeys: ReadonlySet<string>;
}

/** The push payload the service worker shows (see the "pwa" worker). */
export interface Nudge {
  kind: NudgeKind;
  cardKey: string;
  title: string;
  body: string;
  url: string;
  tag: string;
}

const MINUTE_MS = 60_000;
/** Hours of someone's own day when a greeting is welcome. */
const WAKING = { start: '08:00', end: '21:00' };

/** The minutes left in the stretch of work a schedule is in at `nowMs`, or null when off. */
export function minutesLeftAtWork(schedule: Schedule, now: InstantInput): number | null {
  const nowMs = epochMsOf(now);
  // Look a day ahead: a stretch may run past midnight into the next day's hours.
  const current = workingIntervalsOffHolidays(
    compileSchedule(schedule),
    nowMs,
    nowMs + 2 * DAY_MS,
  ).find(([start, end]) => start <= nowMs && nowMs < end);
  return current ? Math.floor((current[1] - nowMs) / MINUTE_MS) : null;
}

/**
 * The one push to send now, or null: the user is at work, fewer than `perDay` went out today,
 * and the first candidate (in Today's order) whose kind is on, not pushed today, and whose
 * moment is right.
 */
export function chooseNudge(input: NudgeInput): Nudge | null {
  const { now, user, preferences } = input;
  if (preferences.perDay <= 0 || input.sentToday >= preferences.perDay) return null;
  if (minutesLeftAtWork(user, now) === null) return null;
  // The user's day on the clock in force (a trip's zone while it lasts).
  const zone = workingAt(user, now).zone;
  const userToday = todayIn(zone, now);
  for (const candidate of input.candidates) {
    if (!preferences.kinds[candidate.kind] || input.sentKeys.has(candidate.cardKey)) continue;
    const words = wordsFor(candidate, now, zone, userToday);
    if (!words) continue;
    return {
      kind: candidate.kind,
      cardKey: candidate.cardKey,
      ...words,
      url: `/?item=${encodeURIComponent(candidate.cardKey)}`,
      tag: `rapport:${candidate.cardKey}`,
    };
  }
  return null;
}

function wordsFor(
  candidate: NudgeCandidate,
  now: InstantInput,
  zone: string,
  userToday: string,
): { title: string; body: string } | null {
  const name = candidate.personName;
  switch (candidate.kind) {
    case 'reachOut': {
      if (!candidate.schedule) return null;
      const left = minutesLeftAtWork(candidate.schedule, now);
      if (left === null || left < 1) return null;
      return {
        title: `Say hi to ${name}`,
        body: `${name} is at work for ${left} more ${left === 1 ? 'minute' : 'minutes'} — a good time to say hi`,
      };
    }
    case 'date': {
      const there = workingAt(candidate.schedule, now);
      const [, month, day] = there.localDate.split('-').map(Number);
      if (month !== candidate.month || day !== candidate.day) return null;
      // Their day, at an hour they are awake: no "happy birthday" lands at 2 a.m. there.
      if (there.localTime < WAKING.start || there.localTime >= WAKING.end) return null;
      return {
        title: `${name}’s ${candidate.what}`,
        body: `It’s ${name}’s ${candidate.what} — ${clock(there.localTime)} in ${cityOf(there.zone)} now`,
      };
    }
    case 'reply':
      return {
        title: `Reply to ${name}`,
        body: `You owe ${name} a reply since ${dayName(todayIn(zone, candidate.since), userToday)}`,
      };
    case 'promise': {
      if (candidate.due > userToday) return null;
      const when =
        candidate.due === userToday
          ? 'due today'
          : `due since ${dayName(candidate.due, userToday)}`;
      return { title: `Promise to ${name}`, body: `Promise to ${name} ${when}` };
    }
  }
}

/** "09:05" -> "9:05". */
function clock(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** "Pacific/Auckland" -> "Auckland", "America/Port_of_Spain" -> "Port of Spain". */
export function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** "yesterday", "Tuesday" within the last week, else "3 Dec". */
function dayName(date: string, today: string): string {
  const day = epochDayFromIsoDate(date);
  const todayDay = epochDayFromIsoDate(today);
  if (day === null || todayDay === null) return date;
  const ago = todayDay - day;
  if (ago <= 0) return 'today';
  if (ago === 1) return 'yesterday';
  if (ago < 7) return WEEKDAY_NAMES[weekdayOfEpochDay(day) - 1]!;
  const [, month, dom] = date.split('-').map(Number);
  const monthName = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month! - 1, 1)),
  );
  return `${dom} ${monthName}`;
}
