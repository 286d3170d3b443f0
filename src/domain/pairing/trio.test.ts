import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { someMembers } from './pairing.factory.js';
import { buildPairingRound } from './round.js';
import type { PairingHistoryRound, PairingMember, PairingRound, WorkingHours } from './types.js';

const NOW = '2026-11-23T07:00:00Z'; // Monday morning
const id = (i: number) => `m${String(i).padStart(3, '0')}`;
const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsRound(
  members: PairingMember[],
  history: PairingHistoryRound[] = [],
  noRepeatRounds = 4,
  seed: number | string = 7,
) {
  return buildPairingRound({
    members,
    history,
    rules: { groupSize: 2, noRepeatRounds, onboardingWeeks: 6, now: NOW, seed },
  });
}

describe('the odd count’s trio', () => {
  it('finds a trio when exclusions block every pair the odd one out could join', () => {
    // The matching prefers m000–m001 and m002–m003 (shared interests), leaving m004, who
    // excluded m000 and m002: no pair takes m004, yet m000–m002 plus m001, m003, m004 works.
    const members = someMembers(5, (i) => ({
      interests: i < 2 ? ['chess', 'jazz', 'go'] : i < 4 ? ['climbing', 'yoga', 'tea'] : [],
      excluded: i === 4 ? ['m000', 'm002'] : [],
    }));
    const result = pairsRound(members);
    expect(result.unpaired).toEqual([]);
    expect(result.groups.map((g) => g.members)).toEqual([
      ['m000', 'm002'],
      ['m001', 'm003', 'm004'],
    ]);
    expect(result.groups[1]!.reason).toMatch(/^m004 joins as the third/);
  });

  it('still reports someone unpaired when no arrangement places everyone', () => {
    // m000 excluded everyone but m001, and m001 everyone but m000: they can only be a pair, and
    // the other three cannot all meet (m002 excluded m003).
    const members = someMembers(5, (i) =>
      i === 0
        ? { excluded: ['m002', 'm003', 'm004'] }
        : i === 1
          ? { excluded: ['m002', 'm003', 'm004'] }
          : i === 2
            ? { excluded: ['m003'] }
            : {},
    );
    const result = pairsRound(members);
    expect(result.unpaired).toHaveLength(1);
    expect(result.groups.every((g) => g.members.length === 2)).toBe(true);
  });
});

// ---- Brute force over small rosters ----------------------------------------------------------

/** Working-day starts (UTC, minutes); everyone works 8 hours, Monday to Friday. */
const STARTS = [0, 240, 450, 480, 720, 930, 960];
const DAY = 480;

function hoursFrom(start: number): WorkingHours {
  const clock = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const day = [{ start: clock(start), end: clock(start + DAY) }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] };
}

interface Case {
  n: number;
  starts: number[];
  async: boolean[];
  exclusions: [number, number][];
  history: number[][];
  noRepeatRounds: number;
  seed: number;
}

const cases = fc.integer({ min: 3, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    starts: fc.array(fc.constantFrom(...STARTS), { minLength: n, maxLength: n }),
    async: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    exclusions: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
    // Past rounds as orders of everyone: cut into pairs, the last three a trio when odd.
    history: fc.array(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), {
      maxLength: 3,
    }),
    noRepeatRounds: fc.integer({ min: 0, max: 3 }),
    seed: fc.integer(),
  }),
);

/** Groups of a past round from an order of everyone. */
function cut(order: readonly number[]): number[][] {
  const groups: number[][] = [];
  const pairsEnd = order.length % 2 === 1 ? order.length - 3 : order.length;
  for (let i = 0; i < pairsEnd; i += 2) groups.push([order[i]!, order[i + 1]!]);
  if (pairsEnd < order.length) groups.push(order.slice(pairsEnd));
  return groups;
}

/** The rules, worked out from the case itself rather than from the engine. */
function facts(c: Case) {
  const banned = new Set(c.exclusions.map(([a, b]) => key(id(a), id(b))));
  const overlap = (a: number, b: number) =>
    Math.max(0, DAY - Math.abs(c.starts[a]! - c.starts[b]!));
  const allowed = (a: number, b: number) =>
    a !== b &&
    !banned.has(key(id(a), id(b))) &&
    (overlap(a, b) >= 30 || (c.async[a]! && c.async[b]!));
  const round = c.history.length + 1;
  const lastMet = new Map<string, number>();
  c.history.forEach((order, r) => {
    for (const g of cut(order)) {
      for (let x = 0; x < g.length; x++) {
        for (let y = x + 1; y < g.length; y++) lastMet.set(key(id(g[x]!), id(g[y]!)), r + 1);
      }
    }
  });
  const recent = (a: number, b: number) => {
    const met = lastMet.get(key(id(a), id(b)));
    return met !== undefined && round - met <= c.noRepeatRounds;
  };
  const latest = c.history[c.history.length - 1];
  const lastTrio = new Set(latest && c.n % 2 === 1 ? cut(latest).find((g) => g.length === 3)! : []);
  const window = (group: readonly number[]) =>
    Math.min(...group.map((i) => c.starts[i]! + DAY)) - Math.max(...group.map((i) => c.starts[i]!));
  return { allowed, recent, lastTrio, window };
}

type Facts = ReturnType<typeof facts>;

/** Every arrangement of everyone into pairs and (n odd) exactly one trio, all pairs allowed. */
function* arrangements(n: number, f: Facts): Generator<number[][]> {
  function* match(rest: number[]): Generator<number[][]> {
    if (rest.length === 0) {
      yield [];
      return;
    }
    const [a, ...others] = rest as [number, ...number[]];
    for (const b of others) {
      if (!f.allowed(a, b)) continue;
      for (const tail of match(others.filter((x) => x !== b))) yield [[a, b], ...tail];
    }
  }
  const everyone = [...Array(n).keys()];
  if (n % 2 === 0) {
    yield* match(everyone);
    return;
  }
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      for (let c = b + 1; c < n; c++) {
        if (!(f.allowed(a, b) && f.allowed(a, c) && f.allowed(b, c))) continue;
        const rest = everyone.filter((x) => x !== a && x !== b && x !== c);
        for (const pairs of match(rest)) yield [[a, b, c], ...pairs];
      }
    }
  }
}

/** Max total weight over all matchings (not only perfect ones) of allowed pairs. */
function bestMatchingWeight(n: number, weightOf: (a: number, b: number) => number): number {
  const go = (free: number[]): number => {
    if (free.length === 0) return 0;
    const [a, ...others] = free as [number, ...number[]];
    let best = go(others);
    for (const b of others) {
      const w = weightOf(a, b);
      if (w > 0) best = Math.max(best, w + go(others.filter((x) => x !== b)));
    }
    return best;
  };
  return go([...Array(n).keys()]);
}

const pairsIn = (group: readonly number[]) =>
  group.flatMap((a, x) => group.slice(x + 1).map((b) => [a, b] as const));

function checkRound(c: Case, result: PairingRound) {
  const f = facts(c);
  const index = (member: string) => Number(member.slice(1));
  const groups = result.groups.map((g) => g.members.map(index));
  // Everyone once; every group 2–3 people who may all meet.
  const placed = [...groups.flat(), ...result.unpaired.map(index)].sort((a, b) => a - b);
  expect(placed).toEqual([...Array(c.n).keys()]);
  for (const g of groups) {
    expect([2, 3]).toContain(g.length);
    for (const [a, b] of pairsIn(g)) expect(f.allowed(a, b)).toBe(true);
  }
  // The solver's graph is exactly the allowed pairs.
  const weights = new Map<string, number>();
  for (const [a, b, w] of result.edges) if (b !== '*') weights.set(key(a, b), w);
  const allowedPairs = pairsIn([...Array(c.n).keys()]).filter(([a, b]) => f.allowed(a, b));
  expect([...weights.keys()].sort()).toEqual(
    allowedPairs.map(([a, b]) => key(id(a), id(b))).sort(),
  );

  const fresh = (g: readonly number[]) => pairsIn(g).every(([a, b]) => !f.recent(a, b));
  const all = [...arrangements(c.n, f)];
  const full = all.length > 0;
  const noRepeat = all.some((arrangement) => arrangement.every(fresh));
  const trioFine = (t: readonly number[]) =>
    t.every((i) => !f.lastTrio.has(i)) && f.window(t) >= 30;
  // The trio comes first in an odd arrangement.
  const ideal =
    c.n % 2 === 1 &&
    all.some((arrangement) => arrangement.every(fresh) && trioFine(arrangement[0]!));
  const trios = groups.filter((g) => g.length === 3);
  if (full) {
    expect(result.unpaired).toEqual([]);
    expect(trios).toHaveLength(c.n % 2);
  }
  if (noRepeat) expect(groups.every(fresh)).toBe(true);
  if (ideal) expect(trioFine(trios[0]!)).toBe(true);
  if (c.n % 2 === 0) {
    const weightOf = (a: number, b: number) => weights.get(key(id(a), id(b))) ?? 0;
    const optimum = bestMatchingWeight(c.n, weightOf);
    expect(result.matchingWeight).toBe(String(optimum));
    if (full) {
      const total = groups.reduce((sum, [a, b]) => sum + weightOf(a!, b!), 0);
      expect(total).toBe(optimum);
    }
  }
  return { full, noRepeat, ideal };
}

describe('buildPairingRound against brute force (pairs mode, 3–9 members)', () => {
  it('places everyone whenever an arrangement can, within every hard rule', () => {
    const seen = { full: 0, noRepeat: 0, ideal: 0, blocked: 0 };
    fc.assert(
      fc.property(cases, (c) => {
        const members = someMembers(c.n, (i) => ({
          timeZone: 'UTC',
          workingHours: hoursFrom(c.starts[i]!),
          allowAsync: c.async[i]!,
          excluded: c.exclusions.filter(([a, b]) => a === i && b !== i).map(([, b]) => id(b)),
        }));
        const history = c.history.map((order, r) => ({
          round: r + 1,
          groups: cut(order).map((g) => g.map(id)),
        }));
        const result = pairsRound(members, history, c.noRepeatRounds, c.seed);
        const found = checkRound(c, result);
        if (found.full) seen.full++;
        else seen.blocked++;
        if (found.noRepeat) seen.noRepeat++;
        if (found.ideal) seen.ideal++;
      }),
      { numRuns: 1500 },
    );
    // The generator reaches every regime: blocked rosters, repeats forced, ideal trios.
    expect(seen.blocked).toBeGreaterThan(50);
    expect(seen.full - seen.noRepeat).toBeGreaterThan(50);
    expect(seen.ideal).toBeGreaterThan(50);
  });
});
