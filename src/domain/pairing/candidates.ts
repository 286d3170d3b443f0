// The weighted graph a round is solved on. Up to DENSE_LIMIT members every allowed pair is an
// edge; above it each member keeps its CAP best candidates out of a window of neighbours in
// working-time order (people whose days line up) plus a few seeded random picks, and the union
// of those lists is the graph. Weights are integers that rank, in this order of priority:
// everyone grouped (cover), no pair that met within K rounds (fresh), the pair's score, then
// the round-robin schedule and a seeded jitter as tie-breaks.
import { FORBIDDEN, MAX_SCORE, type PairScorer, RECENT } from './pair-score.js';
import type { Roster } from './roster.js';
import { seededRandom } from './seeded.js';
import type { PairingWeightScale } from './types.js';

export const DENSE_LIMIT = 2000;
export const CAP = 30;
const WINDOW = 60;
const RANDOM_PICKS = 30;
const NEIGHBOURS = 12;
/** Largest part of a weight below `fresh`: 16 per score point, 8 for the schedule, jitter 0–7. */
export const MAX_FINE = 16 * MAX_SCORE + 15;

/** The candidate graph over a pool's local indexes (member = pool[i]), with best neighbours. */
export interface CandidateGraph {
  pool: Int32Array;
  from: Int32Array;
  to: Int32Array;
  weight: Float64Array;
  /** Per pool position, its best candidates (member indexes) for the group local search. */
  neighbours: Int32Array[];
  capped: boolean;
}

/** Weight scale for a solve over `vertices` vertices: each tier outweighs all lower ones together. */
export function weightScale(vertices: number): PairingWeightScale {
  const half = Math.ceil(vertices / 2);
  const fresh = half * MAX_FINE + 1;
  return { cover: half * (fresh + MAX_FINE) + 1, fresh, scoreUnit: 16 };
}

/** Encodes a raw score (points + RECENT flag) as a solver weight. */
export function encode(scale: PairingWeightScale, raw: number, scheduled: boolean, jitter: number) {
  const recent = (raw & RECENT) !== 0;
  return (
    scale.cover +
    (recent ? 0 : scale.fresh) +
    16 * (raw & (RECENT - 1)) +
    (scheduled ? 8 : 0) +
    jitter
  );
}

/** Builds the weighted edges for a round. */
export function candidateGraph(
  scorer: PairScorer,
  scale: PairingWeightScale,
  seed: number,
  pool: Int32Array,
): CandidateGraph {
  return pool.length <= DENSE_LIMIT
    ? dense(scorer, scale, pool)
    : capped(scorer, scale, seed, pool);
}

/**
 * Members in working-time order: by the middle of their first working stretch (minutes after
 * now, mod a day), so that neighbours share the most hours. Pools and candidate windows are
 * cut from this circular order.
 */
export function workOrder(roster: Roster, members: ArrayLike<number>): Int32Array {
  const centre = (i: number) => {
    const week = roster.weeks[i]!;
    return week.length === 0 ? -1 : ((week[0]! + week[1]!) / 2) % 1440;
  };
  return Int32Array.from(members).sort((a, b) => centre(a) - centre(b) || a - b);
}

function weigh(scorer: PairScorer, scale: PairingWeightScale, i: number, j: number): number {
  const raw = scorer.score(i, j);
  if (raw === FORBIDDEN) return -1;
  return encode(scale, raw, scorer.scheduled(i, j), scorer.jitter(i, j));
}

function dense(scorer: PairScorer, scale: PairingWeightScale, pool: Int32Array): CandidateGraph {
  const n = pool.length;
  const size = (n * (n - 1)) / 2;
  const from = new Int32Array(size);
  const to = new Int32Array(size);
  const weight = new Float64Array(size);
  const best = new TopLists(n, NEIGHBOURS);
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = weigh(scorer, scale, pool[i]!, pool[j]!);
      if (w < 0) continue;
      from[m] = i;
      to[m] = j;
      weight[m] = w;
      m++;
      best.offer(i, pool[j]!, w);
      best.offer(j, pool[i]!, w);
    }
  }
  return {
    pool,
    from: from.subarray(0, m),
    to: to.subarray(0, m),
    weight: weight.subarray(0, m),
    neighbours: best.lists(),
    capped: false,
  };
}

function capped(
  scorer: PairScorer,
  scale: PairingWeightScale,
  seed: number,
  pool: Int32Array,
): CandidateGraph {
  const n = pool.length;
  const local = new Map<number, number>();
  pool.forEach((member, i) => {
    local.set(member, i);
  });
  const order = Int32Array.from(workOrder(scorer.roster, pool), (member) => local.get(member)!);
  const random = seededRandom(seed);
  const top = new TopLists(n, CAP);
  const seen = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    seen[i] = i;
    const consider = (j: number) => {
      if (seen[j] === i) return;
      seen[j] = i;
      const w = weigh(scorer, scale, pool[i]!, pool[j]!);
      if (w >= 0) top.offer(i, j, w);
    };
    for (let d = 1; d <= WINDOW && d < n; d++) {
      consider(order[(p + d) % n]!);
      consider(order[(p - d + n) % n]!);
    }
    for (let r = 0; r < RANDOM_PICKS; r++) consider(Math.floor(random() * n));
  }
  const lists = top.lists();
  const listed = (a: number, b: number) => lists[a]!.includes(b);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const j of lists[i]!) {
      if (j < i && listed(j, i)) continue;
      from.push(i);
      to.push(j);
      weight.push(weigh(scorer, scale, pool[i]!, pool[j]!));
    }
  }
  return {
    pool,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    weight: Float64Array.from(weight),
    neighbours: lists.map((list) =>
      Int32Array.from(list.subarray(0, Math.min(list.length, NEIGHBOURS)), (j) => pool[j]!),
    ),
    capped: true,
  };
}

/** Per member, the k highest-weight candidates offered so far. */
class TopLists {
  private readonly idx: Int32Array;
  private readonly val: Float64Array;
  private readonly count: Int32Array;
  private readonly minAt: Int32Array;

  constructor(
    n: number,
    private readonly k: number,
  ) {
    this.idx = new Int32Array(n * k);
    this.val = new Float64Array(n * k);
    this.count = new Int32Array(n);
    this.minAt = new Int32Array(n);
  }

  offer(i: number, j: number, w: number) {
    const { k, idx, val } = this;
    const base = i * k;
    const c = this.count[i]!;
    if (c < k) {
      idx[base + c] = j;
      val[base + c] = w;
      this.count[i] = c + 1;
      if (c + 1 === k) this.findMin(i);
      return;
    }
    const at = this.minAt[i]!;
    if (w <= val[base + at]!) return;
    idx[base + at] = j;
    val[base + at] = w;
    this.findMin(i);
  }

  private findMin(i: number) {
    const base = i * this.k;
    let at = 0;
    for (let x = 1; x < this.k; x++) if (this.val[base + x]! < this.val[base + at]!) at = x;
    this.minAt[i] = at;
  }

  /** Each member's list, best first. */
  lists(): Int32Array[] {
    const out: Int32Array[] = [];
    for (let i = 0; i < this.count.length; i++) {
      const base = i * this.k;
      const c = this.count[i]!;
      const slots = Array.from({ length: c }, (_, x) => base + x).sort(
        (a, b) => this.val[b]! - this.val[a]! || this.idx[a]! - this.idx[b]!,
      );
      out.push(Int32Array.from(slots, (s) => this.idx[s]!));
    }
    return out;
  }
}
