import { type Fact, isFactCurrent, parseFact } from '../people/facts.js';
import { isWorkKind, type PersonKind } from '../people/person-kind.js';
import { DAY_MS, weekdayOfEpochDay } from '../time/epoch-day.js';
import { epochMsOf } from '../time/instant.js';
import type { AgendaPerson } from './agenda-types.js';
import { followUpCue } from './follow-up-cues.js';

const MAX_STARTERS = 3;
const MIN_STARTERS = 2;

// Fallbacks when too little is known; they still rotate so the agenda does not repeat itself.
const FIRST_CONTACT = [
  'Ask what they are working on',
  'Offer to help them find their way around',
  'Ask where they are based and when they like to talk',
];
const WEEKEND_QUESTION = 'Ask what they did at the weekend';
const GENERIC: Record<
  'manager' | 'report' | 'work' | 'personal' | 'partner' | 'pet' | 'other',
  string[]
> = {
  manager: [
    'Bring them up to speed on what you finished this week',
    'Ask what matters most to them this month',
    'Ask how you could help the team right now',
  ],
  report: [
    'Ask what is blocking them',
    'Ask how their workload feels',
    'Ask what they would like to learn next',
  ],
  work: [
    'Ask what they are working on this week',
    'Ask about their workload and offer a hand',
    WEEKEND_QUESTION,
    'Share something you learned this week',
  ],
  personal: [
    'Ask what is new with them',
    'Suggest a call or a get-together',
    'Share a small piece of news from your week',
  ],
  // Someone the user lives with is not "called" nor met for "a get-together".
  partner: [
    'Plan an evening together, phones away',
    'Ask how their week really went',
    'Ask what they are looking forward to',
  ],
  pet: ['Plan a walk or some play time'],
  other: ['Ask what is new with them', 'Say a quick hello'],
};

/** What the starters are built from, besides the person. */
export interface StarterContext {
  /** The user's today as days since 1970-01-01: the rotation changes daily, not per request. */
  todayEpochDay: number;
  userInterests: readonly string[];
  /** Item-specific lines that come first ("Wish them a happy 35th birthday"). */
  lead?: string[];
  /** Never talked: use first-contact fallbacks. */
  firstContact?: boolean;
  /**
   * The user's day (days since 1970-01-01) of an ISO instant, for the day of the last logged
   * conversation. Without it the UTC day is used, which is off by one only near midnight.
   */
  dayOf?: (instant: string) => number;
}

/** A fact that was asked about stays out of the starters this many days. */
export const FACT_QUIET_DAYS = 30;

/**
 * 2–3 deterministic things to talk about with a person. The item's own lead lines come first;
 * the rest rotate day by day over every candidate (the follow-up on the last note, a date
 * coming up, shared interests, the person's current facts), so that tomorrow does not open
 * with today's line whenever there is more than one candidate. Same person, same day, same
 * starters: nothing is random and nothing is stored.
 *
 * Facts whose "until" day has passed are left out (see `parseFact`), and so are facts asked
 * about in the last 30 days. "Asked about" is read from the last logged conversation: its
 * note mentions the fact, or the fact was among the starters offered on the day it was
 * logged (the rotation is a pure function of the day, so that day's offer can be recomputed;
 * the follow-up that may have shared that day's lines is not known any more and is left out
 * of the recomputation).
 */
export function conversationStarters(person: AgendaPerson, context: StarterContext): string[] {
  const seed = hashOf(person.id);
  const lead = [...new Set((context.lead ?? []).filter(Boolean))];
  const quiet = askedAbout(person, context, seed);
  const candidates = candidatesOn(person, context, context.todayEpochDay, quiet, [
    followUpCue(person.lastInteraction?.note),
  ]);
  const room = Math.max(0, MAX_STARTERS - lead.length);
  const starters = [...lead.slice(0, MAX_STARTERS)];
  for (const candidate of dailyRotation(candidates, seed, context.todayEpochDay, room)) {
    if (starters.length >= MAX_STARTERS) break;
    if (!starters.includes(candidate)) starters.push(candidate);
  }
  const fallbacks = rotate(
    context.firstContact ? FIRST_CONTACT : genericFor(person.kind, context.todayEpochDay),
    seed + context.todayEpochDay,
  );
  for (const fallback of fallbacks) {
    if (starters.length >= MIN_STARTERS) break;
    if (!starters.includes(fallback)) starters.push(fallback);
  }
  return starters;
}

/** "Ask about: sourdough" for a fact typed as "ask me about: sourdough (until May 2027)". */
export function factStarter(fact: Fact): string {
  return `Ask about: ${fact.topic}`;
}

// Every distinct candidate line for `day`, most timely first (the order only matters for ties).
function candidatesOn(
  person: AgendaPerson,
  context: StarterContext,
  day: number,
  quiet: ReadonlySet<string>,
  timely: (string | null | undefined)[],
): string[] {
  const shared = sharedInterests(person.interests ?? [], context.userInterests);
  const lines = [
    ...timely,
    shared.length > 0 ? `You both like ${shared.slice(0, 2).join(' and ')}` : null,
    ...currentFacts(person.facts, day)
      .filter((fact) => !quiet.has(fact.raw))
      .map(factStarter),
  ];
  return [...new Set(lines.filter((line): line is string => Boolean(line)))];
}

function currentFacts(facts: readonly string[], day: number): Fact[] {
  return facts
    .filter((fact) => fact.trim())
    .map(parseFact)
    .filter((fact) => isFactCurrent(fact, day));
}

// The first `room` candidates of the day. The start moves by `room` a day (by one when that
// would bring the same line back first), so consecutive days open differently.
function dailyRotation(
  candidates: readonly string[],
  seed: number,
  day: number,
  room: number,
): string[] {
  if (candidates.length <= 1) return [...candidates];
  const step = room % candidates.length || 1;
  return rotate(candidates, seed + day * step);
}

// Facts (as typed) asked about in the last conversation, if it was less than 30 days ago.
function askedAbout(person: AgendaPerson, context: StarterContext, seed: number): Set<string> {
  const last = person.lastInteraction;
  const asked = new Set<string>();
  if (!last || person.facts.length === 0) return asked;
  const day = context.dayOf ? context.dayOf(last.at) : Math.floor(epochMsOf(last.at) / DAY_MS);
  if (context.todayEpochDay - day >= FACT_QUIET_DAYS) return asked;

  const note = wordsOf(last.note ?? '');
  for (const fact of currentFacts(person.facts, day)) {
    if ([...wordsOf(fact.topic)].some((word) => note.has(word))) asked.add(fact.raw);
  }
  // What that day's Today offered, recomputed: the lines without lead or follow-up.
  const offered = dailyRotation(
    candidatesOn(person, context, day, new Set(), []),
    seed,
    day,
    MAX_STARTERS,
  ).slice(0, MAX_STARTERS);
  for (const fact of currentFacts(person.facts, day)) {
    if (offered.includes(factStarter(fact))) asked.add(fact.raw);
  }
  return asked;
}

// Words that say what a fact is about: four letters or more, not the little ones.
const COMMON = new Set([
  'about',
  'after',
  'again',
  'also',
  'been',
  'being',
  'from',
  'have',
  'having',
  'here',
  'into',
  'just',
  'like',
  'likes',
  'loves',
  'more',
  'much',
  'next',
  'only',
  'over',
  'some',
  'such',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'they',
  'this',
  'very',
  'were',
  'what',
  'when',
  'will',
  'with',
  'would',
  'your',
  'year',
  'years',
  'week',
  'weeks',
  'month',
  'months',
  'ask',
  'asked',
  'talk',
  'talked',
  'said',
  'says',
  'told',
  'going',
  'doing',
  'does',
  'done',
  'good',
  'great',
  'well',
  'still',
  'each',
  'every',
  'lots',
  'really',
  'named',
  'called',
]);

function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) {
    const clean = word.replace(/^-+|-+$/g, '');
    if (clean.length >= 4 && !COMMON.has(clean)) words.add(clean);
  }
  return words;
}

/** Interests both have, in the person's spelling, compared case- and space-insensitively. */
export function sharedInterests(theirs: readonly string[], mine: readonly string[]): string[] {
  if (theirs.length === 0 || mine.length === 0) return [];
  const own = normalizedSet(mine);
  const seen = new Set<string>();
  const shared: string[] = [];
  for (const interest of theirs) {
    const key = normalizeInterest(interest);
    if (key && own.has(key) && !seen.has(key)) {
      seen.add(key);
      shared.push(interest.trim());
    }
  }
  return shared;
}

// The user's interests are the same list for every person on the agenda: normalize it once.
const normalizedSets = new WeakMap<readonly string[], Set<string>>();

function normalizedSet(interests: readonly string[]): Set<string> {
  let set = normalizedSets.get(interests);
  if (!set) {
    set = new Set(interests.map(normalizeInterest));
    normalizedSets.set(interests, set);
  }
  return set;
}

function normalizeInterest(interest: string): string {
  return interest.trim().toLowerCase().replace(/\s+/g, ' ');
}

// The kind's openers for `day`; the weekend is a question for Monday and Tuesday only.
function genericFor(kind: PersonKind, day: number): string[] {
  if (kind === 'manager' || kind === 'report' || kind === 'partner') return GENERIC[kind];
  if (kind === 'pet' || kind === 'other') return GENERIC[kind];
  if (!isWorkKind(kind)) return GENERIC.personal;
  return weekdayOfEpochDay(day) <= 2
    ? GENERIC.work
    : GENERIC.work.filter((line) => line !== WEEKEND_QUESTION);
}

function rotate<T>(items: readonly T[], seed: number): T[] {
  if (items.length === 0) return [];
  const start = ((seed % items.length) + items.length) % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

// FNV-1a: a stable spread so that people with the same facts do not all rotate in lockstep.
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
