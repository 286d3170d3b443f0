// Edmonds' LP dual as a certificate of optimality, checked independently of how the solver got
// there. With vertex duals y ≥ y_f ≥ 0 (y_f: the common dual of free vertices), blossom duals
// z ≥ 0, every edge's slack y_u + y_v + Σz − w ≥ 0 (tight on matched edges) and every blossom
// with z > 0 full, any matching M' satisfies w(M') − w(M) ≤ Σ_{free in M} y − Σ_{uncovered by M'} y.
// That is ≤ 0 when y_f = 0, and also when at most one vertex with edges is free (then M' leaves
// at least as many such vertices uncovered, each with dual ≥ y_f). Values are in the solver's
// doubled units; all are integers, so the checks are exact. Cost: O((n + m) log n), with the
// blossom forest's common ancestors found by binary lifting.
import type { BlossomSolver } from './blossom-solver.js';

/** Why the solver's final state does not prove optimality, or null when it does. */
export function certificateProblem(solver: BlossomSolver): string | null {
  const { n, m, endpoint, w2, mate, adjStart } = solver;
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

  const forest = blossomForest(solver);
  if (typeof forest === 'string') return forest;
  const { order, zAbove, top } = forest;
  const matchedInside = new Int32Array(2 * n);
  const size = new Int32Array(2 * n);
  for (let k = 0; k < m; k++) {
    const u = endpoint[2 * k]!;
    const v = endpoint[2 * k + 1]!;
    const matched = mate[u] === 2 * k + 1;
    let slack = y[u]! + y[v]! - w2[k]!;
    if (top[u] === top[v] && (slack < 0 || matched)) {
      const common = forest.ancestor(u, v);
      slack += 2 * zAbove[common]!;
      if (matched) matchedInside[common]!++;
    }
    if (slack < 0) return `edge ${u}–${v} has negative slack ${slack}`;
    if (matched && slack !== 0) return `matched edge ${u}–${v} has slack ${slack}`;
  }
  // Deepest first, each node hands its counts to its parent.
  for (let i = order.length - 1; i >= 0; i--) {
    const x = order[i]!;
    if (x < n) size[x] = 1;
    const p = solver.parent[x]!;
    if (p !== -1) {
      size[p]! += size[x]!;
      matchedInside[p]! += matchedInside[x]!;
    }
    if (x >= n && forest.z[x]! > 0 && 2 * matchedInside[x]! !== size[x]! - 1) {
      return `blossom ${x} has dual ${forest.z[x]} but is not full`;
    }
  }
  return null;
}

interface Forest {
  depth: Int32Array;
  /** Live nodes (vertices and blossoms), shallowest first. */
  order: Int32Array;
  z: Float64Array;
  /** Sum of z over a node and all the blossoms above it. */
  zAbove: Float64Array;
  top: Int32Array;
  ancestor(u: number, v: number): number;
}

function blossomForest(solver: BlossomSolver): Forest | string {
  const { n, parent, childs } = solver;
  const nodes = 2 * n;
  const live = (x: number) => x < n || childs[x] !== null;
  const depth = new Int32Array(nodes).fill(-1);
  const z = new Float64Array(nodes);
  const stack: number[] = [];
  let maxDepth = 0;
  let liveCount = 0;
  for (let x = 0; x < nodes; x++) {
    if (!live(x)) continue;
    liveCount++;
    if (x >= n) {
      z[x] = solver.blossomDual(x);
      if (z[x]! < 0) return `blossom ${x} has dual ${z[x]} < 0`;
    }
    let a = x;
    while (depth[a] === -1 && parent[a] !== -1) {
      stack.push(a);
      a = parent[a]!;
      if (stack.length > nodes) return 'blossom forest has a cycle';
    }
    if (depth[a] === -1) depth[a] = 0;
    while (stack.length > 0) {
      const b = stack.pop()!;
      depth[b] = depth[parent[b]!]! + 1;
      if (depth[b]! > maxDepth) maxDepth = depth[b]!;
    }
  }
  // Counting sort by depth.
  const counts = new Int32Array(maxDepth + 2);
  for (let x = 0; x < nodes; x++) if (live(x)) counts[depth[x]! + 1]!++;
  for (let d = 1; d < counts.length; d++) counts[d]! += counts[d - 1]!;
  const order = new Int32Array(liveCount);
  for (let x = 0; x < nodes; x++) if (live(x)) order[counts[depth[x]!]!++] = x;
  const zAbove = new Float64Array(nodes);
  const top = new Int32Array(nodes);
  for (const x of order) {
    const p = parent[x]!;
    zAbove[x] = z[x]! + (p === -1 ? 0 : zAbove[p]!);
    top[x] = p === -1 ? x : top[p]!;
  }
  let levels = 1;
  while (1 << levels <= maxDepth) levels++;
  const up: Int32Array[] = [Int32Array.from(parent, (p, x) => (p === -1 ? x : p))];
  for (let j = 1; j < levels; j++) {
    const prev = up[j - 1]!;
    const next = new Int32Array(nodes);
    for (let x = 0; x < nodes; x++) next[x] = prev[prev[x]!]!;
    up.push(next);
  }
  const ancestor = (u: number, v: number): number => {
    let a = u;
    let b = v;
    if (depth[a]! < depth[b]!) [a, b] = [b, a];
    let diff = depth[a]! - depth[b]!;
    for (let j = 0; diff > 0; j++, diff >>= 1) if (diff & 1) a = up[j]![a]!;
    if (a === b) return a;
    for (let j = levels - 1; j >= 0; j--) {
      const ua = up[j]![a]!;
      const ub = up[j]![b]!;
      if (ua !== ub) {
        a = ua;
        b = ub;
      }
    }
    return parent[a]!;
  };
  return { depth, order, z, zAbove, top, ancestor };
}
