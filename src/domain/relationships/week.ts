import { countOf } from '../language/phrasing.js';
import { type About, CHANNELS, type Channel } from '../people/person-kind.js';
import { DAY_MS, isoDateFromEpochDay, weekdayOfEpochDay } from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { requireTimeZone } from '../time/time-zone.js';
import { zoneClockFor } from '../time/zone-clock.js';

/** One logged conversation, possibly with several people. */
export interface WeekInteraction {
  /** ISO instant with offset. */
  at: string;
  personIds: string[];
  about: About;
  channel: Channel;
}

/** Input for weekSummary; pass at least the last nine weeks of interactions. */
export interface WeekInput {
  now: InstantInput;
  userZone: string;
  interactions: WeekInteraction[];
  /** The week containing `now` (default), or the full week before it. */
  week?: 'current' | 'previous';
}

/** The weekly connection summary. */
export interface WeekSummary {
  /** Monday, `YYYY-MM-DD` in the user's zone. */
  weekStart: string;
  /** Sunday, `YYYY-MM-DD` in the user's zone. */
  weekEnd: string;
  /** False while the week is still in progress. */
  complete: boolean;
  conversations: number;
  /** Distinct people talked to. */
  people: number;
  /** Whom: each person talked to this week and in how many conversations, most first. */
  talkedWith: { personId: string; conversations: number }[];
  /** Share of conversations that were personal or both; null with none. */
  personalShare: number | null;
  byChannel: Record<Channel, number>;
  /** Median number of conversations over the eight full weeks before this one. */
  medianOfPrior8Weeks: number;
  warning: string | null;
}

const PRIOR_WEEKS = 8;
const MIN_USUAL = 2;

/**
 * Conversations this week against the user's own usual. A week in progress is compared with
 * the prior weeks up to the same weekday and time, so Monday morning is never "lonely".
 */
export function weekSummary(input: WeekInput): WeekSummary {
  const clock = zoneClockFor(requireTimeZone(input.userZone, 'userZone'));
  const nowMs = epochMsOf(input.now);
  const today = clock.localEpochDay(nowMs);
  const thisMonday = today - (weekdayOfEpochDay(today) - 1);
  const complete = input.week === 'previous';
  const monday = complete ? thisMonday - 7 : thisMonday;
  // How far into its week the summary stands, on the wall clock (DST-proof across weeks).
  const elapsedMs = complete ? Number.POSITIVE_INFINITY : clock.wallMs(nowMs) - monday * DAY_MS;

  const byChannel = Object.fromEntries(CHANNELS.map((channel) => [channel, 0])) as Record<
    Channel,
    number
  >;
  const people = new Map<string, number>();
  const priorFull = new Array<number>(PRIOR_WEEKS).fill(0);
  const priorSoFar = new Array<number>(PRIOR_WEEKS).fill(0);
  let conversations = 0;
  let personal = 0;

  for (const interaction of input.interactions) {
    const wall = clock.wallMs(epochMsOf(interaction.at));
    const weeksBack = -Math.floor((Math.floor(wall / DAY_MS) - monday) / 7);
    if (weeksBack === 0) {
      conversations += 1;
      if (interaction.about !== 'work') personal += 1;
      byChannel[interaction.channel] += 1;
      for (const id of new Set(interaction.personIds)) people.set(id, (people.get(id) ?? 0) + 1);
    } else if (weeksBack >= 1 && weeksBack <= PRIOR_WEEKS) {
      priorFull[weeksBack - 1]! += 1;
      if (wall - (monday - 7 * weeksBack) * DAY_MS <= elapsedMs) priorSoFar[weeksBack - 1]! += 1;
    }
  }

  const medianOfPrior8Weeks = median(priorFull);
  const usual = complete ? medianOfPrior8Weeks : median(priorSoFar);
  return {
    weekStart: isoDateFromEpochDay(monday),
    weekEnd: isoDateFromEpochDay(monday + 6),
    complete,
    conversations,
    people: people.size,
    talkedWith: [...people]
      .map(([personId, count]) => ({ personId, conversations: count }))
      .sort(
        (a, b) =>
          b.conversations - a.conversations ||
          (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
      ),
    personalShare: conversations > 0 ? personal / conversations : null,
    byChannel,
    medianOfPrior8Weeks,
    warning:
      usual >= MIN_USUAL && conversations < usual / 2
        ? lonelyWarning(conversations, usual, complete)
        : null,
  };
}

function lonelyWarning(conversations: number, usual: number, complete: boolean): string {
  const had = conversations === 0 ? 'no conversations' : countOf(conversations, 'conversation');
  const about = Math.round(usual);
  return complete
    ? `A quieter week than usual: ${had}, where you usually have about ${about}. Remote weeks can get lonely — maybe plan a call with someone you enjoy talking to.`
    : `A quiet week so far: ${had}, where by now you usually have about ${about}. A short hello to someone you like could brighten it.`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
