import { isWorkKind, type PersonKind } from '../people/person-kind.js';
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
const GENERIC: Record<'manager' | 'report' | 'work' | 'personal' | 'pet' | 'other', string[]> = {
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
    'Ask what they did at the weekend',
    'Share something you learned this week',
  ],
  personal: [
    'Ask what is new with them',
    'Suggest a call or a get-together',
    'Share a small piece of news from your week',
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
  /** A date of theirs coming up ("Their birthday is on Thursday"). */
  upcoming?: string | null;
  /** Never talked: use first-contact fallbacks. */
  firstContact?: boolean;
}

/** 2–3 deterministic things to talk about with a person, rotating day by day. */
export function conversationStarters(person: AgendaPerson, context: StarterContext): string[] {
  const seed = context.todayEpochDay + hashOf(person.id);
  const facts = rotate(person.facts.map((fact) => fact.trim()).filter(Boolean), seed);
  const shared = sharedInterests(person.interests ?? [], context.userInterests);
  const candidates = [
    ...(context.lead ?? []),
    followUpCue(person.lastInteraction?.note),
    context.upcoming,
    facts[0] && `Ask about: ${facts[0]}`,
    shared.length > 0 && `You both like ${shared.slice(0, 2).join(' and ')}`,
    ...facts.slice(1).map((fact) => `Ask about: ${fact}`),
  ];
  const starters: string[] = [];
  for (const candidate of candidates) {
    if (starters.length >= MAX_STARTERS) break;
    if (candidate && !starters.includes(candidate)) starters.push(candidate);
  }
  const fallbacks = rotate(context.firstContact ? FIRST_CONTACT : genericFor(person.kind), seed);
  for (const fallback of fallbacks) {
    if (starters.length >= MIN_STARTERS) break;
    if (!starters.includes(fallback)) starters.push(fallback);
  }
  return starters;
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

function genericFor(kind: PersonKind): string[] {
  if (kind === 'manager' || kind === 'report' || kind === 'pet' || kind === 'other') {
    return GENERIC[kind];
  }
  return isWorkKind(kind) ? GENERIC.work : GENERIC.personal;
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
