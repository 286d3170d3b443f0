// From pairs to the round's groups: the odd one out joins a pair as the trio (never someone who
// was in the last trio, when avoidable), and groups of 3–4 are assembled from the matching
// (pairs, then pairs joined by a second matching) and polished by swapping members between
// groups while the total score improves. Excluded and no-shared-hours pairs never end up
// together: a member who cannot be placed without one is reported unpaired.
import { maxWeightMatching } from './matching.js';
import { FORBIDDEN, MAX_SCORE, MIN_SHARED_MINUTES, type PairScorer, RECENT } from './pair-score.js';
import { pairKey } from './roster.js';
import { seededRandom } from './seeded.js';
import { longestSpan, sharedWeek } from './working-time.js';

const RECENT_PENALTY = 1_000_000;
const FORBIDDEN_PENALTY = 1_000_000_000;
const MAX_PASSES = 6;

/** Score of two people in one group: points, minus a lot if recent, minus more if forbidden. */
export function togetherValue(scorer: PairScorer, i: number, j: number): number {
  const raw = scorer.score(i, j);
  if (raw === FORBIDDEN) return -FORBIDDEN_PENALTY;
  return (raw & RECENT ? -RECENT_PENALTY : 0) + (raw & (RECENT - 1));
}

/** Sizes of the groups for n people aiming at size 3 or 4 (all 3–4), or null below 6 but 3–4. */
export function groupSizes(n: number, size: 3 | 4): number[] | null {
  if (n === 3 || n === 4) return [n];
  if (n < 6) return null;
  const q = Math.floor(n / size);
  const r = n % size;
  const repeat = (count: number, value: number) => Array.from({ length: count }, () => value);
  if (size === 3) {
    if (r === 0) return repeat(q, 3);
    if (r === 1) return [...repeat(q - 1, 3), 4];
    return [...repeat(q - 2, 3), 4, 4];
  }
  if (r === 0) return repeat(q, 4);
  if (r === 3) return [...repeat(q, 4), 3];
  if (r === 2) return [...repeat(q - 1, 4), 3, 3];
  return [...repeat(q - 2, 4), 3, 3, 3];
}

/**
 * Attaches each leftover person to the best pair as a trio; returns the trios' joiners, and
 * the people no pair can take.
 */
export function attachLeftovers(
  scorer: PairScorer,
  groups: number[][],
  leftovers: readonly number[],
): { joiners: Map<number[], number>; unplaced: number[] } {
  const lastTrio = scorer.history.lastTrio;
  const joiners = new Map<number[], number>();
  const unplaced: number[] = [];
  for (const x of leftovers) {
    let best: number[] | null = null;
    let bestRank = Number.NEGATIVE_INFINITY;
    for (const group of groups) {
      if (group.length !== 2 || joiners.has(group)) continue;
      const [a, b] = group as [number, number];
      const va = togetherValue(scorer, x, a);
      const vb = togetherValue(scorer, x, b);
      if (va <= -FORBIDDEN_PENALTY || vb <= -FORBIDDEN_PENALTY) continue;
      const repeatsTrio = lastTrio.has(a) || lastTrio.has(b) || lastTrio.has(x);
      const { weeks } = scorer.roster;
      const canMeet =
        longestSpan(sharedWeek([weeks[x]!, weeks[a]!, weeks[b]!])) >= MIN_SHARED_MINUTES;
      const rank =
        (repeatsTrio ? -4 * RECENT_PENALTY : 0) + (canMeet ? RECENT_PENALTY / 2 : 0) + va + vb;
      if (rank > bestRank) {
        bestRank = rank;
        best = group;
      }
    }
    if (best) {
      best.push(x);
      joiners.set(best, x);
    } else unplaced.push(x);
  }
  return { joiners, unplaced };
}

/** Groups of the planned sizes built from the matching's pairs, then improved by swaps. */
export function assembleGroups(
  scorer: PairScorer,
  pairs: number[][],
  singles: number[],
  sizes: readonly number[],
  neighbours: readonly Int32Array[],
  seed: number,
): number[][] {
  const trios = sizes.filter((s) => s === 3).length;
  const byWeight = [...pairs].sort((p, q) => pairValue(scorer, q) - pairValue(scorer, p));
  const single = [...singles];
  // Exactly one single per trio: break the weakest pairs, or pair up surplus singles.
  while (single.length < trios && byWeight.length > 0) single.push(...byWeight.pop()!);
  while (single.length > trios) byWeight.push([single.pop()!, single.pop()!]);
  const groups: number[][] = [];
  // Singles join pairs by a matching (singles on one side, pairs on the other).
  const trioMatch = unitMatching(
    scorer,
    [...single.map((s) => [s]), ...byWeight],
    (a, b) => (a.length === 1) !== (b.length === 1),
  );
  const usedPair = new Set<number>();
  for (const [u, v] of trioMatch) {
    const [s, p] = u < single.length ? [u, v] : [v, u];
    groups.push([...byWeight[p - single.length]!, single[s]!]);
    usedPair.add(p - single.length);
  }
  const lonelySingles = single.filter((_, s) => !trioMatch.some(([u, v]) => u === s || v === s));
  let rest = byWeight.filter((_, p) => !usedPair.has(p));
  for (const s of lonelySingles) {
    const pair = rest.pop();
    if (pair) groups.push([...pair, s]);
    else groups.reduce((a, b) => (b.length < a.length ? b : a), groups[0] ?? []).push(s);
  }
  // The remaining pairs meet in fours, again by a matching over pairs.
  const quadMatch = unitMatching(scorer, rest, () => true, neighbours);
  const inQuad = new Set<number>();
  for (const [u, v] of quadMatch) {
    groups.push([...rest[u]!, ...rest[v]!]);
    inQuad.add(u).add(v);
  }
  rest = rest.filter((_, p) => !inQuad.has(p));
  while (rest.length >= 2) groups.push([...rest.pop()!, ...rest.pop()!]);
  if (rest.length === 1) groups.push(rest.pop()!);
  improveBySwaps(scorer, groups, neighbours, seed);
  return groups;
}

function pairValue(scorer: PairScorer, pair: readonly number[]): number {
  return pair.length === 2 ? togetherValue(scorer, pair[0]!, pair[1]!) : 0;
}

/**
 * A maximum-weight matching between units (one or two people) on allowed unit pairs: as many
 * unions as possible, then as few recent repeats, then the most points.
 */
function unitMatching(
  scorer: PairScorer,
  units: readonly (readonly number[])[],
  allowed: (a: readonly number[], b: readonly number[]) => boolean,
  neighbours?: readonly Int32Array[],
): [number, number][] {
  const count = units.length;
  const half = Math.ceil(count / 2);
  const fine = 4 * MAX_SCORE;
  const fresh = half * fine + 1;
  const cover = half * (4 * fresh + fine) + 1;
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const add = (u: number, v: number) => {
    if (!allowed(units[u]!, units[v]!)) return;
    let recent = 0;
    let points = 0;
    for (const x of units[u]!) {
      for (const y of units[v]!) {
        const raw = scorer.score(x, y);
        if (raw === FORBIDDEN) return;
        if (raw & RECENT) recent++;
        points += raw & (RECENT - 1);
      }
    }
    from.push(u);
    to.push(v);
    weight.push(cover + (4 - recent) * fresh + points);
  };
  if (!neighbours || count <= 600) {
    for (let u = 0; u < count; u++) for (let v = u + 1; v < count; v++) add(u, v);
  } else {
    const unitOf = new Map<number, number>();
    units.forEach((unit, u) => {
      for (const x of unit) unitOf.set(x, u);
    });
    const seen = new Set<number>();
    units.forEach((unit, u) => {
      for (const x of unit) {
        for (const y of neighbours[x] ?? []) {
          const v = unitOf.get(y);
          if (v === undefined || v === u) continue;
          const key = pairKey(count, u, v);
          if (seen.has(key)) continue;
          seen.add(key);
          add(Math.min(u, v), Math.max(u, v));
        }
      }
    });
  }
  const { mate } = maxWeightMatching({ n: count, from, to, weight });
  const out: [number, number][] = [];
  for (let u = 0; u < count; u++) if (mate[u]! > u) out.push([u, mate[u]!]);
  return out;
}

/** Swaps two people between groups whenever that raises the total; stops at a local optimum. */
export function improveBySwaps(
  scorer: PairScorer,
  groups: number[][],
  neighbours: readonly Int32Array[],
  seed: number,
): void {
  if (groups.length < 2) return;
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => {
    for (const x of group) groupOf.set(x, g);
  });
  const random = seededRandom(seed ^ 0x5bd1e995);
  const value = (x: number, group: readonly number[], skip: number) => {
    let total = 0;
    for (const y of group) if (y !== x && y !== skip) total += togetherValue(scorer, x, y);
    return total;
  };
  const trySwap = (x: number, target: number): boolean => {
    const a = groupOf.get(x)!;
    if (a === target) return false;
    const A = groups[a]!;
    const B = groups[target]!;
    const stay = value(x, A, x);
    for (const z of B) {
      const delta = value(z, A, x) + value(x, B, z) - stay - value(z, B, z);
      if (delta > 0) {
        A[A.indexOf(x)] = z;
        B[B.indexOf(z)] = x;
        groupOf.set(x, target);
        groupOf.set(z, a);
        return true;
      }
    }
    return false;
  };
  const people = [...groupOf.keys()].sort((p, q) => p - q);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (const x of people) {
      for (const y of neighbours[x] ?? []) {
        const target = groupOf.get(y);
        if (target !== undefined && trySwap(x, target)) improved = true;
      }
      for (let r = 0; r < 3; r++) {
        if (trySwap(x, Math.floor(random() * groups.length))) improved = true;
      }
    }
    if (!improved) break;
  }
}

/** Removes people until no excluded or hour-less pair is left in any group; returns them. */
export function dropForbidden(scorer: PairScorer, groups: number[][]): number[] {
  const dropped: number[] = [];
  for (const group of groups) {
    for (;;) {
      const bad = group.map(
        (x) => group.filter((y) => y !== x && scorer.score(x, y) === FORBIDDEN).length,
      );
      const worst = bad.indexOf(Math.max(0, ...bad));
      if (bad[worst]! <= 0) break;
      dropped.push(...group.splice(worst, 1));
    }
  }
  return dropped;
}
