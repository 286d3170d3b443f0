// The diagnostic solver behind `rapport team solve`: any graph, decimal weights, exact answer.
import { DomainInputError } from '../input-error.js';
import { bigintMaxWeightMatching } from './bigint-matching.js';
import { scaleToIntegers, unscale } from './decimal-weights.js';
import { MAX_MATCHING_WEIGHT, maxWeightMatching } from './matching.js';

/** Most vertices `solveGraph` takes (memory is about 200 bytes per vertex). */
export const MAX_VERTICES = 4_000_000;

/** A graph as the CLI reads it: `{"n": N, "edges": [[i, j, w], ...]}`. */
export interface GraphInput {
  n: number;
  edges: readonly (readonly [number, number, number])[];
}

/** The optimum: total weight and matched pairs (i < j, sorted), and which exact path solved it. */
export interface GraphSolution {
  weight: number;
  pairs: [number, number][];
  arithmetic: 'float64' | 'bigint';
}

/** Checks a parsed `{n, edges}` document; throws DomainInputError naming the first problem. */
export function parseGraphInput(value: unknown): GraphInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DomainInputError(
      'invalid_graph',
      'expected an object {"n": N, "edges": [[i, j, w], ...]}',
    );
  }
  const { n, edges } = value as { n?: unknown; edges?: unknown };
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_VERTICES) {
    throw new DomainInputError(
      'invalid_graph',
      `"n" must be a whole number from 0 to ${MAX_VERTICES}`,
    );
  }
  if (!Array.isArray(edges))
    throw new DomainInputError('invalid_graph', '"edges" must be an array');
  edges.forEach((edge: unknown, k) => {
    if (!Array.isArray(edge) || edge.length !== 3) {
      throw new DomainInputError('invalid_edge', `edge ${k}: expected [i, j, w]`);
    }
    const [i, j, w] = edge as unknown[];
    for (const [name, end] of [
      ['i', i],
      ['j', j],
    ] as const) {
      if (typeof end !== 'number' || !Number.isInteger(end) || end < 0 || end >= n) {
        throw new DomainInputError(
          'invalid_edge',
          `edge ${k}: ${name}=${JSON.stringify(end)} is not a vertex (0..${n - 1})`,
        );
      }
    }
    if (i === j) throw new DomainInputError('invalid_edge', `edge ${k}: i and j are both ${i}`);
    if (typeof w !== 'number' || !Number.isFinite(w)) {
      throw new DomainInputError(
        'invalid_edge',
        `edge ${k}: weight ${JSON.stringify(w)} is not a finite number`,
      );
    }
  });
  return { n, edges: edges as GraphInput['edges'] };
}

/**
 * An exact maximum-weight matching (not necessarily perfect). Weights are scaled to exact
 * integers; within 2^49 the certified fast solver runs, beyond it the BigInt one.
 */
export function solveGraph(input: GraphInput): GraphSolution {
  const { n } = input;
  // Only positive weights can help; of parallel edges only the heaviest can.
  const heaviest = new Map<number, number>();
  input.edges.forEach(([i, j, w], k) => {
    if (!(w > 0)) return;
    const key = Math.min(i, j) * n + Math.max(i, j);
    const held = heaviest.get(key);
    if (held === undefined || w > input.edges[held]![2]) heaviest.set(key, k);
  });
  const edges = [...heaviest.values()].map((k) => input.edges[k]!);
  const scale = scaleToIntegers(edges.map((e) => e[2]));
  let matched: number[];
  let arithmetic: GraphSolution['arithmetic'];
  if (scale.max <= BigInt(MAX_MATCHING_WEIGHT)) {
    arithmetic = 'float64';
    matched = maxWeightMatching({
      n,
      from: edges.map((e) => e[0]),
      to: edges.map((e) => e[1]),
      weight: scale.scaled.map(Number),
    }).edges;
  } else {
    arithmetic = 'bigint';
    const mate = bigintMaxWeightMatching(
      n,
      edges.map((e, k) => [e[0], e[1], scale.scaled[k]!] as const),
    );
    matched = [];
    edges.forEach(([i, j], k) => {
      if (mate[i] === j) matched.push(k);
    });
  }
  let total = 0n;
  const pairs: [number, number][] = [];
  for (const k of matched) {
    total += scale.scaled[k]!;
    const [i, j] = edges[k]!;
    pairs.push(i < j ? [i, j] : [j, i]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { weight: unscale(total, scale), pairs, arithmetic };
}
