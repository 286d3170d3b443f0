import { countOf, dayName, onDay, shorten } from '../language/phrasing.js';
import type { CareerEventKind } from '../people/person-kind.js';
import { DAY_MS, requireIsoDate } from '../time/epoch-day.js';
import { epochMsOf } from '../time/instant.js';
import type { AgendaCareerEvent, AgendaPerson, AgendaPromise, OwedReply } from './agenda-types.js';
import { type AgendaMoment, type Draft, roundScore } from './draft.js';
import { importanceOf } from './importance.js';

/** Promises show up this many days before they are due. */
export const PROMISE_HEADS_UP_DAYS = 3;
/** Career news older than this many days is no longer congratulated on the agenda. */
export const MILESTONE_FRESH_DAYS = 30;

const TEXT_MAX = 80;
const UNKNOWN_PERSON_WEIGHT = 0.5;

/** Replies owed for more than 24 hours; they rank high and climb for nine days. */
export function replyDraft(
  reply: OwedReply,
  person: AgendaPerson | undefined,
  moment: AgendaMoment,
): Draft | null {
  const sinceMs = epochMsOf(reply.since);
  const waitedMs = moment.nowMs - sinceMs;
  if (waitedMs <= DAY_MS) return null;
  // Days as people count them, on the user's calendar: owed since noon three days ago is
  // "3 days" at 10:30 this morning, not the 2 whole days that have passed.
  const days = Math.max(
    Math.floor(waitedMs / DAY_MS),
    moment.today - moment.userClock.localEpochDay(sinceMs),
  );
  return {
    kind: 'reply',
    personId: reply.personId,
    personName: reply.personName,
    score: roundScore(62 + 2 * Math.min(days, 9) + 4 * weightOf(person)),
    refId: reply.id,
    compose: () => ({
      title: `Reply to ${reply.personName}`,
      why: `Waiting ${countOf(days, 'day')} for your reply: ${shorten(reply.text, TEXT_MAX)}`,
      starters: [],
    }),
  };
}

/** Promises overdue, due today, or due within the next few days (and the horizon). */
export function promiseDraft(
  promise: AgendaPromise,
  person: AgendaPerson | undefined,
  moment: AgendaMoment,
): Draft | null {
  const due = requireIsoDate(promise.due, 'promise due date');
  const daysLeft = due - moment.today;
  if (daysLeft > Math.min(PROMISE_HEADS_UP_DAYS, moment.horizonDays - 1)) return null;
  const score =
    daysLeft < 0 ? 70 + 2 * Math.min(-daysLeft, 10) : daysLeft === 0 ? 66 : 58 - 4 * daysLeft;
  return {
    kind: 'promise',
    personId: promise.personId,
    personName: promise.personName,
    score: roundScore(score + 4 * weightOf(person)),
    refId: promise.id,
    compose: () => {
      const text = shorten(promise.text, TEXT_MAX);
      const by = dayName(due, moment.today);
      return {
        title: `Keep your promise to ${promise.personName}`,
        why:
          daysLeft < 0
            ? `You promised ${text} by ${by} — ${countOf(-daysLeft, 'day')} overdue`
            : daysLeft === 0
              ? `You promised ${text} — due today`
              : `You promised ${text} by ${by}`,
        starters: [],
      };
    },
  };
}

/** Career news not yet congratulated: recent or undated, or coming up within the horizon. */
export function milestoneDraft(
  event: AgendaCareerEvent,
  person: AgendaPerson | undefined,
  moment: AgendaMoment,
): Draft | null {
  if (event.congratulated) return null;
  const on = event.on === null ? null : requireIsoDate(event.on, 'career event date');
  const daysAgo = on === null ? null : moment.today - on;
  if (daysAgo !== null && (daysAgo > MILESTONE_FRESH_DAYS || -daysAgo >= moment.horizonDays)) {
    return null;
  }
  const ahead = on !== null && daysAgo !== null && daysAgo < 0;
  // Fresh news first; an undated item ranks as if it were a few days old.
  const base = ahead ? 40 + 2 * daysAgo : 50 - 0.5 * Math.max(0, daysAgo ?? 4);
  return {
    kind: 'milestone',
    personId: event.personId,
    personName: event.personName,
    score: roundScore(base + 4 * weightOf(person)),
    refId: event.id,
    compose: () => {
      const text = event.text?.trim() ? shorten(event.text, TEXT_MAX) : null;
      return {
        title: ahead ? `Wish ${event.personName} well` : `Congratulate ${event.personName}`,
        why: ahead
          ? `${upcomingNews(event.kind, text)} ${onDay(on, moment.today)} — wish them well`
          : `${pastNews(event.kind, text)} — congratulate them`,
        starters: [congratulation(event.kind, text)],
      };
    },
  };
}

function pastNews(kind: CareerEventKind, text: string | null): string {
  switch (kind) {
    case 'promotion':
      return text ? `Promoted to ${text}` : 'Got promoted';
    case 'new-job':
      return text ? `Started a new job at ${text}` : 'Started a new job';
    case 'new-role':
      return text ? `New role: ${text}` : 'Started a new role';
    case 'project-lead':
      return text ? `Now leading ${text}` : 'Now leading a project';
    case 'work-anniversary':
      return text ? `Work anniversary: ${text}` : 'Celebrating a work anniversary';
    default:
      return text ?? 'Has career news';
  }
}

function upcomingNews(kind: CareerEventKind, text: string | null): string {
  switch (kind) {
    case 'promotion':
      return text ? `Promotion to ${text}` : 'Promotion';
    case 'new-job':
      return text ? `Starts a new job at ${text}` : 'Starts a new job';
    case 'new-role':
      return text ? `New role (${text}) starts` : 'New role starts';
    case 'project-lead':
      return text ? `Starts leading ${text}` : 'Starts leading a project';
    case 'work-anniversary':
      return 'Work anniversary';
    default:
      return text ?? 'Career news';
  }
}

function congratulation(kind: CareerEventKind, text: string | null): string {
  switch (kind) {
    case 'promotion':
      return text
        ? `Congratulations on the promotion to ${text}!`
        : 'Congratulations on the promotion!';
    case 'new-job':
      return text
        ? `Congratulations on the new job at ${text}!`
        : 'Congratulations on the new job!';
    case 'new-role':
      return 'Congratulations on the new role!';
    case 'project-lead':
      return text
        ? `Congratulations on leading ${text}!`
        : 'Congratulations on leading the project!';
    case 'work-anniversary':
      return 'Happy work anniversary!';
    default:
      return 'Congratulations — well deserved!';
  }
}

function weightOf(person: AgendaPerson | undefined): number {
  return person ? importanceOf(person.kind, person.key) : UNKNOWN_PERSON_WEIGHT;
}
