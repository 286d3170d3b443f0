// The trio of an odd pool in pairs mode. The ghost matching (round.ts) leaves one person, the
// joiner, for the trio; joining them to one of the matching's pairs is usually right, but a
// hard constraint (an exclusion, no shared hours) can block every such pair while another
// arrangement would place everyone. Arrangements are compared in this order: fewest people
// left over, fewest pairs that met within K rounds (the trio's three pairs included), fewest
// members of the last trio in the trio, a 30-minute window for all three, the most points.
// When joining the ghost's choice to a pair is not ideal on the first four, a search tries
// other joiners: for a joiner x, one matching over everyone but x rewards the pairs x could
// join, so it finds an arrangement with x in the trio whenever one exists; the trio it yields
// then gets its pairs re-solved exactly. Levels (ideal, no recent repeat, anyone placed) are
// searched in turn, each only while the best so far is below it.
import { MAX_FINE } from './candidates.js';
import { MAX_MATCHING_WEIGHT, maxWeightMatching } from './matching.js';
import { FORBIDDEN, MIN_SHARED_MINUTES, type PairScorer, RECENT } from './pair-score.js';
import type { PairingWeightScale } from './types.js';
import { longestSpan, sharedWeek } from './working-time.js';

/** Work (edges + 40 per member, per solve) the joiner search may spend in a round (≲ 0.5 s). */
export const TRIO_SEARCH_BUDGET = 1_000_000;

/** A pool's edges over local indexes (member = pool[i]), weights as candidates.ts encodes them. */
export interface PoolGraph {
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** The odd pool's arrangement, in member indexes. */
export interface OddArrangement {
  pairs: number[][];
  /** The trio and who joins a pair as its third, or null when nobody could join a pair. */
  trio: { group: number[]; joiner: number } | null;
  leftovers: number[];
}

/** [left over, recent pairs, last-trio members in the trio, no shared window, −points]: less is better. */
type Key = [number, number, number, number, number];

function better(a: Key, b: Key): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

/** Lowest level a key reaches: 0 ideal, 1 nobody left and no recent pair, 2 nobody left, 3 else. */
function level(key: Key): number {
  if (key[0] > 0) return 3;
  if (key[1] > 0) return 2;
  return key[2] > 0 || key[3] > 0 ? 1 : 0;
}

interface Candidate {
  key: Key;
  pairs: [number, number][];
  trio: [number, number, number] | null;
  leftovers: number[];
}

/**
 * The best arrangement found for an odd pool, given the ghost matching's mates (`mate[i]` is
 * the local mate, `size` for the ghost, −1 for nobody) and who the ghost could take.
 */
export function arrangeOddPool(
  scorer: PairScorer,
  scale: PairingWeightScale,
  pool: Int32Array,
  graph: PoolGraph,
  mate: Int32Array,
  standIns: readonly number[],
): OddArrangement {
  const search = new TrioSearch(scorer, scale, pool, graph);
  const size = pool.length;
  const pairs: [number, number][] = [];
  const leftovers: number[] = [];
  let joiner = -1;
  for (let i = 0; i < size; i++) {
    const j = mate[i]!;
    if (j === size) joiner = i;
    else if (j === -1) leftovers.push(i);
    else if (i < j) pairs.push([i, j]);
  }
  // The ghost matching as it stands, with the joiner left over, then joined to each pair.
  const base = search.pairsKey(pairs, leftovers.length + (joiner === -1 ? 0 : 1));
  let best: Candidate = {
    key: base,
    pairs,
    trio: null,
    leftovers: joiner === -1 ? leftovers : [...leftovers, joiner],
  };
  if (joiner !== -1) {
    pairs.forEach(([a, b], p) => {
      const trio = search.trioFacts(joiner, a, b);
      if (!trio) return;
      const pairPart = search.pairPart(a, b);
      const key: Key = [
        leftovers.length,
        base[1] - pairPart.recent + trio.recent,
        trio.lastTrio,
        trio.noWindow,
        base[4] + pairPart.fine - trio.fine,
      ];
      if (better(key, best.key)) {
        best = { key, pairs: pairs.filter((_, q) => q !== p), trio: [a, b, joiner], leftovers };
      }
    });
  }
  // Someone nobody may meet can never be placed: then no search can place everyone.
  if (level(best.key) > 0 && !search.someoneAlone()) {
    // A joiner the ghost could take has no better matching of the others than the ghost's,
    // in cover and then in recent repeats; only the others can do better there.
    const stand = new Set(standIns);
    const perfect = leftovers.length === 0 && joiner !== -1;
    const fresh = perfect && base[1] === 0;
    const order = search.joinerOrder(joiner, stand);
    for (const target of [0, 1, 2] as const) {
      if (level(best.key) <= target) break;
      for (const x of order) {
        if (!(target === 2 ? perfect : fresh) && stand.has(x)) continue;
        if (target === 0 && scorer.history.lastTrio.has(pool[x]!)) continue;
        if (!search.coverable(x, target)) continue;
        if (search.spent > TRIO_SEARCH_BUDGET) break;
        const trio = search.trioThrough(x, target);
        if (!trio) continue;
        const found = search.withTrio(trio);
        if (better(found.key, best.key)) best = found;
        if (level(best.key) <= target) break;
      }
    }
  }
  const member = (i: number) => pool[i]!;
  return {
    pairs: best.pairs.map((p) => p.map(member)),
    trio: best.trio ? { group: best.trio.map(member), joiner: member(best.trio[2]) } : null,
    leftovers: best.leftovers.map(member),
  };
}

interface TrioFacts {
  recent: number;
  lastTrio: number;
  noWindow: number;
  /** Fine weight (16·score + schedule + jitter) of the trio's three pairs. */
  fine: number;
}

/** The pool's graph and scores, and the solves the search runs on them. */
class TrioSearch {
  /** Work spent so far (see TRIO_SEARCH_BUDGET). */
  spent = 0;
  private readonly size: number;
  /** Per member, how many people the graph lets them meet. */
  private readonly degree: Int32Array;
  /** Per member: nobody else can all be paired without them (1: no fresh pairs, 2: at all). */
  private readonly uncovered: Uint8Array;

  constructor(
    private readonly scorer: PairScorer,
    private readonly scale: PairingWeightScale,
    private readonly pool: Int32Array,
    private readonly graph: PoolGraph,
  ) {
    this.size = pool.length;
    this.degree = new Int32Array(this.size);
    for (let k = 0; k < graph.from.length; k++) {
      this.degree[graph.from[k]!]!++;
      this.degree[graph.to[k]!]!++;
    }
    this.uncovered = new Uint8Array(this.size);
  }

  someoneAlone(): boolean {
    return this.degree.includes(0);
  }

  /** Whether the others may still be perfectly matched without x, as far as solves have shown. */
  coverable(x: number, target: 0 | 1 | 2): boolean {
    return this.uncovered[x]! < (target === 2 ? 2 : 1);
  }

  private isFresh(w: number): boolean {
    return w - this.scale.cover >= this.scale.fresh;
  }

  private fineOf(w: number): number {
    return w - this.scale.cover - (this.isFresh(w) ? this.scale.fresh : 0);
  }

  /** Raw score (points + RECENT flag, or FORBIDDEN) of two local indexes. */
  private raw(i: number, j: number): number {
    return this.scorer.score(this.pool[i]!, this.pool[j]!);
  }

  /** A pair's fine weight, as candidates.ts encodes it below the fresh tier. */
  private fine(i: number, j: number, raw: number): number {
    const a = this.pool[i]!;
    const b = this.pool[j]!;
    return (
      16 * (raw & (RECENT - 1)) + (this.scorer.scheduled(a, b) ? 8 : 0) + this.scorer.jitter(a, b)
    );
  }

  pairPart(a: number, b: number): { recent: number; fine: number } {
    const raw = this.raw(a, b);
    return { recent: raw & RECENT ? 1 : 0, fine: this.fine(a, b, raw) };
  }

  /** The key of pairs with `left` people left over and no trio. */
  pairsKey(pairs: readonly [number, number][], left: number): Key {
    let recent = 0;
    let fine = 0;
    for (const [a, b] of pairs) {
      const part = this.pairPart(a, b);
      recent += part.recent;
      fine += part.fine;
    }
    return [left, recent, 0, 0, -fine];
  }

  /** The facts of the trio {x, a, b}, or null if two of them may not meet. */
  trioFacts(x: number, a: number, b: number): TrioFacts | null {
    const lastTrio = this.scorer.history.lastTrio;
    let recent = 0;
    let fine = 0;
    for (const [i, j] of [
      [x, a],
      [x, b],
      [a, b],
    ] as const) {
      const raw = this.raw(i, j);
      if (raw === FORBIDDEN) return null;
      if (raw & RECENT) recent++;
      fine += this.fine(i, j, raw);
    }
    const { weeks } = this.scorer.roster;
    const [px, pa, pb] = [this.pool[x]!, this.pool[a]!, this.pool[b]!];
    const shared = longestSpan(sharedWeek([weeks[px]!, weeks[pa]!, weeks[pb]!]));
    return {
      recent,
      lastTrio:
        (lastTrio.has(px) ? 1 : 0) + (lastTrio.has(pa) ? 1 : 0) + (lastTrio.has(pb) ? 1 : 0),
      noWindow: shared >= MIN_SHARED_MINUTES ? 0 : 1,
      fine,
    };
  }

  /** Joiners to try: the ghost's first, then by how many people they may meet (most first). */
  joinerOrder(first: number, stand: ReadonlySet<number>): number[] {
    const { degree } = this;
    const rest = Array.from({ length: this.size }, (_, i) => i).filter((i) => i !== first);
    rest.sort(
      (a, b) => Number(stand.has(b)) - Number(stand.has(a)) || degree[b]! - degree[a]! || a - b,
    );
    return first === -1 ? rest : [first, ...rest];
  }

  /**
   * A trio [a, b, x] with everyone else perfectly matched, at level 0 (no recent pair, nobody
   * from the last trio, a shared window), 1 (no recent pair) or 2 (any allowed trio); null if
   * none exists with x in it. One matching over everyone but x: its weights rank, in order,
   * more pairs, more pairs x could join, more pairs that did not meet recently, more points.
   */
  trioThrough(x: number, target: 0 | 1 | 2): [number, number, number] | null {
    const { size, graph } = this;
    const lastTrio = this.scorer.history.lastTrio;
    const withX = new Int32Array(size);
    for (let i = 0; i < size; i++) withX[i] = i === x ? FORBIDDEN : this.raw(x, i);
    const joinable = (a: number, b: number): boolean => {
      const ra = withX[a]!;
      const rb = withX[b]!;
      if (ra === FORBIDDEN || rb === FORBIDDEN) return false;
      if (target === 2) return true;
      if (ra & RECENT || rb & RECENT) return false;
      if (target === 1) return true;
      const [px, pa, pb] = [this.pool[x]!, this.pool[a]!, this.pool[b]!];
      if (lastTrio.has(pa) || lastTrio.has(pb)) return false;
      const { weeks } = this.scorer.roster;
      return longestSpan(sharedWeek([weeks[px]!, weeks[pa]!, weeks[pb]!])) >= MIN_SHARED_MINUTES;
    };
    const half = Math.ceil(size / 2);
    let fineUnit = 1;
    let freshUnit = half * MAX_FINE + 1;
    let joinUnit = half * (freshUnit + MAX_FINE) + 1;
    let pairUnit = half * (joinUnit + freshUnit + MAX_FINE) + 1;
    if (pairUnit > MAX_MATCHING_WEIGHT) {
      // Too many people for points in the weight: the re-solve ranks points afterwards.
      fineUnit = 0;
      freshUnit = 1;
      joinUnit = half + 1;
      pairUnit = half * (joinUnit + 1) + 1;
    }
    const from: number[] = [];
    const to: number[] = [];
    const weight: number[] = [];
    const m = graph.from.length;
    let joinablePairs = 0;
    for (let k = 0; k < m; k++) {
      const a = graph.from[k]!;
      const b = graph.to[k]!;
      if (a === x || b === x) continue;
      const w = graph.weight[k]!;
      const fresh = this.isFresh(w);
      if (target < 2 && !fresh) continue;
      const join = joinable(a, b);
      if (join) joinablePairs++;
      from.push(a);
      to.push(b);
      weight.push(
        pairUnit + (join ? joinUnit : 0) + (fresh ? freshUnit : 0) + fineUnit * this.fineOf(w),
      );
    }
    if (joinablePairs === 0) return null;
    this.spent += m + 40 * size;
    const matching = maxWeightMatching({ n: size, from, to, weight });
    for (let i = 0; i < size; i++) {
      if (i !== x && matching.mate[i] === -1) {
        this.uncovered[x] = target === 2 ? 2 : 1;
        return null;
      }
    }
    let best: [number, number, number] | null = null;
    let bestKey: Key | null = null;
    for (const k of matching.edges) {
      const a = from[k]!;
      const b = to[k]!;
      if (!joinable(a, b)) continue;
      const facts = this.trioFacts(x, a, b)!;
      const key: Key = [0, facts.recent, facts.lastTrio, facts.noWindow, -facts.fine];
      if (!bestKey || better(key, bestKey)) {
        bestKey = key;
        best = [a, b, x];
      }
    }
    return best;
  }

  /** The trio with everyone else matched exactly (the round's own weights) and its key. */
  withTrio(trio: [number, number, number]): Candidate {
    const { size, graph } = this;
    const out = new Uint8Array(size);
    for (const i of trio) out[i] = 1;
    const from: number[] = [];
    const to: number[] = [];
    const weight: number[] = [];
    const m = graph.from.length;
    this.spent += m + 40 * size;
    for (let k = 0; k < m; k++) {
      const a = graph.from[k]!;
      const b = graph.to[k]!;
      if (out[a] || out[b]) continue;
      from.push(a);
      to.push(b);
      weight.push(graph.weight[k]!);
    }
    const { mate } = maxWeightMatching({ n: size, from, to, weight });
    const pairs: [number, number][] = [];
    const leftovers: number[] = [];
    for (let i = 0; i < size; i++) {
      if (out[i]) continue;
      const j = mate[i]!;
      if (j === -1) leftovers.push(i);
      else if (i < j) pairs.push([i, j]);
    }
    const facts = this.trioFacts(trio[2], trio[0], trio[1])!;
    const base = this.pairsKey(pairs, leftovers.length);
    return {
      key: [
        leftovers.length,
        base[1] + facts.recent,
        facts.lastTrio,
        facts.noWindow,
        base[4] - facts.fine,
      ],
      pairs,
      trio,
      leftovers,
    };
  }
}
