// The round's members as indexed arrays (sorted by id, so input order never matters) and the
// history folded into per-pair facts: when they last met, whether they asked to meet again.
import { DomainInputError } from '../input-error.js';
import { DAY_MS, epochDayFromIsoDate } from '../time/epoch-day.js';
import { epochMsOf } from '../time/instant.js';
import { requireTimeZone } from '../time/time-zone.js';
import type { PairingHistoryRound, PairingMember, PairingRules } from './types.js';
import { weekOfWork } from './working-time.js';

/** Where a new hire is on the onboarding ladder. */
export const SETTLED = 0;
export const OWN_TEAM = 1;
export const BRIDGING = 2;

/** Members as parallel arrays; index i is the i-th id in sorted order. */
export interface Roster {
  n: number;
  ids: string[];
  members: PairingMember[];
  index: Map<string, number>;
  teamId: Int32Array;
  zones: string[];
  weeks: Int32Array[];
  allowAsync: Uint8Array;
  interests: Int32Array[];
  interestLabel: string[];
  phase: Uint8Array;
  /** Pair keys (i·n + j, i < j) that one of the two excluded. */
  excluded: Set<number>;
}

/** Folded history. */
export interface PairHistory {
  round: number;
  lastMet: Map<number, number>;
  again: Set<number>;
  /** Members of the previous round's odd-count trio (pairs mode). */
  lastTrio: Set<number>;
}

/** Key of an unordered pair of member indexes. */
export function pairKey(n: number, i: number, j: number): number {
  return i < j ? i * n + j : j * n + i;
}

function normalizeInterest(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Validates members and compiles their weeks, interests and ladder phase. */
export function buildRoster(
  input: readonly PairingMember[],
  rules: PairingRules,
  nowMs: number,
): Roster {
  const members = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = members.length;
  const index = new Map<string, number>();
  members.forEach((m, i) => {
    if (typeof m.id !== 'string' || m.id === '' || m.id === '*') {
      throw new DomainInputError(
        'invalid_member',
        `Member id ${JSON.stringify(m.id)} is not usable.`,
      );
    }
    if (index.has(m.id))
      throw new DomainInputError('duplicate_member', `Member ${m.id} appears twice.`);
    index.set(m.id, i);
  });
  const teamIds = new Map<string, number>();
  const interestIds = new Map<string, number>();
  const interestLabel: string[] = [];
  const weekCache = new Map<string, Int32Array>();
  const roster: Roster = {
    n,
    ids: members.map((m) => m.id),
    members,
    index,
    teamId: new Int32Array(n),
    zones: [],
    weeks: [],
    allowAsync: new Uint8Array(n),
    interests: [],
    interestLabel,
    phase: new Uint8Array(n),
    excluded: new Set(),
  };
  const half = Math.ceil(rules.onboardingWeeks / 2);
  members.forEach((m, i) => {
    const zone = requireTimeZone(m.timeZone, `timeZone of ${m.id}`);
    roster.zones.push(zone);
    const cacheKey = `${zone}|${JSON.stringify(m.workingHours ?? {})}`;
    let week = weekCache.get(cacheKey);
    if (!week) {
      week = weekOfWork(zone, m.workingHours, nowMs, `working hours of ${m.id}`);
      weekCache.set(cacheKey, week);
    }
    roster.weeks.push(week);
    let team = teamIds.get(m.team);
    if (team === undefined) {
      team = teamIds.size;
      teamIds.set(m.team, team);
    }
    roster.teamId[i] = team;
    roster.allowAsync[i] = m.allowAsync ? 1 : 0;
    const own = new Set<number>();
    for (const raw of m.interests ?? []) {
      const key = normalizeInterest(raw);
      if (!key) continue;
      let id = interestIds.get(key);
      if (id === undefined) {
        id = interestLabel.length;
        interestIds.set(key, id);
        interestLabel.push(raw.trim());
      }
      own.add(id);
    }
    roster.interests.push(Int32Array.from([...own].sort((a, b) => a - b)));
    const weeksIn = Math.floor((nowMs - joinedMs(m)) / (7 * DAY_MS));
    roster.phase[i] =
      weeksIn < half ? OWN_TEAM : weeksIn < rules.onboardingWeeks ? BRIDGING : SETTLED;
    for (const other of m.excluded ?? []) {
      const j = index.get(other);
      if (j !== undefined && j !== i) roster.excluded.add(pairKey(n, i, j));
    }
  });
  return roster;
}

function joinedMs(member: PairingMember): number {
  const day = epochDayFromIsoDate(member.joinedAt);
  if (day !== null) return day * DAY_MS;
  try {
    return epochMsOf(member.joinedAt);
  } catch {
    throw new DomainInputError(
      'invalid_date',
      `joinedAt of ${member.id} ("${member.joinedAt}") is not a YYYY-MM-DD date.`,
    );
  }
}

/** When each present pair last met (answers "didn't" undo a meeting), newest answer wins. */
export function foldHistory(
  roster: Roster,
  history: readonly PairingHistoryRound[],
  groupSize: number,
): PairHistory {
  const { n, index } = roster;
  const rounds = [...history].sort((a, b) => a.round - b.round);
  const lastMet = new Map<number, number>();
  const again = new Set<number>();
  for (const round of rounds) {
    const answers = new Map<number, { met: boolean; didnt: boolean; again: boolean }>();
    for (const f of round.feedback ?? []) {
      const i = index.get(f.from);
      const j = index.get(f.with);
      if (i === undefined || j === undefined || i === j) continue;
      const key = pairKey(n, i, j);
      const a = answers.get(key) ?? { met: false, didnt: false, again: false };
      if (f.answer === 'didnt') a.didnt = true;
      else a.met = true;
      if (f.answer === 'again') a.again = true;
      answers.set(key, a);
    }
    for (const group of round.groups) {
      const present = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
      for (let x = 0; x < present.length; x++) {
        for (let y = x + 1; y < present.length; y++) {
          const key = pairKey(n, present[x]!, present[y]!);
          const a = answers.get(key);
          if (a?.didnt && !a.met) continue;
          lastMet.set(key, round.round);
          if (a?.again) again.add(key);
          else again.delete(key);
        }
      }
    }
  }
  const latest = rounds[rounds.length - 1];
  const lastTrio = new Set<number>();
  if (latest && groupSize === 2) {
    for (const group of latest.groups) {
      if (group.length < 3) continue;
      for (const id of group) {
        const i = index.get(id);
        if (i !== undefined) lastTrio.add(i);
      }
    }
  }
  return { round: latest ? latest.round + 1 : 1, lastMet, again, lastTrio };
}
