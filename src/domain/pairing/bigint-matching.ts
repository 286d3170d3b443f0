// Maximum-weight matching over BigInt weights: the classic stage-by-stage O(n³) formulation of
// Edmonds' algorithm (van Rantwijk's mwmatching.py, after Galil 1986), kept deliberately plain.
// It serves inputs whose exact integer weights exceed what float64 can carry (the CLI's
// many-digit decimals) and, being an independent implementation, cross-checks the fast solver.

/** An edge with an exact integer weight. */
export type BigEdge = readonly [u: number, v: number, w: bigint];

/** The mate of every vertex (-1 when unmatched) in a maximum-weight matching. */
export function bigintMaxWeightMatching(n: number, edges: readonly BigEdge[]): Int32Array {
  const mate = new Int32Array(n).fill(-1);
  const es = edges.filter(([u, v, w]) => u !== v && w > 0n);
  if (es.length === 0) return mate;
  const state = new ClassicMatching(n, es);
  state.run();
  for (let v = 0; v < n; v++) {
    const p = state.mate[v]!;
    if (p !== -1) mate[v] = state.endpoint[p]!;
  }
  return mate;
}

class ClassicMatching {
  readonly endpoint: number[] = [];
  readonly mate: number[];
  private readonly w: bigint[];
  private readonly neighbend: number[][];
  private readonly label: number[];
  private readonly labelend: number[];
  private readonly inblossom: number[];
  private readonly blossomparent: number[];
  private readonly blossomchilds: (number[] | null)[];
  private readonly blossombase: number[];
  private readonly blossomendps: (number[] | null)[];
  private readonly bestedge: number[];
  private readonly blossombestedges: (number[] | null)[];
  private readonly unusedblossoms: number[] = [];
  private readonly dualvar: bigint[];
  private allowedge: boolean[];
  private queue: number[] = [];

  constructor(
    private readonly n: number,
    edges: readonly BigEdge[],
  ) {
    this.w = edges.map((e) => e[2]);
    this.neighbend = Array.from({ length: n }, () => []);
    edges.forEach(([u, v], k) => {
      this.endpoint.push(u, v);
      this.neighbend[u]!.push(2 * k + 1);
      this.neighbend[v]!.push(2 * k);
    });
    const maxW = this.w.reduce((a, b) => (b > a ? b : a), 0n);
    this.mate = new Array(n).fill(-1);
    this.label = new Array(2 * n).fill(0);
    this.labelend = new Array(2 * n).fill(-1);
    this.inblossom = Array.from({ length: n }, (_, i) => i);
    this.blossomparent = new Array(2 * n).fill(-1);
    this.blossomchilds = new Array(2 * n).fill(null);
    this.blossombase = Array.from({ length: 2 * n }, (_, i) => (i < n ? i : -1));
    this.blossomendps = new Array(2 * n).fill(null);
    this.bestedge = new Array(2 * n).fill(-1);
    this.blossombestedges = new Array(2 * n).fill(null);
    for (let b = n; b < 2 * n; b++) this.unusedblossoms.push(b);
    this.dualvar = Array.from({ length: 2 * n }, (_, i) => (i < n ? maxW : 0n));
    this.allowedge = new Array(edges.length).fill(false);
  }

  private slack(k: number): bigint {
    return (
      this.dualvar[this.endpoint[2 * k]!]! +
      this.dualvar[this.endpoint[2 * k + 1]!]! -
      2n * this.w[k]!
    );
  }

  private leaves(b: number): number[] {
    if (b < this.n) return [b];
    const out: number[] = [];
    const stack = [b];
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (x < this.n) out.push(x);
      else for (const c of this.blossomchilds[x]!) stack.push(c);
    }
    return out;
  }

  private assignLabel(w: number, t: number, p: number): void {
    const b = this.inblossom[w]!;
    this.label[w] = t;
    this.label[b] = t;
    this.labelend[w] = p;
    this.labelend[b] = p;
    this.bestedge[w] = -1;
    this.bestedge[b] = -1;
    if (t === 1) for (const x of this.leaves(b)) this.queue.push(x);
    else {
      const base = this.blossombase[b]!;
      const mp = this.mate[base]!;
      this.assignLabel(this.endpoint[mp]!, 1, mp ^ 1);
    }
  }

  private scanBlossom(v0: number, w0: number): number {
    const path: number[] = [];
    let base = -1;
    let v = v0;
    let w = w0;
    while (v !== -1 || w !== -1) {
      let b = this.inblossom[v]!;
      if (this.label[b]! & 4) {
        base = this.blossombase[b]!;
        break;
      }
      path.push(b);
      this.label[b] = 5;
      if (this.labelend[b] === -1) v = -1;
      else {
        v = this.endpoint[this.labelend[b]!]!;
        b = this.inblossom[v]!;
        v = this.endpoint[this.labelend[b]!]!;
      }
      if (w !== -1) [v, w] = [w, v];
    }
    for (const b of path) this.label[b] = 1;
    return base;
  }

  private addBlossom(base: number, k: number): void {
    const { endpoint, inblossom, labelend, blossomparent } = this;
    let v = endpoint[2 * k]!;
    let w = endpoint[2 * k + 1]!;
    const bb = inblossom[base]!;
    let bv = inblossom[v]!;
    let bw = inblossom[w]!;
    const b = this.unusedblossoms.pop()!;
    this.blossombase[b] = base;
    blossomparent[b] = -1;
    blossomparent[bb] = b;
    const path: number[] = [];
    const endps: number[] = [];
    while (bv !== bb) {
      blossomparent[bv] = b;
      path.push(bv);
      endps.push(labelend[bv]!);
      v = endpoint[labelend[bv]!]!;
      bv = inblossom[v]!;
    }
    path.push(bb);
    path.reverse();
    endps.reverse();
    endps.push(2 * k);
    while (bw !== bb) {
      blossomparent[bw] = b;
      path.push(bw);
      endps.push(labelend[bw]! ^ 1);
      w = endpoint[labelend[bw]!]!;
      bw = inblossom[w]!;
    }
    this.blossomchilds[b] = path;
    this.blossomendps[b] = endps;
    this.label[b] = 1;
    labelend[b] = labelend[bb]!;
    this.dualvar[b] = 0n;
    for (const x of this.leaves(b)) {
      if (this.label[inblossom[x]!] === 2) this.queue.push(x);
      inblossom[x] = b;
    }
    const bestedgeto = new Array<number>(2 * this.n).fill(-1);
    for (const c of path) {
      const own = this.blossombestedges[c];
      const nblists = own
        ? [own]
        : this.leaves(c).map((x) => this.neighbend[x]!.map((p) => p >> 1));
      for (const nblist of nblists) {
        for (const e of nblist) {
          let j = endpoint[2 * e + 1]!;
          if (inblossom[j] === b) j = endpoint[2 * e]!;
          const bj = inblossom[j]!;
          if (
            bj !== b &&
            this.label[bj] === 1 &&
            (bestedgeto[bj] === -1 || this.slack(e) < this.slack(bestedgeto[bj]!))
          ) {
            bestedgeto[bj] = e;
          }
        }
      }
      this.blossombestedges[c] = null;
      this.bestedge[c] = -1;
    }
    const best = bestedgeto.filter((e) => e !== -1);
    this.blossombestedges[b] = best;
    this.bestedge[b] = -1;
    for (const e of best) {
      if (this.bestedge[b] === -1 || this.slack(e) < this.slack(this.bestedge[b]!))
        this.bestedge[b] = e;
    }
  }

  private expandBlossom(b: number, endstage: boolean): void {
    const { endpoint, label, labelend, inblossom } = this;
    for (const s of this.blossomchilds[b]!) {
      this.blossomparent[s] = -1;
      if (s < this.n) inblossom[s] = s;
      else if (endstage && this.dualvar[s] === 0n) this.expandBlossom(s, endstage);
      else for (const x of this.leaves(s)) inblossom[x] = s;
    }
    if (!endstage && label[b] === 2) {
      const childs = this.blossomchilds[b]!;
      const endps = this.blossomendps[b]!;
      const size = childs.length;
      const at = (i: number) => (i < 0 ? i + size : i);
      const entrychild = inblossom[endpoint[labelend[b]! ^ 1]!]!;
      let j = childs.indexOf(entrychild);
      let jstep: number;
      let endptrick: number;
      if (j & 1) {
        j -= size;
        jstep = 1;
        endptrick = 0;
      } else {
        jstep = -1;
        endptrick = 1;
      }
      let p = labelend[b]!;
      while (j !== 0) {
        label[endpoint[p ^ 1]!] = 0;
        label[endpoint[endps[at(j - endptrick)]! ^ endptrick ^ 1]!] = 0;
        this.assignLabel(endpoint[p ^ 1]!, 2, p);
        this.allowedge[endps[at(j - endptrick)]! >> 1] = true;
        j += jstep;
        p = endps[at(j - endptrick)]! ^ endptrick;
        this.allowedge[p >> 1] = true;
        j += jstep;
      }
      let bv = childs[at(j)]!;
      label[endpoint[p ^ 1]!] = 2;
      label[bv] = 2;
      labelend[endpoint[p ^ 1]!] = p;
      labelend[bv] = p;
      this.bestedge[bv] = -1;
      j += jstep;
      while (childs[at(j)] !== entrychild) {
        bv = childs[at(j)]!;
        if (label[bv] === 1) {
          j += jstep;
          continue;
        }
        const reached = this.leaves(bv).find((x) => label[x] !== 0);
        if (reached !== undefined) {
          label[reached] = 0;
          label[endpoint[this.mate[this.blossombase[bv]!]!]!] = 0;
          this.assignLabel(reached, 2, labelend[reached]!);
        }
        j += jstep;
      }
    }
    label[b] = -1;
    labelend[b] = -1;
    this.blossomchilds[b] = null;
    this.blossomendps[b] = null;
    this.blossombase[b] = -1;
    this.blossombestedges[b] = null;
    this.bestedge[b] = -1;
    this.unusedblossoms.push(b);
  }

  private augmentBlossom(b: number, v: number): void {
    let t = v;
    while (this.blossomparent[t] !== b) t = this.blossomparent[t]!;
    if (t >= this.n) this.augmentBlossom(t, v);
    const childs = this.blossomchilds[b]!;
    const endps = this.blossomendps[b]!;
    const size = childs.length;
    const at = (i: number) => (i < 0 ? i + size : i);
    const i = childs.indexOf(t);
    let j = i;
    let jstep: number;
    let endptrick: number;
    if (i & 1) {
      j -= size;
      jstep = 1;
      endptrick = 0;
    } else {
      jstep = -1;
      endptrick = 1;
    }
    while (j !== 0) {
      j += jstep;
      t = childs[at(j)]!;
      const p = endps[at(j - endptrick)]! ^ endptrick;
      if (t >= this.n) this.augmentBlossom(t, this.endpoint[p]!);
      j += jstep;
      t = childs[at(j)]!;
      if (t >= this.n) this.augmentBlossom(t, this.endpoint[p ^ 1]!);
      this.mate[this.endpoint[p]!] = p ^ 1;
      this.mate[this.endpoint[p ^ 1]!] = p;
    }
    this.blossomchilds[b] = childs.slice(i).concat(childs.slice(0, i));
    this.blossomendps[b] = endps.slice(i).concat(endps.slice(0, i));
    this.blossombase[b] = this.blossombase[this.blossomchilds[b]![0]!]!;
  }

  private augmentMatching(k: number): void {
    const { endpoint, inblossom, labelend } = this;
    for (const [start, first] of [
      [endpoint[2 * k]!, 2 * k + 1],
      [endpoint[2 * k + 1]!, 2 * k],
    ] as const) {
      let s = start;
      let p = first;
      for (;;) {
        const bs = inblossom[s]!;
        if (bs >= this.n) this.augmentBlossom(bs, s);
        this.mate[s] = p;
        if (labelend[bs] === -1) break;
        const t = endpoint[labelend[bs]!]!;
        const bt = inblossom[t]!;
        s = endpoint[labelend[bt]!]!;
        const j = endpoint[labelend[bt]! ^ 1]!;
        if (bt >= this.n) this.augmentBlossom(bt, j);
        this.mate[j] = labelend[bt]!;
        p = labelend[bt]! ^ 1;
      }
    }
  }

  run(): void {
    const { n, endpoint, inblossom, label, dualvar } = this;
    for (let stage = 0; stage < n; stage++) {
      label.fill(0);
      this.bestedge.fill(-1);
      for (let b = n; b < 2 * n; b++) this.blossombestedges[b] = null;
      this.allowedge.fill(false);
      this.queue = [];
      for (let v = 0; v < n; v++) {
        if (this.mate[v] === -1 && label[inblossom[v]!] === 0) this.assignLabel(v, 1, -1);
      }
      let augmented = false;
      for (;;) {
        while (this.queue.length > 0 && !augmented) {
          const v = this.queue.pop()!;
          for (const p of this.neighbend[v]!) {
            const k = p >> 1;
            const w = endpoint[p]!;
            if (inblossom[v] === inblossom[w]) continue;
            let kslack = 0n;
            if (!this.allowedge[k]) {
              kslack = this.slack(k);
              if (kslack <= 0n) this.allowedge[k] = true;
            }
            if (this.allowedge[k]) {
              if (label[inblossom[w]!] === 0) this.assignLabel(w, 2, p ^ 1);
              else if (label[inblossom[w]!] === 1) {
                const base = this.scanBlossom(v, w);
                if (base >= 0) this.addBlossom(base, k);
                else {
                  this.augmentMatching(k);
                  augmented = true;
                  break;
                }
              } else if (label[w] === 0) {
                label[w] = 2;
                this.labelend[w] = p ^ 1;
              }
            } else if (label[inblossom[w]!] === 1) {
              const b = inblossom[v]!;
              if (this.bestedge[b] === -1 || kslack < this.slack(this.bestedge[b]!))
                this.bestedge[b] = k;
            } else if (label[w] === 0) {
              if (this.bestedge[w] === -1 || kslack < this.slack(this.bestedge[w]!))
                this.bestedge[w] = k;
            }
          }
        }
        if (augmented) break;
        let deltatype = 1;
        let delta = dualvar.slice(0, n).reduce((a, b) => (b < a ? b : a));
        let deltaedge = -1;
        let deltablossom = -1;
        for (let v = 0; v < n; v++) {
          if (label[inblossom[v]!] === 0 && this.bestedge[v] !== -1) {
            const d = this.slack(this.bestedge[v]!);
            if (d < delta) {
              delta = d;
              deltatype = 2;
              deltaedge = this.bestedge[v]!;
            }
          }
        }
        for (let b = 0; b < 2 * n; b++) {
          if (this.blossomparent[b] === -1 && label[b] === 1 && this.bestedge[b] !== -1) {
            const d = this.slack(this.bestedge[b]!) / 2n;
            if (d < delta) {
              delta = d;
              deltatype = 3;
              deltaedge = this.bestedge[b]!;
            }
          }
        }
        for (let b = n; b < 2 * n; b++) {
          if (
            this.blossombase[b]! >= 0 &&
            this.blossomparent[b] === -1 &&
            label[b] === 2 &&
            dualvar[b]! < delta
          ) {
            delta = dualvar[b]!;
            deltatype = 4;
            deltablossom = b;
          }
        }
        for (let v = 0; v < n; v++) {
          const l = label[inblossom[v]!];
          if (l === 1) dualvar[v]! -= delta;
          else if (l === 2) dualvar[v]! += delta;
        }
        for (let b = n; b < 2 * n; b++) {
          if (this.blossombase[b]! >= 0 && this.blossomparent[b] === -1) {
            if (label[b] === 1) dualvar[b]! += delta;
            else if (label[b] === 2) dualvar[b]! -= delta;
          }
        }
        if (deltatype === 1) break;
        if (deltatype === 2) {
          this.allowedge[deltaedge] = true;
          let i = endpoint[2 * deltaedge]!;
          if (label[inblossom[i]!] === 0) i = endpoint[2 * deltaedge + 1]!;
          this.queue.push(i);
        } else if (deltatype === 3) {
          this.allowedge[deltaedge] = true;
          this.queue.push(endpoint[2 * deltaedge]!);
        } else {
          this.expandBlossom(deltablossom, false);
        }
      }
      if (!augmented) break;
      for (let b = n; b < 2 * n; b++) {
        if (
          this.blossomparent[b] === -1 &&
          this.blossombase[b]! >= 0 &&
          label[b] === 1 &&
          dualvar[b] === 0n
        ) {
          this.expandBlossom(b, true);
        }
      }
    }
  }
}
