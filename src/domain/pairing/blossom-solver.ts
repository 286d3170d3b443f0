// Edmonds' primal-dual blossom algorithm for maximum-weight matching in general graphs, after
// Joris van Rantwijk's formulation (Galil 1986), engineered for large graphs:
//
// - Alternating trees persist across augmentations: every free vertex roots its own tree from
//   the start, and an augmentation dissolves only the two trees it joins. There are no stages
//   that relabel and rescan the whole graph.
// - Dual variables are lazy: one running total `t` of all dual adjustments, and per vertex (per
//   blossom) a base value whose meaning depends on the label (S: y = base − t, T: y = base + t).
//   A dual adjustment costs O(1) instead of O(n).
// - The next event comes from three lazily-deleted heaps keyed by the value of `t` at which it
//   happens: an S-vertex's edge to an unlabeled vertex becomes tight (grow), an edge between
//   S-vertices in different blossoms becomes tight (blossom or augment), a T-blossom's dual
//   reaches zero (expand). Free vertices' duals reach zero at t = maxW, which ends the run.
// - The grow and S–S heaps hold one entry per vertex, not per edge: the vertex's least key, a
//   lower bound that only new S-vertices can lower (and they push it). An entry whose edge went
//   stale is recomputed from the vertex's adjacency when it reaches the top. Heaps stay O(n).
// - A vertex names its top-level blossom through a handle: forming a blossom hands the largest
//   sub-blossom's handle to the new blossom and re-points only the smaller ones' vertices, and
//   expanding reverses that. The handle carries the blossom's label and a dual offset, so
//   relabeling a blossom is O(1) whatever its size: a vertex's dual is
//   ybase[v] + hoff[h] + sign(label)·t with h = handle[v].
// - Adjacency carries the neighbour and the doubled weight, so a scan touches the handle,
//   label and dual arrays at random per edge and nothing else.
//
// Units follow van Rantwijk: vertex duals start at maxW and an edge's slack is
// y[u] + y[v] − 2w (+ 2z per blossom holding both ends). With integer weights every value is
// an integer (S–S slacks are even), so float64 arithmetic is exact below 2^53; weights are
// limited to 2^49 so that lazy bases and heap keys stay far below it.

import { MinHeap } from './min-heap.js';

const NONE = 0;
const S = 1;
const T = 2;
const INF = Number.POSITIVE_INFINITY;
/** How a label moves duals as t grows: S-vertices (T-blossoms) go down, T-vertices (S-blossoms) up. */
const SIGN = [0, -1, 1];

/** Internal state of one solve; use `maxWeightMatching`, not this class. */
export class BlossomSolver {
  readonly n: number;
  readonly m: number;
  /** endpoint[2k], endpoint[2k+1]: the ends of edge k. An "endpoint" p names one end. */
  readonly endpoint: Int32Array;
  readonly w2: Float64Array;
  readonly adjStart: Int32Array;
  /** Per adjacency slot: the remote endpoint, the neighbour and twice the weight. */
  private readonly adjP: Int32Array;
  private readonly adjV: Int32Array;
  private readonly adjW2: Float64Array;
  readonly maxW: number;

  /** mate[v]: the remote endpoint of v's matched edge, or -1. */
  readonly mate: Int32Array;
  /** handle[v]: the handle of v's top-level blossom; topOf[handle] is that blossom. */
  private readonly handle: Int32Array;
  private readonly topOf: Int32Array;
  private readonly hlab: Uint8Array;
  private readonly hoff: Float64Array;
  private readonly handleOf: Int32Array;
  private readonly heir: Int32Array;
  private readonly size: Int32Array;
  private readonly spareHandles: Int32Array;
  private spareCount = 0;
  readonly parent: Int32Array;
  readonly base: Int32Array;
  /** Label of each top-level blossom (also kept per handle in hlab). */
  readonly label: Uint8Array;
  readonly labelEnd: Int32Array;
  private readonly treeOf: Int32Array;
  private readonly treeNext: Int32Array;
  private readonly treePrev: Int32Array;
  private readonly treeHead: Int32Array;
  readonly childs: (number[] | null)[];
  readonly endps: (number[] | null)[];
  private readonly ybase: Float64Array;
  private readonly zbase: Float64Array;
  t = 0;
  /** Free vertices that have at least one edge. */
  private liveFree = 0;

  private readonly unused: Int32Array;
  private unusedCount = 0;
  private readonly queue: Int32Array;
  private queueSize = 0;
  private readonly leafBuf: Int32Array;
  private readonly stackBuf: Int32Array;
  private readonly dissolved: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  /** Per unlabeled vertex: least key of an edge to an S-vertex, and that edge's S-side endpoint. */
  private readonly growKey: Float64Array;
  private readonly growEnd: Int32Array;
  /** Per S-vertex: least key of an edge to an S-vertex of another blossom, and that edge. */
  private readonly pairKey: Float64Array;
  private readonly pairEdge: Int32Array;
  private readonly h2: MinHeap;
  private readonly h3: MinHeap;
  private readonly h4: MinHeap;

  constructor(n: number, from: Int32Array, to: Int32Array, weight: Float64Array) {
    const m = from.length;
    this.n = n;
    this.m = m;
    this.endpoint = new Int32Array(2 * m);
    this.w2 = new Float64Array(m);
    const degree = new Int32Array(n + 1);
    let maxW = 0;
    for (let k = 0; k < m; k++) {
      const u = from[k]!;
      const v = to[k]!;
      this.endpoint[2 * k] = u;
      this.endpoint[2 * k + 1] = v;
      this.w2[k] = 2 * weight[k]!;
      if (weight[k]! > maxW) maxW = weight[k]!;
      degree[u]! += 1;
      degree[v]! += 1;
    }
    this.maxW = maxW;
    this.adjStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) this.adjStart[v + 1] = this.adjStart[v]! + degree[v]!;
    this.adjP = new Int32Array(2 * m);
    this.adjV = new Int32Array(2 * m);
    this.adjW2 = new Float64Array(2 * m);
    const fill = this.adjStart.slice(0, n);
    for (let k = 0; k < m; k++) {
      const u = this.endpoint[2 * k]!;
      const v = this.endpoint[2 * k + 1]!;
      let i = fill[u]!++;
      this.adjP[i] = 2 * k + 1;
      this.adjV[i] = v;
      this.adjW2[i] = this.w2[k]!;
      i = fill[v]!++;
      this.adjP[i] = 2 * k;
      this.adjV[i] = u;
      this.adjW2[i] = this.w2[k]!;
    }
    const nb = 2 * n;
    this.mate = new Int32Array(n).fill(-1);
    this.handle = new Int32Array(n);
    this.topOf = new Int32Array(n);
    this.hlab = new Uint8Array(n).fill(S);
    this.hoff = new Float64Array(n);
    this.handleOf = new Int32Array(nb).fill(-1);
    this.heir = new Int32Array(nb).fill(-1);
    this.size = new Int32Array(nb).fill(1);
    this.spareHandles = new Int32Array(n);
    this.parent = new Int32Array(nb).fill(-1);
    this.base = new Int32Array(nb).fill(-1);
    this.label = new Uint8Array(nb);
    this.labelEnd = new Int32Array(nb).fill(-1);
    this.treeOf = new Int32Array(nb).fill(-1);
    this.treeNext = new Int32Array(nb).fill(-1);
    this.treePrev = new Int32Array(nb).fill(-1);
    this.treeHead = new Int32Array(n).fill(-1);
    this.childs = new Array<number[] | null>(nb).fill(null);
    this.endps = new Array<number[] | null>(nb).fill(null);
    this.ybase = new Float64Array(n).fill(maxW);
    this.zbase = new Float64Array(nb);
    this.unused = new Int32Array(n);
    for (let b = nb - 1; b >= n; b--) this.unused[this.unusedCount++] = b;
    this.queue = new Int32Array(n);
    this.leafBuf = new Int32Array(n);
    this.stackBuf = new Int32Array(nb);
    this.dissolved = new Int32Array(n);
    this.mark = new Int32Array(nb);
    this.growKey = new Float64Array(n).fill(INF);
    this.growEnd = new Int32Array(n).fill(-1);
    this.pairKey = new Float64Array(n).fill(INF);
    this.pairEdge = new Int32Array(n).fill(-1);
    this.h2 = new MinHeap(n + 16);
    this.h3 = new MinHeap(2 * n + 16);
    this.h4 = new MinHeap(64);
    for (let v = 0; v < n; v++) {
      this.handle[v] = v;
      this.topOf[v] = v;
      this.handleOf[v] = v;
      this.base[v] = v;
      this.label[v] = S;
      this.treeOf[v] = v;
      this.treeHead[v] = v;
      this.queue[this.queueSize++] = v;
      if (degree[v]! > 0) this.liveFree++;
    }
  }

  /** Runs to optimality. */
  solve(): void {
    const { h2, h3, h4, maxW } = this;
    for (;;) {
      this.drainQueue();
      // With at most one free vertex left that has edges, no augmenting path can exist and the
      // matching is final (matching-certificate.ts shows why it is still optimal).
      if (this.liveFree < 2) return;
      const t2 = this.top2();
      const t3 = this.top3();
      const t4 = this.top4();
      // On ties, tight S–S edges go first: augmenting between small trees is cheaper than
      // growing trees that the next augmentation dissolves again.
      let next = maxW;
      let kind = 1;
      if (t3 < next) {
        next = t3;
        kind = 3;
      }
      if (t2 < next) {
        next = t2;
        kind = 2;
      }
      if (t4 < next) {
        next = t4;
        kind = 4;
      }
      this.t = next;
      if (kind === 1) return;
      if (kind === 2) {
        const y = h2.topValue();
        h2.pop();
        this.growKey[y] = INF;
        this.grow(this.growEnd[y]!);
      } else if (kind === 3) {
        const x = h3.topValue();
        h3.pop();
        this.pairKey[x] = INF;
        this.tightBetweenS(this.pairEdge[x]!);
        // x lost its entry; if it is still an S-vertex its other edges need one again.
        if (this.hlab[this.handle[x]!] === S) this.rescanPairs(x);
      } else {
        const b = h4.topValue();
        h4.pop();
        this.expandT(b);
      }
    }
  }

  // ---- heaps: an entry is live while its vertex's key, labels and duals still match ----

  private top2(): number {
    const { h2, endpoint, handle, hlab, hoff, ybase, w2, growKey, growEnd } = this;
    while (h2.size > 0) {
      const key = h2.topKey();
      const y = h2.topValue();
      const hy = handle[y]!;
      if (growKey[y] === key && hlab[hy] === NONE) {
        const p = growEnd[y]!;
        const s = endpoint[p]!;
        const hs = handle[s]!;
        if (hlab[hs] === S && key === ybase[s]! + hoff[hs]! + ybase[y]! + hoff[hy]! - w2[p >> 1]!) {
          return key;
        }
        h2.pop();
        this.rescanUnlabeled(y);
      } else {
        h2.pop();
      }
    }
    return INF;
  }

  private top3(): number {
    const { h3, endpoint, hlab, hoff, handle, ybase, w2, pairKey, pairEdge } = this;
    while (h3.size > 0) {
      const key = h3.topKey();
      const x = h3.topValue();
      const hx = handle[x]!;
      if (pairKey[x] === key && hlab[hx] === S) {
        const k = pairEdge[x]!;
        const z = endpoint[2 * k]! === x ? endpoint[2 * k + 1]! : endpoint[2 * k]!;
        const hz = handle[z]!;
        if (
          hlab[hz] === S &&
          hz !== hx &&
          key === (ybase[x]! + hoff[hx]! + ybase[z]! + hoff[hz]! - w2[k]!) / 2
        ) {
          return key;
        }
        h3.pop();
        this.rescanPairs(x);
      } else {
        h3.pop();
      }
    }
    return INF;
  }

  private top4(): number {
    const { h4, childs, parent, label, zbase } = this;
    while (h4.size > 0) {
      const key = h4.topKey();
      const b = h4.topValue();
      if (childs[b] !== null && parent[b] === -1 && label[b] === T && key === zbase[b]) return key;
      h4.pop();
    }
    return INF;
  }

  // ---- scanning ----

  /** Scans new S-vertices: their least S–S key, and better grow keys for unlabeled neighbours. */
  private drainQueue() {
    const { queue, handle, hlab, hoff, ybase, adjStart, adjP, adjV, adjW2, h2, h3, maxW } = this;
    const { growKey, growEnd, pairKey, pairEdge } = this;
    while (this.queueSize > 0) {
      const v = queue[--this.queueSize]!;
      const bv = handle[v]!;
      if (hlab[bv] !== S) continue;
      const yv = ybase[v]! + hoff[bv]!;
      let best = maxW;
      let bestEdge = -1;
      for (let i = adjStart[v]!, end = adjStart[v + 1]!; i < end; i++) {
        const y = adjV[i]!;
        const hy = handle[y]!;
        const lab = hlab[hy];
        if (lab === S) {
          const key = (yv + ybase[y]! + hoff[hy]! - adjW2[i]!) / 2;
          if (key < best && hy !== bv) {
            best = key;
            bestEdge = adjP[i]! >> 1;
          }
        } else if (lab === NONE) {
          const key = yv + ybase[y]! + hoff[hy]! - adjW2[i]!;
          if (key < growKey[y]! && key < maxW) {
            growKey[y] = key;
            growEnd[y] = adjP[i]! ^ 1;
            h2.push(key, y);
          }
        }
      }
      pairEdge[v] = bestEdge;
      pairKey[v] = bestEdge === -1 ? INF : best;
      if (bestEdge !== -1) h3.push(best, v);
    }
  }

  /** Recomputes an S-vertex's least key over edges to S-vertices of other blossoms. */
  private rescanPairs(v: number) {
    const { handle, hlab, hoff, ybase, adjStart, adjP, adjV, adjW2, maxW } = this;
    const bv = handle[v]!;
    const yv = ybase[v]! + hoff[bv]!;
    let best = maxW;
    let bestEdge = -1;
    for (let i = adjStart[v]!, end = adjStart[v + 1]!; i < end; i++) {
      const y = adjV[i]!;
      const hy = handle[y]!;
      if (hlab[hy] !== S) continue;
      const key = (yv + ybase[y]! + hoff[hy]! - adjW2[i]!) / 2;
      if (key < best && hy !== bv) {
        best = key;
        bestEdge = adjP[i]! >> 1;
      }
    }
    this.pairEdge[v] = bestEdge;
    this.pairKey[v] = bestEdge === -1 ? INF : best;
    if (bestEdge !== -1) this.h3.push(best, v);
  }

  /** Recomputes an unlabeled vertex's least key over edges to S-vertices. */
  private rescanUnlabeled(v: number) {
    const { handle, hlab, hoff, ybase, adjStart, adjP, adjV, adjW2, maxW } = this;
    const yv = ybase[v]! + hoff[handle[v]!]!;
    let best = maxW;
    let bestEnd = -1;
    for (let i = adjStart[v]!, end = adjStart[v + 1]!; i < end; i++) {
      const y = adjV[i]!;
      const hy = handle[y]!;
      if (hlab[hy] !== S) continue;
      const key = yv + ybase[y]! + hoff[hy]! - adjW2[i]!;
      if (key < best) {
        best = key;
        bestEnd = adjP[i]!;
      }
    }
    this.growEnd[v] = bestEnd;
    this.growKey[v] = bestEnd === -1 ? INF : best;
    if (bestEnd !== -1) this.h2.push(best, v);
  }

  /** Writes the vertices of blossom b into leafBuf; returns how many. */
  private leaves(b: number): number {
    const n = this.n;
    if (b < n) {
      this.leafBuf[0] = b;
      return 1;
    }
    const { leafBuf, stackBuf, childs } = this;
    let count = 0;
    let top = 0;
    stackBuf[top++] = b;
    while (top > 0) {
      const x = stackBuf[--top]!;
      if (x < n) leafBuf[count++] = x;
      else for (const c of childs[x]!) stackBuf[top++] = c;
    }
    return count;
  }

  // ---- trees ----

  private addToTree(b: number, tree: number) {
    const head = this.treeHead[tree]!;
    this.treeOf[b] = tree;
    this.treePrev[b] = -1;
    this.treeNext[b] = head;
    if (head !== -1) this.treePrev[head] = b;
    this.treeHead[tree] = b;
  }

  private removeFromTree(b: number) {
    const tree = this.treeOf[b]!;
    if (tree === -1) return;
    const prev = this.treePrev[b]!;
    const next = this.treeNext[b]!;
    if (prev !== -1) this.treeNext[prev] = next;
    else this.treeHead[tree] = next;
    if (next !== -1) this.treePrev[next] = prev;
    this.treeOf[b] = -1;
    this.treeNext[b] = -1;
    this.treePrev[b] = -1;
  }

  // ---- labels (lazy duals are rebased when a label changes) ----

  /** Sets a top-level blossom's label, shifting its handle's offset so no dual changes. */
  private setLabel(b: number, lab: number) {
    const h = this.handleOf[b]!;
    const old = this.hlab[h]!;
    this.hoff[h]! += (SIGN[old]! - SIGN[lab]!) * this.t;
    this.hlab[h] = lab;
    if (b >= this.n) this.zbase[b]! += (SIGN[lab]! - SIGN[this.label[b]!]!) * this.t;
    this.label[b] = lab;
  }

  /** Labels an unlabeled top-level blossom T, reached through endpoint p (endpoint[p] is the S side). */
  private labelT(b: number, p: number) {
    this.setLabel(b, T);
    this.labelEnd[b] = p;
    this.addToTree(b, this.treeOf[this.top(this.endpoint[p]!)]!);
    if (b >= this.n) this.h4.push(this.zbase[b]!, b);
  }

  /** Labels an unlabeled top-level blossom S, reached through its matched edge (endpoint[p] is the T side). */
  private labelS(b: number, p: number) {
    this.setLabel(b, S);
    this.labelEnd[b] = p;
    this.addToTree(b, this.treeOf[this.top(this.endpoint[p]!)]!);
    const count = this.leaves(b);
    for (let i = 0; i < count; i++) this.queue[this.queueSize++] = this.leafBuf[i]!;
  }

  // ---- events ----

  /** An S-vertex's edge to an unlabeled blossom is tight: the blossom joins as T, its mate as S. */
  private grow(p: number) {
    const y = this.endpoint[p ^ 1]!;
    let by = this.top(y);
    while (by >= this.n && this.zbase[by] === 0) {
      this.expandUnlabeled(by);
      by = this.top(y);
    }
    this.labelT(by, p);
    const mp = this.mate[this.base[by]!]!;
    this.labelS(this.top(this.endpoint[mp]!), mp ^ 1);
  }

  /** An edge between S-vertices of different blossoms is tight. */
  private tightBetweenS(k: number) {
    const a = this.endpoint[2 * k]!;
    const b = this.endpoint[2 * k + 1]!;
    const treeA = this.treeOf[this.top(a)]!;
    const treeB = this.treeOf[this.top(b)]!;
    if (treeA === treeB) {
      this.addBlossom(this.findBase(a, b), k);
    } else {
      this.augment(k);
      this.dissolve(treeA, treeB);
      this.liveFree -= 2;
    }
  }

  /** The base of the blossom closed by a tight edge between v and w of one tree. */
  private findBase(v: number, w: number): number {
    const { mark, labelEnd, endpoint } = this;
    const stamp = ++this.stamp;
    while (v !== -1 || w !== -1) {
      const b = this.top(v);
      if (mark[b] === stamp) return this.base[b]!;
      mark[b] = stamp;
      if (labelEnd[b] === -1) v = -1;
      else v = endpoint[labelEnd[this.top(endpoint[labelEnd[b]!]!)]!]!;
      if (w !== -1) {
        const swap = v;
        v = w;
        w = swap;
      }
    }
    throw new Error('blossom: no common base in one tree');
  }

  private addBlossom(baseVertex: number, k: number) {
    const { parent, labelEnd, endpoint, label, zbase, ybase, handle, hoff, n } = this;
    let v = endpoint[2 * k]!;
    let w = endpoint[2 * k + 1]!;
    const bb = this.top(baseVertex);
    let bv = this.top(v);
    let bw = this.top(w);
    const b = this.unused[--this.unusedCount]!;
    this.base[b] = baseVertex;
    parent[b] = -1;
    parent[bb] = b;
    const path: number[] = [];
    const eps: number[] = [];
    while (bv !== bb) {
      parent[bv] = b;
      path.push(bv);
      eps.push(labelEnd[bv]!);
      v = endpoint[labelEnd[bv]!]!;
      bv = this.top(v);
    }
    path.push(bb);
    path.reverse();
    eps.reverse();
    eps.push(2 * k);
    while (bw !== bb) {
      parent[bw] = b;
      path.push(bw);
      eps.push(labelEnd[bw]! ^ 1);
      w = endpoint[labelEnd[bw]!]!;
      bw = this.top(w);
    }
    this.childs[b] = path;
    this.endps[b] = eps;
    let heir = path[0]!;
    let total = 0;
    for (const c of path) {
      total += this.size[c]!;
      if (this.size[c]! > this.size[heir]!) heir = c;
    }
    const h = this.handleOf[heir]!;
    this.topOf[h] = b;
    this.handleOf[b] = h;
    this.heir[b] = heir;
    this.size[b] = total;
    const tree = this.treeOf[bb]!;
    const t = this.t;
    // The heir's vertices keep their handle: one offset shift makes them S-vertices.
    hoff[h]! += (SIGN[label[heir]!]! - SIGN[S]!) * t;
    this.hlab[h] = S;
    for (const c of path) {
      const lab = label[c]!;
      this.removeFromTree(c);
      if (c >= n) zbase[c]! += lab === S ? t : -t;
      if (lab === T || c !== heir) {
        const hc = this.handleOf[c]!;
        const shift = c === heir ? 0 : hoff[hc]! + SIGN[lab]! * t - hoff[h]! - SIGN[S]! * t;
        const count = this.leaves(c);
        for (let i = 0; i < count; i++) {
          const x = this.leafBuf[i]!;
          ybase[x]! += shift;
          handle[x] = h;
          if (lab === T) this.queue[this.queueSize++] = x;
        }
      }
      if (c !== heir) this.spareHandles[this.spareCount++] = this.handleOf[c]!;
      this.handleOf[c] = -1;
      label[c] = NONE;
    }
    label[b] = S;
    labelEnd[b] = labelEnd[bb]!;
    zbase[b] = -t;
    this.addToTree(b, tree);
  }

  /** Makes the sub-blossoms of b top-level: the heir takes b's handle, the others get spare ones. */
  private splitHandles(b: number) {
    const h = this.handleOf[b]!;
    const heir = this.heir[b]!;
    for (const c of this.childs[b]!) {
      this.parent[c] = -1;
      this.label[c] = NONE;
      if (c === heir) {
        this.topOf[h] = c;
        this.handleOf[c] = h;
        continue;
      }
      const hc = this.spareHandles[--this.spareCount]!;
      this.topOf[hc] = c;
      this.hoff[hc] = this.hoff[h]!;
      this.hlab[hc] = this.hlab[h]!;
      this.handleOf[c] = hc;
      const count = this.leaves(c);
      for (let i = 0; i < count; i++) this.handle[this.leafBuf[i]!] = hc;
    }
  }

  /** The top-level blossom holding vertex v. */
  private top(v: number): number {
    return this.topOf[this.handle[v]!]!;
  }

  /** Flips the alternating path through tight edge k between the roots of two trees. */
  private augment(k: number) {
    const { labelEnd, endpoint, mate, n } = this;
    for (let side = 0; side < 2; side++) {
      let s = endpoint[2 * k + side]!;
      let p = 2 * k + 1 - side;
      for (;;) {
        const bs = this.top(s);
        if (bs >= n) this.augmentBlossom(bs, s);
        mate[s] = p;
        if (labelEnd[bs] === -1) break;
        const bt = this.top(endpoint[labelEnd[bs]!]!);
        const et = labelEnd[bt]!;
        s = endpoint[et]!;
        const j = endpoint[et ^ 1]!;
        if (bt >= n) this.augmentBlossom(bt, j);
        mate[j] = et;
        p = et ^ 1;
      }
    }
  }

  /** Makes vertex v the base of blossom b, swapping matched edges along the way (no recursion). */
  private augmentBlossom(b: number, v: number) {
    const tasks: number[] = [b, v];
    while (tasks.length > 0) {
      const sub = tasks.pop()!;
      const outer = tasks.pop()!;
      const blossom = this.parent[sub]!;
      if (blossom !== outer) tasks.push(outer, blossom);
      this.augmentWithin(blossom, sub, tasks);
    }
  }

  private augmentWithin(b: number, sub: number, tasks: number[]) {
    const { endpoint, mate, n } = this;
    const cs = this.childs[b]!;
    const es = this.endps[b]!;
    const size = cs.length;
    const i = cs.indexOf(sub);
    let j = i;
    let step: number;
    let trick: number;
    if (i & 1) {
      j -= size;
      step = 1;
      trick = 0;
    } else {
      step = -1;
      trick = 1;
    }
    while (j !== 0) {
      j += step;
      let c = cs[j < 0 ? j + size : j]!;
      const q = j - trick;
      const p = es[q < 0 ? q + size : q]! ^ trick;
      if (c >= n) tasks.push(c, endpoint[p]!);
      j += step;
      c = cs[j < 0 ? j + size : j]!;
      if (c >= n) tasks.push(c, endpoint[p ^ 1]!);
      mate[endpoint[p]!] = p ^ 1;
      mate[endpoint[p ^ 1]!] = p;
    }
    if (i > 0) {
      this.childs[b] = cs.slice(i).concat(cs.slice(0, i));
      this.endps[b] = es.slice(i).concat(es.slice(0, i));
    }
    this.base[b] = this.base[sub]!;
  }

  /** After an augmentation: both trees' blossoms become unlabeled; other trees stay. */
  private dissolve(treeA: number, treeB: number) {
    const { labelEnd, treeHead, treeOf, treeNext, treePrev } = this;
    let count = 0;
    for (let side = 0; side < 2; side++) {
      const tree = side === 0 ? treeA : treeB;
      let b = treeHead[tree]!;
      while (b !== -1) {
        const next = treeNext[b]!;
        this.setLabel(b, NONE);
        const leafCount = this.leaves(b);
        for (let i = 0; i < leafCount; i++) this.dissolved[count++] = this.leafBuf[i]!;
        labelEnd[b] = -1;
        treeOf[b] = -1;
        treeNext[b] = -1;
        treePrev[b] = -1;
        b = next;
      }
      treeHead[tree] = -1;
    }
    for (let i = 0; i < count; i++) this.rescanUnlabeled(this.dissolved[i]!);
  }

  /** Splits an unlabeled blossom with zero dual into its (unlabeled) sub-blossoms. */
  private expandUnlabeled(b: number) {
    this.splitHandles(b);
    this.release(b);
  }

  /** A T-blossom's dual reached zero: split it and relabel the path from its entry to its base. */
  private expandT(b: number) {
    const { endpoint, label } = this;
    const p0 = this.labelEnd[b]!;
    this.removeFromTree(b);
    this.setLabel(b, NONE);
    const cs = this.childs[b]!;
    const es = this.endps[b]!;
    const size = cs.length;
    this.splitHandles(b);
    label[b] = NONE;
    const entry = this.top(endpoint[p0 ^ 1]!);
    let j = cs.indexOf(entry);
    let step: number;
    let trick: number;
    if (j & 1) {
      j -= size;
      step = 1;
      trick = 0;
    } else {
      step = -1;
      trick = 1;
    }
    let p = p0;
    while (j !== 0) {
      const c = cs[j < 0 ? j + size : j]!;
      this.labelT(c, p);
      const mp = this.mate[this.base[c]!]!;
      this.labelS(this.top(endpoint[mp]!), mp ^ 1);
      j += step;
      const q = j - trick;
      p = es[q < 0 ? q + size : q]! ^ trick;
      j += step;
    }
    this.labelT(cs[0]!, p);
    for (const c of cs) {
      if (label[c] !== NONE) continue;
      const count = this.leaves(c);
      for (let i = 0; i < count; i++) this.rescanUnlabeled(this.leafBuf[i]!);
    }
    this.release(b);
  }

  private release(b: number) {
    this.handleOf[b] = -1;
    this.heir[b] = -1;
    this.childs[b] = null;
    this.endps[b] = null;
    this.base[b] = -1;
    this.parent[b] = -1;
    this.label[b] = NONE;
    this.labelEnd[b] = -1;
    this.treeOf[b] = -1;
    this.unused[this.unusedCount++] = b;
  }

  // ---- true duals, for the certificate ----

  /** The current dual of vertex v (van Rantwijk units). */
  vertexDual(v: number): number {
    const h = this.handle[v]!;
    return this.ybase[v]! + this.hoff[h]! + SIGN[this.hlab[h]!]! * this.t;
  }

  /** The current dual of non-trivial blossom b. */
  blossomDual(b: number): number {
    if (this.parent[b] !== -1) return this.zbase[b]!;
    const lab = this.label[b];
    return lab === S
      ? this.zbase[b]! + this.t
      : lab === T
        ? this.zbase[b]! - this.t
        : this.zbase[b]!;
  }
}
