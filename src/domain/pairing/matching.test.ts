import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigintMaxWeightMatching } from './bigint-matching.js';
import { maxWeightMatching } from './matching.js';
import { referenceWeight } from './pairing.factory.js';
import { seededRandom } from './seeded.js';

type Edge = [number, number, number];

function solve(n: number, edges: readonly Edge[]) {
  return maxWeightMatching({
    n,
    from: edges.map((e) => e[0]),
    to: edges.map((e) => e[1]),
    weight: edges.map((e) => e[2]),
  });
}

/** Exhaustive optimum over all matchings (bitmask DP), for n ≤ 14. */
function bruteForce(n: number, edges: readonly Edge[]): number {
  const best = new Map<number, number>();
  for (const [u, v, w] of edges) {
    const key = Math.min(u, v) * 64 + Math.max(u, v);
    best.set(key, Math.max(best.get(key) ?? 0, w));
  }
  const memo = new Map<number, number>();
  const go = (mask: number): number => {
    let i = 0;
    while (i < n && mask & (1 << i)) i++;
    if (i >= n) return 0;
    const cached = memo.get(mask);
    if (cached !== undefined) return cached;
    let value = go(mask | (1 << i));
    for (let j = i + 1; j < n; j++) {
      const w = best.get(i * 64 + j);
      if (w !== undefined && w > 0 && !(mask & (1 << j))) {
        value = Math.max(value, w + go(mask | (1 << i) | (1 << j)));
      }
    }
    memo.set(mask, value);
    return value;
  };
  return go(0);
}

function expectValidMatching(n: number, edges: readonly Edge[], result: ReturnType<typeof solve>) {
  let total = 0;
  const used = new Set<number>();
  for (const k of result.edges) {
    const [u, v, w] = edges[k]!;
    expect(used.has(u) || used.has(v)).toBe(false);
    used.add(u);
    used.add(v);
    expect(result.mate[u]).toBe(v);
    expect(result.mate[v]).toBe(u);
    total += w;
  }
  expect(total).toBe(result.weight);
  for (let v = 0; v < n; v++) if (!used.has(v)) expect(result.mate[v]).toBe(-1);
}

function randomGraph(random: () => number, n: number, density: number, maxW: number): Edge[] {
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (random() < density) edges.push([i, j, 1 + Math.floor(random() * maxW)]);
    }
  }
  return edges;
}

const smallGraph = fc
  .integer({ min: 0, max: 11 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: Math.max(0, n - 1) }),
          fc.integer({ min: 0, max: Math.max(0, n - 1) }),
          fc.oneof(fc.integer({ min: -3, max: 6 }), fc.integer({ min: 1, max: 1_000_000 })),
        ),
        { maxLength: 40 },
      ),
    ),
  )
  .map(([n, raw]) => [n, n === 0 ? [] : raw] as [number, Edge[]]);

describe('maxWeightMatching', () => {
  it('equals the brute-force optimum on small graphs', () => {
    fc.assert(
      fc.property(smallGraph, ([n, edges]) => {
        const result = solve(n, edges);
        expectValidMatching(n, edges, result);
        expect(result.weight).toBe(bruteForce(n, edges));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals the reference O(n³) solver on medium random graphs', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 60; round++) {
      const n = 20 + Math.floor(random() * 120);
      const density = [0.05, 0.2, 0.6, 1][round % 4]!;
      const maxW = [3, 50, 1_000_000][round % 3]!;
      const edges = randomGraph(random, n, density, maxW);
      const result = solve(n, edges);
      expectValidMatching(n, edges, result);
      expect(result.weight).toBe(referenceWeight(edges));
    }
  });

  it('agrees with the independent BigInt solver', () => {
    const random = seededRandom(11);
    for (let round = 0; round < 40; round++) {
      const n = 2 + Math.floor(random() * 50);
      const edges = randomGraph(random, n, random(), [2, 9, 10_000][round % 3]!);
      const mate = bigintMaxWeightMatching(
        n,
        edges.map(([u, v, w]) => [u, v, BigInt(w)] as const),
      );
      const bigWeight = edges.reduce((sum, [u, v, w]) => sum + (mate[u] === v ? w : 0), 0);
      expect(solve(n, edges).weight).toBe(bigWeight);
    }
  });

  it('is not a maximum-cardinality matching unless the weights make it one', () => {
    // The path a–b–c–d with a heavy middle: one edge of 10 beats two edges of 1.
    const result = solve(4, [
      [0, 1, 1],
      [1, 2, 10],
      [2, 3, 1],
    ]);
    expect(result.weight).toBe(10);
    expect(result.edges).toEqual([1]);
  });

  it('handles blossoms that are expanded as T and augmented through (van Rantwijk cases)', () => {
    const cases: [number, Edge[]][] = [
      // create S-blossom and use it for augmentation
      [
        7,
        [
          [1, 2, 8],
          [1, 3, 9],
          [2, 3, 10],
          [3, 4, 7],
          [4, 5, 5],
          [4, 6, 3],
        ],
      ],
      // create S-blossom, relabel as T-blossom, use for augmentation
      [
        7,
        [
          [1, 2, 9],
          [1, 3, 8],
          [2, 3, 10],
          [1, 4, 5],
          [4, 5, 4],
          [1, 6, 3],
        ],
      ],
      // create nested S-blossom, use for augmentation
      [
        7,
        [
          [1, 2, 9],
          [1, 3, 9],
          [2, 3, 10],
          [2, 4, 8],
          [3, 5, 8],
          [4, 5, 10],
          [5, 6, 6],
        ],
      ],
      // create S-blossom, relabel as S, include in nested S-blossom
      [
        9,
        [
          [1, 2, 10],
          [1, 7, 10],
          [2, 3, 12],
          [3, 4, 20],
          [3, 5, 20],
          [4, 5, 25],
          [5, 6, 10],
          [6, 7, 10],
          [7, 8, 8],
        ],
      ],
      // create nested S-blossom, augment, expand recursively
      [
        9,
        [
          [1, 2, 8],
          [1, 3, 8],
          [2, 3, 10],
          [2, 4, 12],
          [3, 5, 12],
          [4, 5, 14],
          [4, 6, 12],
          [5, 7, 12],
          [6, 7, 14],
          [7, 8, 12],
        ],
      ],
      // create S-blossom, relabel as T, expand
      [
        9,
        [
          [1, 2, 23],
          [1, 5, 22],
          [1, 6, 15],
          [2, 3, 25],
          [3, 4, 22],
          [4, 5, 25],
          [4, 8, 14],
          [5, 7, 13],
        ],
      ],
      // nested T-blossom expansion with a T-vertex reached inside
      [
        11,
        [
          [1, 2, 45],
          [1, 5, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 50],
          [1, 6, 30],
          [3, 9, 35],
          [4, 8, 35],
          [5, 7, 26],
          [9, 10, 5],
        ],
      ],
      [
        11,
        [
          [1, 2, 45],
          [1, 5, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 50],
          [1, 6, 30],
          [3, 9, 35],
          [4, 8, 26],
          [5, 7, 40],
          [9, 10, 5],
        ],
      ],
      // create blossom, relabel as T in more than one way, expand, augment
      [
        11,
        [
          [1, 2, 45],
          [1, 5, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 50],
          [1, 6, 30],
          [3, 9, 35],
          [4, 8, 28],
          [5, 7, 26],
          [9, 10, 5],
        ],
      ],
    ];
    for (const [n, edges] of cases) {
      const expected = bruteForce(n, edges);
      expect(solve(n, edges).weight).toBe(expected);
      expect(referenceWeight(edges)).toBe(expected);
    }
  });

  it('accepts parallel edges, isolated vertices and ignores non-positive weights', () => {
    const result = solve(6, [
      [0, 1, 2],
      [1, 0, 7],
      [2, 3, 0],
      [3, 4, -5],
    ]);
    expect(result.weight).toBe(7);
    expect(result.edges).toEqual([1]);
    expect(solve(0, []).weight).toBe(0);
    expect(solve(3, []).mate).toEqual(Int32Array.from([-1, -1, -1]));
  });

  it('stays exact with weights up to 2^49', () => {
    const big = 2 ** 49;
    const result = solve(4, [
      [0, 1, big],
      [1, 2, big - 1],
      [2, 3, big],
      [0, 3, 1],
    ]);
    expect(result.weight).toBe(2 * big);
  });

  it('refuses fractional or oversized weights and out-of-range vertices', () => {
    expect(() => solve(2, [[0, 1, 1.5]])).toThrow(/integers/);
    expect(() => solve(2, [[0, 1, 2 ** 50]])).toThrow(/2\^49/);
    expect(() => solve(2, [[0, 2, 1]])).toThrow(/outside/);
  });

  it('solves a dense 600-vertex graph with many ties exactly', () => {
    const random = seededRandom(3);
    const edges = randomGraph(random, 600, 1, 4);
    expect(solve(600, edges).weight).toBe(4 * 300);
  });
});
