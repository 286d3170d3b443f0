import { DomainInputError } from '../input-error.js';
import { DAY_MS, weekdayOfEpochDay } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { isoInstant, localParts, MINUTE_MS } from './local-time.js';
import { type CompiledSchedule, clockAt, compileSchedule, tripAt } from './schedule.js';
import type { Schedule } from './types.js';
import { sharedIntervals } from './work-overlap.js';

/** Someone to meet; the first participant is the user. */
export interface SlotParticipant {
  id: string;
  schedule: Schedule;
}

/** What meetingSlots looks for. */
export interface SlotOptions {
  now: InstantInput;
  lengthMinutes: number;
  days: number;
  stepMinutes?: number;
  preferOffice: boolean;
  max?: number;
}

/** A participant's local date, time and zone at a slot's start. */
export interface SlotLocal {
  id: string;
  date: string;
  time: string;
  zone: string;
}

/** A possible meeting time; higher `score` is better. */
export interface MeetingSlot {
  start: string;
  end: string;
  score: number;
  /** Whether the slot is on one of the user's office days (and the user is not travelling). */
  officeDay: boolean;
  local: SlotLocal[];
}

// Score, 0–100: office 0–50 (only with preferOffice: 30 when it is the user's office day, plus
// 20 × the share of the others on an office day of their own), soon 0–30 (falling linearly
// from now to the end of the search), room 0–20 (20 × the smaller of the minutes free before
// and after the slot within the shared window, capped at 60, over 60).
const OFFICE_USER = 30;
const OFFICE_OTHERS = 20;
const SOON = 30;
const ROOM = 20;
const ROOM_CAP_MINUTES = 60;

/**
 * Meeting times in the next `days` days when every participant is within working hours, best
 * first (see the score above; ties go to the earlier). Candidates start on the user's wall
 * clock every `stepMinutes`; the slots returned never overlap one another.
 */
export function meetingSlots(participants: SlotParticipant[], options: SlotOptions): MeetingSlot[] {
  const { lengthMinutes, days, stepMinutes = 15, preferOffice, max = 10 } = options;
  checkOptions(participants, lengthMinutes, days, stepMinutes, max);
  const schedules = participants.map((p) => compileSchedule(p.schedule));
  const user = schedules[0]!;
  const nowMs = epochMsOf(options.now);
  const horizonMs = days * DAY_MS;
  const lengthMs = lengthMinutes * MINUTE_MS;
  const stepMs = stepMinutes * MINUTE_MS;
  const candidates: { start: number; score: number; officeDay: boolean }[] = [];
  for (const [from, to] of sharedIntervals(schedules, nowMs, nowMs + horizonMs, lengthMinutes)) {
    for (let start = alignUp(user, from, stepMs); start + lengthMs <= to; ) {
      const officeDay = inOffice(user, start);
      const others = schedules.slice(1).filter((s) => inOffice(s, start)).length;
      const share = schedules.length > 1 ? others / (schedules.length - 1) : 0;
      const office = preferOffice ? (officeDay ? OFFICE_USER : 0) + OFFICE_OTHERS * share : 0;
      const soon = SOON * (1 - (start - nowMs) / horizonMs);
      const freeMs = Math.min(start - from, to - start - lengthMs, ROOM_CAP_MINUTES * MINUTE_MS);
      const room = (ROOM * freeMs) / (ROOM_CAP_MINUTES * MINUTE_MS);
      const score = Math.round((office + soon + room) * 10) / 10;
      candidates.push({ start, score, officeDay });
      start = alignUp(user, start + stepMs, stepMs);
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.start - b.start);
  const chosen: typeof candidates = [];
  for (const candidate of candidates) {
    if (chosen.length >= max) break;
    const clash = chosen.some((c) => Math.abs(c.start - candidate.start) < lengthMs);
    if (!clash) chosen.push(candidate);
  }
  return chosen.map(({ start, score, officeDay }) => ({
    start: isoInstant(start),
    end: isoInstant(start + lengthMs),
    score,
    officeDay,
    local: schedules.map((schedule, index) => {
      const clock = clockAt(schedule, start);
      const local = localParts(clock, start);
      return { id: participants[index]!.id, date: local.date, time: local.time, zone: clock.zone };
    }),
  }));
}

// The first instant at or after `epochMs` whose minutes since midnight on the user's wall
// clock are a multiple of the step.
function alignUp(user: CompiledSchedule, epochMs: number, stepMs: number): number {
  const wall = clockAt(user, epochMs).wallMs(epochMs);
  const sinceMidnight = wall - Math.floor(wall / DAY_MS) * DAY_MS;
  return epochMs + (Math.ceil(sinceMidnight / stepMs) * stepMs - sinceMidnight);
}

// On an office day of one's own calendar, and not away on a trip.
function inOffice(schedule: CompiledSchedule, epochMs: number): boolean {
  if (tripAt(schedule, epochMs)) return false;
  const day = schedule.clock.localEpochDay(epochMs);
  return schedule.office.has(weekdayOfEpochDay(day) - 1);
}

function checkOptions(
  participants: SlotParticipant[],
  lengthMinutes: number,
  days: number,
  stepMinutes: number,
  max: number,
) {
  const fail = (message: string) => {
    throw new DomainInputError('invalid_slot_search', message);
  };
  if (!Array.isArray(participants) || participants.length === 0) fail('Add at least the user.');
  if (!Number.isInteger(lengthMinutes) || lengthMinutes < 5 || lengthMinutes > 720) {
    fail('A meeting lasts 5 to 720 minutes.');
  }
  if (!Number.isInteger(days) || days < 1 || days > 60) fail('Search 1 to 60 days ahead.');
  if (!Number.isInteger(stepMinutes) || stepMinutes < 5 || stepMinutes > 240) {
    fail('Step 5 to 240 minutes at a time.');
  }
  if (!Number.isInteger(max) || max < 1 || max > 100) fail('Ask for 1 to 100 slots.');
}
