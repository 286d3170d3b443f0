// The shapes of a coffee-pairing round: who is in it, what happened before, the rules, and
// what comes out. Plain data; times are ISO strings, zones IANA names.

/** Days of the week as keys of working hours. */
import type { Weekday } from '../availability/types.js';

export type { Weekday };

/** A stretch of a working day on the member's wall clock; `end` ≤ `start` runs past midnight. */
export interface WorkingWindow {
  /** `HH:MM`, 00:00–23:59. */
  start: string;
  /** `HH:MM`, 00:00–24:00. */
  end: string;
}

/** A member's usual working hours per weekday (a missing or empty day is a day off). */
export type WorkingHours = Record<Weekday, readonly WorkingWindow[]>;

/** Someone taking part in this round (snoozed or opted-out members are simply not passed in). */
export interface PairingMember {
  id: string;
  team: string;
  timeZone: string;
  workingHours: WorkingHours;
  interests: readonly string[];
  /** `YYYY-MM-DD` (or an ISO instant): the first day at the company. */
  joinedAt: string;
  /** Happy to be paired without shared working hours (an async exchange). */
  allowAsync: boolean;
  /** Ids this member confidentially excluded; they are never grouped together. */
  excluded: readonly string[];
}

/** How a pairing went, as one member tells it. */
export type PairingAnswer = 'met' | 'didnt' | 'again';

/** One member's answer about one person they were grouped with. */
export interface PairingFeedback {
  from: string;
  with: string;
  answer: PairingAnswer;
}

/** A past round, as stored: its groups and the answers that came back. */
export interface PairingHistoryRound {
  round: number;
  groups: readonly (readonly string[])[];
  feedback?: readonly PairingFeedback[];
}

/** How this round is formed. */
export interface PairingRules {
  /** 2: pairs (plus one trio when the count is odd); 3 or 4: groups of 3–4. */
  groupSize: 2 | 3 | 4;
  /** People who met within this many rounds are not grouped again while any alternative exists. */
  noRepeatRounds: number;
  /** New hires meet their own team first, then the rest, over this many weeks. */
  onboardingWeeks: number;
  /** The instant the round is formed (ISO, with offset). */
  now: string;
  /** Makes ties and the local search reproducible: the same input and seed give the same round. */
  seed: number | string;
}

/** Everything `buildPairingRound` needs. History is newest last. */
export interface PairingInput {
  members: readonly PairingMember[];
  history: readonly PairingHistoryRound[];
  rules: PairingRules;
}

/** A member's wall-clock view of a suggested slot. */
export interface SlotLocalTime {
  id: string;
  timeZone: string;
  /** `YYYY-MM-DDTHH:MM` on the member's clock. */
  local: string;
  weekday: Weekday;
}

/** The next shared working-hours window of at least 30 minutes in the coming week. */
export interface PairingSlot {
  /** ISO instant (UTC) when the suggested meeting starts. */
  start: string;
  /** Suggested length: 30 minutes, inside everyone's working hours. */
  minutes: number;
  /** How long the shared window lasts from `start`. */
  windowMinutes: number;
  local: SlotLocalTime[];
}

/** One group of the round with its reason and suggested slot. */
export interface PairingGroup {
  members: string[];
  /** Why these people: "never met · 2 h 30 overlap · both like climbing". */
  reason: string;
  /** Null when the group has no 30-minute shared window and meets asynchronously. */
  slot: PairingSlot | null;
  /** Sum of the pair scores inside the group (see README for the score). */
  weight: number;
}

/**
 * An edge the solver considered: [a, b, weight]. `b` is `"*"` for the stand-in partner that
 * marks who may join a pair as the trio when the count is odd.
 */
export type PairingEdge = readonly [a: string, b: string, weight: number];

/** How solver weights are built: cover + (met within K rounds ? 0 : fresh) + unit × score + tie-breaks. */
export interface PairingWeightScale {
  cover: number;
  fresh: number;
  scoreUnit: number;
}

/** A formed round, with the weighted edges used so it can be audited and replayed. */
export interface PairingRound {
  round: number;
  seed: number | string;
  groups: PairingGroup[];
  /** Members nobody could be grouped with (every candidate excluded or without shared hours). */
  unpaired: string[];
  edges: PairingEdge[];
  scale: PairingWeightScale;
  /**
   * Total weight of the maximum-weight matching(s) the groups were built from (the exact
   * optimum of each pool's candidate graph), as a decimal integer: it can pass 2^53.
   */
  matchingWeight: string;
}
