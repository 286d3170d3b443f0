import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainInputError } from '../input-error.js';
import { scaleToIntegers, unscale } from './decimal-weights.js';
import { parseGraphInput, solveGraph } from './solve-graph.js';

/** Exact optimum over all matchings of a tiny graph, in BigInt. */
function bruteForce(edges: readonly [number, number, number][], w: bigint[]): bigint {
  const go = (used: number): bigint => {
    let best = 0n;
    edges.forEach(([i, j], k) => {
      if (used & (1 << i) || used & (1 << j)) return;
      const value = w[k]! + go(used | (1 << i) | (1 << j));
      if (value > best) best = value;
    });
    return best;
  };
  return go(0);
}

describe('solveGraph', () => {
  it('reads decimals as written: 0.1 + 0.2 ties with 0.3, and a hair more wins', () => {
    const tie = solveGraph({
      n: 4,
      edges: [
        [0, 1, 0.1],
        [2, 3, 0.2],
        [0, 2, 0.3],
      ],
    });
    expect(tie.weight).toBe(0.3);
    const more = solveGraph({
      n: 4,
      edges: [
        [0, 1, 0.1],
        [2, 3, 0.2000001],
        [0, 2, 0.3],
      ],
    });
    expect(more.pairs).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(more.weight).toBe(0.3000001);
  });

  it('switches to exact BigInt arithmetic when scaled weights pass 2^49', () => {
    // 10^16 × 1e6 does not fit float64 integers; the sums are done exactly in BigInt.
    const solution = solveGraph({
      n: 4,
      edges: [
        [0, 1, 0.1234567890123456],
        [2, 3, 1e6],
        [0, 2, 1e6],
        [1, 3, 0.0000000000000001],
      ],
    });
    expect(solution.arithmetic).toBe('bigint');
    expect(solution.pairs).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(solution.weight).toBe(Number('1000000.1234567890123456'));
  });

  it('equals the exact brute-force optimum with many-digit decimals', () => {
    const edge = fc.tuple(
      fc.nat(6),
      fc.nat(6),
      fc.integer({ min: 1, max: 10_000 }),
      fc.integer({ min: 1, max: 9 }),
    );
    fc.assert(
      fc.property(fc.array(edge, { minLength: 1, maxLength: 18 }), (raw) => {
        const edges = raw
          .filter(([i, j]) => i !== j)
          .map(
            ([i, j, w, d]) => [i, j, Number(`${w}.00000000000${d}`)] as [number, number, number],
          );
        if (edges.length === 0) return;
        const solution = solveGraph({ n: 7, edges });
        const scale = scaleToIntegers(edges.map((e) => e[2]));
        expect(solution.weight).toBe(unscale(bruteForce(edges, scale.scaled), scale));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the heaviest of parallel edges and ignores negative ones', () => {
    const solution = solveGraph({
      n: 3,
      edges: [
        [0, 1, 2],
        [1, 0, 5.5],
        [1, 2, -1],
      ],
    });
    expect(solution).toMatchObject({ weight: 5.5, pairs: [[0, 1]] });
  });
});

describe('scaleToIntegers', () => {
  it('scales by the longest decimal and divides out common factors', () => {
    const scale = scaleToIntegers([1.5, 0.25, 3e-7, 2e21]);
    expect(scale.decimals).toBe(7);
    expect(
      unscale(
        scale.scaled.reduce((a, b) => a + b, 0n),
        scale,
      ),
    ).toBe(2e21 + 1.7500003);
    expect(scaleToIntegers([3000, 6000]).scaled).toEqual([1n, 2n]);
  });
});

describe('parseGraphInput', () => {
  const problem = (value: unknown) => {
    try {
      parseGraphInput(value);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(DomainInputError);
      return (error as Error).message;
    }
  };

  it('names the first thing wrong', () => {
    expect(problem([])).toMatch(/expected an object/);
    expect(problem({ n: -1, edges: [] })).toMatch(/"n" must be/);
    expect(problem({ n: 2 })).toMatch(/"edges" must be an array/);
    expect(problem({ n: 2, edges: [[0, 1]] })).toMatch(/edge 0: expected \[i, j, w\]/);
    expect(problem({ n: 2, edges: [[0, 2, 1]] })).toMatch(/edge 0: j=2 is not a vertex \(0..1\)/);
    expect(problem({ n: 2, edges: [[1, 1, 1]] })).toMatch(/edge 0: i and j are both 1/);
    expect(problem({ n: 2, edges: [[0, 1, '3']] })).toMatch(/weight "3" is not a finite number/);
    expect(problem({ n: 2, edges: [[0, 1, 1]] })).toBeNull();
  });
});
