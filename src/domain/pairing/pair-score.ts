// What a pair is worth, in points, and which pairs may not meet at all. Points (0–800):
// recency up to 400 (never met, or asked to meet again: 400; met d rounds ago, past the K-round
// window: 400·(1 − 2^−(d−K)/4)), teams up to 150 (across teams; new hires' own team in their first
// weeks), working-hours overlap up to 100 (longest shared stretch, full at 4 h), shared interests
// 50 each up to 150. Excluded pairs and pairs without 30 shared minutes (unless both allow async)
// are forbidden. A pair that met within K rounds is "recent": allowed only when nothing else
// keeps everyone grouped (see weights in round.ts).
import { BRIDGING, OWN_TEAM, type PairHistory, pairKey, type Roster } from './roster.js';
import { hashString, mix } from './seeded.js';
import { longestShared } from './working-time.js';

export const MIN_SHARED_MINUTES = 30;
export const MAX_SCORE = 800;
/** Set on a score when the pair met within the last K rounds. */
export const RECENT = 1 << 20;
export const FORBIDDEN = -1;

/** The facts behind a pair's score, for the reason line. */
export interface PairFacts {
  score: number;
  recent: boolean;
  /** Rounds since they last met; null when never. */
  roundsAgo: number | null;
  again: boolean;
  sharedMinutes: number;
  async: boolean;
  sameTeam: boolean;
  welcome: boolean;
  interests: number[];
}

/** Scores pairs of one roster against its history. */
export class PairScorer {
  readonly schedulePosition: Int32Array;
  private readonly rotating: number;
  private readonly seedHash: number;

  constructor(
    readonly roster: Roster,
    readonly history: PairHistory,
    readonly noRepeatRounds: number,
    seed: number | string,
  ) {
    // Round-robin ("circle method") positions by a seed-independent hash of the id, so the
    // schedule stays put from round to round and breaks ties toward a full rotation.
    const { n, ids } = roster;
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => hashString(ids[a]!) - hashString(ids[b]!) || (ids[a]! < ids[b]! ? -1 : 1),
    );
    this.schedulePosition = new Int32Array(n);
    order.forEach((i, position) => {
      this.schedulePosition[i] = position;
    });
    this.rotating = n % 2 === 0 ? n - 1 : n;
    this.seedHash = hashString(String(seed));
  }

  /** Points plus the RECENT flag, or FORBIDDEN. */
  score(i: number, j: number): number {
    const { roster, history } = this;
    const key = pairKey(roster.n, i, j);
    if (roster.excluded.has(key)) return FORBIDDEN;
    const shared = longestShared(roster.weeks[i]!, roster.weeks[j]!);
    if (shared < MIN_SHARED_MINUTES && !(roster.allowAsync[i] && roster.allowAsync[j])) {
      return FORBIDDEN;
    }
    let points = 0;
    let recent = false;
    const met = history.lastMet.get(key);
    if (met === undefined) points += 400;
    else {
      const ago = history.round - met;
      if (ago <= this.noRepeatRounds) recent = true;
      else if (history.again.has(key)) points += 400;
      else points += Math.round(400 * (1 - 2 ** (-(ago - this.noRepeatRounds) / 4)));
    }
    points += this.teamPoints(i, j);
    points += Math.floor((Math.min(shared, 240) * 100) / 240);
    points += 50 * Math.min(3, sharedCount(roster.interests[i]!, roster.interests[j]!));
    return recent ? points | RECENT : points;
  }

  private teamPoints(i: number, j: number): number {
    const { teamId, phase } = this.roster;
    const same = teamId[i] === teamId[j];
    if (phase[i] === OWN_TEAM || phase[j] === OWN_TEAM) return same ? 150 : 0;
    if (phase[i] === BRIDGING || phase[j] === BRIDGING) return 100;
    return same ? 0 : 150;
  }

  /** Whether the round-robin schedule pairs i and j this round. */
  scheduled(i: number, j: number): boolean {
    const m = this.rotating;
    const r = ((this.history.round % m) + m) % m;
    const a = this.schedulePosition[i]!;
    const b = this.schedulePosition[j]!;
    if (a === m) return b === r;
    if (b === m) return a === r;
    return a !== b && (a + b - 2 * r) % m === 0;
  }

  /** A seeded tie-break in 0..7. */
  jitter(i: number, j: number): number {
    return mix(this.seedHash ^ mix(i < j ? i * 0x9e3779b1 + j : j * 0x9e3779b1 + i)) & 7;
  }

  /** The facts behind a pair's score. */
  facts(i: number, j: number): PairFacts {
    const { roster, history } = this;
    const key = pairKey(roster.n, i, j);
    const raw = this.score(i, j);
    const met = history.lastMet.get(key);
    const shared = longestShared(roster.weeks[i]!, roster.weeks[j]!);
    return {
      score: raw === FORBIDDEN ? 0 : raw & (RECENT - 1),
      recent: raw !== FORBIDDEN && (raw & RECENT) !== 0,
      roundsAgo: met === undefined ? null : history.round - met,
      again: history.again.has(key),
      sharedMinutes: shared,
      async: shared < MIN_SHARED_MINUTES,
      sameTeam: roster.teamId[i] === roster.teamId[j],
      welcome: roster.phase[i] === OWN_TEAM || roster.phase[j] === OWN_TEAM,
      interests: sharedList(roster.interests[i]!, roster.interests[j]!),
    };
  }
}

function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      count++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return count;
}

function sharedList(a: Int32Array, b: Int32Array): number[] {
  const set = new Set(a);
  return [...b].filter((x) => set.has(x));
}
