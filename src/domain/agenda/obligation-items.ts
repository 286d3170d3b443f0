import { countOf, dayName, onDay, shorten } from '../language/phrasing.js';
import { DAY_MS, requireIsoDate } from '../time/epoch-day.js';
import { epochMsOf } from '../time/instant.js';
import type { AgendaCareerEvent, AgendaPerson, AgendaPromise, OwedReply } from './agenda-types.js';
import { congratulation, pastNews, upcomingNews } from './career-news.js';
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
      const by = dayName(due, moment.today);
      const when =
        daysLeft < 0
          ? `${countOf(-daysLeft, 'day')} overdue (due ${by})`
          : `due ${daysLeft > 1 ? `on ${by}` : by}`;
      return {
        title: `Keep your promise to ${promise.personName}`,
        why: `${promiseWords(promise.text)} — you promised, ${when}`,
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

// What the user typed, whatever its form ("Send him the deck", "I'll send the deck.", "to send
// the deck", "the deck"), as the start of a line: the user's own words come first, so no
// grammar is put around them that they might not fit ("You promised Send him…").
const PROMISE_LEAD =
  /^(?:(?:i|we)(?:'|’)ll\s+|(?:i|we)\s+will\s+|(?:i\s+)?promised\s+(?:to\s+)?|to\s+)/i;

export function promiseWords(text: string): string {
  const typed = shorten(text, TEXT_MAX);
  const words = typed.replace(PROMISE_LEAD, '').replace(/[.!;,:\s]+$/, '') || typed;
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

function weightOf(person: AgendaPerson | undefined): number {
  return person ? importanceOf(person.kind, person.key) : UNKNOWN_PERSON_WEIGHT;
}
