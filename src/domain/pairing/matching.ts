// Maximum-weight matching (not necessarily perfect, not maximum-cardinality unless the weights
// make it so) with an LP certificate: every result is checked against Edmonds' dual before it
// is returned, so an answer is either provably optimal or an error.
import { DomainInputError } from '../input-error.js';
import { BlossomSolver } from './blossom-solver.js';
import { certificateProblem } from './matching-certificate.js';

/** Weights must be integers up to this, so that every dual value is an exact float64 integer. */
export const MAX_MATCHING_WEIGHT = 2 ** 49;

/** A graph on vertices 0..n-1 as parallel arrays; edge k joins from[k] and to[k] with weight[k]. */
export interface WeightedGraph {
  n: number;
  from: ArrayLike<number>;
  to: ArrayLike<number>;
  weight: ArrayLike<number>;
}

/** The matched edges (indices into the input), each vertex's mate (-1 if none) and the weight. */
export interface MatchingResult {
  edges: number[];
  mate: Int32Array;
  /** The total as a float (rounded once it passes 2^53). */
  weight: number;
  /** The exact total. */
  exactWeight: bigint;
}

/**
 * A maximum-weight matching of a graph with integer weights in [−2^49, 2^49]. Edges of weight
 * ≤ 0 and self-loops never help and are ignored; parallel edges are allowed.
 */
export function maxWeightMatching(graph: WeightedGraph): MatchingResult {
  const { n } = graph;
  const m = graph.from.length;
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainInputError('invalid_graph', `n must be a whole number ≥ 0, not ${n}.`);
  }
  if (graph.to.length !== m || graph.weight.length !== m) {
    throw new DomainInputError('invalid_graph', 'from, to and weight must have the same length.');
  }
  const keep: number[] = [];
  for (let k = 0; k < m; k++) {
    const u = graph.from[k]!;
    const v = graph.to[k]!;
    const w = graph.weight[k]!;
    if (!(Number.isInteger(u) && Number.isInteger(v) && u >= 0 && v >= 0 && u < n && v < n)) {
      throw new DomainInputError(
        'invalid_graph',
        `edge ${k} joins ${u} and ${v}, outside 0..${n - 1}.`,
      );
    }
    if (!Number.isInteger(w) || Math.abs(w) > MAX_MATCHING_WEIGHT) {
      throw new DomainInputError(
        'invalid_weight',
        `edge ${k} has weight ${w}; weights must be integers within ±2^49.`,
      );
    }
    if (w > 0 && u !== v) keep.push(k);
  }
  const mate = new Int32Array(n).fill(-1);
  if (keep.length === 0) return { edges: [], mate, weight: 0, exactWeight: 0n };
  const from = new Int32Array(keep.length);
  const to = new Int32Array(keep.length);
  const weight = new Float64Array(keep.length);
  keep.forEach((k, i) => {
    from[i] = graph.from[k]!;
    to[i] = graph.to[k]!;
    weight[i] = graph.weight[k]!;
  });
  const solver = new BlossomSolver(n, from, to, weight);
  solver.solve();
  const problem = certificateProblem(solver);
  if (problem) throw new Error(`maximum-weight matching failed its optimality check: ${problem}`);
  const edges: number[] = [];
  let total = 0n;
  for (let v = 0; v < n; v++) {
    const p = solver.mate[v]!;
    if (p === -1) continue;
    const u = solver.endpoint[p]!;
    mate[v] = u;
    if (v < u) {
      edges.push(keep[p >> 1]!);
      total += BigInt(weight[p >> 1]!);
    }
  }
  edges.sort((a, b) => a - b);
  return { edges, mate, weight: Number(total), exactWeight: total };
}
