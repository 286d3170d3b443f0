// Edmonds' LP dual as a certificate of optimality, checked independently of how the solver got
// there. With vertex duals y ≥ y_f ≥ 0 (y_f: the common dual of free vertices), blossom duals
// z ≥ 0, every edge's slack y_u + y_v + Σz − w ≥ 0 (tight on matched edges) and every blossom
// with z > 0 full, any matching M' satisfies w(M') − w(M) ≤ Σ_{free in M} y − Σ_{uncovered by M'} y.
// That is ≤ 0 when y_f = 0, and also when at most one vertex with edges is free (then M' leaves
// at least as many such vertices uncovered, each with dual ≥ y_f). Values are in the solver's
// doubled units; all are integers, so the checks are exact.
import type { BlossomSolver } from './blossom-solver.js';

/** Why the solver's final state does not prove optimality, or null when it does. */
export function certificateProblem(solver: BlossomSolver): string | null {
  const { n, m, endpoint, w2, mate, parent, childs, adjStart } = solver;
  const freeDual = solver.maxW - solver.t;
  if (freeDual < 0) return `free dual ${freeDual} < 0`;
  let liveFree = 0;
  const y = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    y[v] = solver.vertexDual(v);
    if (y[v]! < freeDual) return `vertex ${v} has dual ${y[v]} below the free dual ${freeDual}`;
    const p = mate[v]!;
    if (p === -1) {
      if (y[v] !== freeDual) return `free vertex ${v} has dual ${y[v]} ≠ ${freeDual}`;
      if (adjStart[v + 1]! > adjStart[v]!) liveFree++;
    } else if (mate[endpoint[p]!] !== (p ^ 1)) {
      return `vertex ${v} and ${endpoint[p]} disagree about being matched`;
    }
  }
  if (freeDual > 0 && liveFree > 1) return `${liveFree} free vertices keep dual ${freeDual} > 0`;

  const z = new Float64Array(2 * n);
  const inside = new Int32Array(2 * n).fill(-1);
  for (let b = n; b < 2 * n; b++) {
    if (childs[b] === null) continue;
    z[b] = solver.blossomDual(b);
    if (z[b]! < 0) return `blossom ${b} has dual ${z[b]} < 0`;
    if (z[b]! > 0) {
      const vertices = leavesOf(b, n, childs);
      for (const v of vertices) inside[v] = b;
      let matchedInside = 0;
      for (const v of vertices) {
        const p = mate[v]!;
        if (p !== -1 && inside[endpoint[p]!] === b) matchedInside++;
      }
      if (matchedInside !== vertices.length - 1) return `blossom ${b} has dual > 0 but is not full`;
    }
  }

  // Σz over the blossoms holding both ends: the common ancestors of u and v.
  const seen = new Int32Array(2 * n).fill(-1);
  for (let k = 0; k < m; k++) {
    const u = endpoint[2 * k]!;
    const v = endpoint[2 * k + 1]!;
    let slack = y[u]! + y[v]! - w2[k]!;
    if (u !== v && parent[u] !== -1 && parent[v] !== -1) {
      for (let b = parent[u]!; b !== -1; b = parent[b]!) seen[b] = k;
      let common = parent[v]!;
      while (common !== -1 && seen[common] !== k) common = parent[common]!;
      for (let b = common; b !== -1; b = parent[b]!) slack += 2 * z[b]!;
    }
    if (slack < 0) return `edge ${u}–${v} has negative slack ${slack}`;
    if (mate[u] === 2 * k + 1 && slack !== 0) return `matched edge ${u}–${v} has slack ${slack}`;
  }
  return null;
}

function leavesOf(b: number, n: number, childs: readonly (number[] | null)[]): number[] {
  const out: number[] = [];
  const stack = [b];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x < n) out.push(x);
    else stack.push(...childs[x]!);
  }
  return out;
}
