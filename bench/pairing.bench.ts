// Coffee-pairing rounds at 200, 400 and 1,000 members (every pair allowed) and 10,000 and
// 100,000 (candidate-capped), each with teams, zones, interests and 12 rounds of history.
// Per size: wall and CPU time of a whole round, the solver alone, total weight, pairs, unpaired,
// repeats (pairs that met within K rounds, per the answers), and whether the weight is the exact optimum:
// checked against edmonds-blossom-fixed (van Rantwijk's O(n³) port) on the all-pairs sizes
// (200, 400 and 1,000: it takes ~20 s there); at 10,000 and 100,000 it would take hours, and
// the reference is each solve's own LP dual certificate (matching-certificate.ts), which proves
// optimality on the candidate graph independently of the algorithm.
import { DENSE_LIMIT } from '../src/domain/pairing/candidates';
import { maxWeightMatching } from '../src/domain/pairing/matching';
import { referenceWeight } from '../src/domain/pairing/pairing.factory';
import { POOL_LIMIT, POOL_SIZE } from '../src/domain/pairing/pools';
import { buildPairingRound } from '../src/domain/pairing/round';
import { seededRandom } from '../src/domain/pairing/seeded';
import type {
  PairingHistoryRound,
  PairingMember,
  PairingRound,
  WorkingHours,
} from '../src/domain/pairing/types';
import { percentile, writeResult } from './report';

const NOW = '2026-11-23T07:00:00Z';
const K = 6;
const HISTORY_ROUNDS = 12;
const ZONES = [
  'America/Los_Angeles',
  'America/Denver',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Athens',
  'Africa/Nairobi',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
];
const INTERESTS = [
  'climbing',
  'chess',
  'jazz',
  'running',
  'baking',
  'cycling',
  'photography',
  'gardening',
  'board games',
  'hiking',
  'yoga',
  'sci-fi',
  'cooking',
  'football',
  'painting',
  'podcasts',
  'travel',
  'coffee',
  'knitting',
  'surfing',
  'piano',
  'guitar',
  'poetry',
  'dogs',
  'cats',
  'skiing',
  'tennis',
  'film',
  'history',
  'languages',
];

function hours(start: string, end: string, weekend = false): WorkingHours {
  const day = [{ start, end }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: weekend ? day : [], sun: [] };
}
const TEMPLATES = [
  hours('09:00', '17:00'),
  hours('08:00', '16:00'),
  hours('10:00', '18:30'),
  hours('07:30', '15:30'),
  {
    ...hours('09:00', '13:00'),
    tue: [
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ],
  },
  hours('12:00', '20:00', true),
];

function generate(n: number, seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const id = (i: number) => `u${String(i).padStart(6, '0')}`;
  const teams = Math.max(4, Math.round(n / 25));
  const members: PairingMember[] = Array.from({ length: n }, (_, i) => {
    const interests = new Set<string>();
    const count = Math.floor(random() * 5);
    while (interests.size < count) interests.add(pick(INTERESTS));
    const joinedDaysAgo = Math.floor(random() * 900);
    return {
      id: id(i),
      team: `team ${Math.floor(random() * teams)}`,
      timeZone: pick(ZONES),
      workingHours: pick(TEMPLATES),
      interests: [...interests],
      joinedAt: new Date(Date.parse(NOW) - joinedDaysAgo * 86_400_000).toISOString().slice(0, 10),
      allowAsync: random() < 0.15,
      excluded: random() < 0.02 ? [id(Math.floor(random() * n))] : [],
    };
  });
  // Twelve earlier rounds of random pairs (a trio when odd), with some answers.
  const history: PairingHistoryRound[] = [];
  for (let r = 1; r <= HISTORY_ROUNDS; r++) {
    const order = members.map((m) => m.id);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const groups: string[][] = [];
    for (let i = 0; i + 1 < order.length; i += 2) groups.push([order[i]!, order[i + 1]!]);
    if (order.length % 2 === 1) groups[groups.length - 1]!.push(order[order.length - 1]!);
    const feedback = groups
      .filter(() => random() < 0.1)
      .map((g) => ({ from: g[0]!, with: g[1]!, answer: pick(['met', 'didnt', 'again'] as const) }));
    history.push({ round: r, groups, feedback });
  }
  return { members, history };
}

function repeats(round: PairingRound, history: readonly PairingHistoryRound[]): number {
  const recent = new Set<string>();
  for (const past of history) {
    if (round.round - past.round > K) continue;
    // A pair that answered "didn't" (and nobody said they met) did not meet.
    const didnt = new Set(
      (past.feedback ?? [])
        .filter((f) => f.answer === 'didnt')
        .map((f) => [f.from, f.with].sort().join('|')),
    );
    for (const f of past.feedback ?? []) {
      if (f.answer !== 'didnt') didnt.delete([f.from, f.with].sort().join('|'));
    }
    for (const g of past.groups) {
      for (let x = 0; x < g.length; x++)
        for (let y = x + 1; y < g.length; y++) {
          const pair = [g[x], g[y]].sort().join('|');
          if (!didnt.has(pair)) recent.add(pair);
        }
    }
  }
  let count = 0;
  for (const { members } of round.groups) {
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        if (recent.has(`${members[x]}|${members[y]}`)) count++;
      }
  }
  return count;
}

function edgeArrays(round: PairingRound, n: number, ids: Map<string, number>) {
  const from = new Int32Array(round.edges.length);
  const to = new Int32Array(round.edges.length);
  const weight = new Float64Array(round.edges.length);
  round.edges.forEach(([a, b, w], k) => {
    from[k] = ids.get(a)!;
    to[k] = b === '*' ? n : ids.get(b)!;
    weight[k] = w;
  });
  return { from, to, weight };
}

const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
};

const SIZES = [
  { n: 200, runs: 7, reference: true },
  { n: 400, runs: 5, reference: true },
  { n: 1_000, runs: 5, reference: true },
  { n: 10_000, runs: 3, reference: false },
  { n: 100_000, runs: 1, reference: false },
];

const results: Record<string, unknown>[] = [];
for (const { n, runs, reference } of SIZES) {
  const { members, history } = generate(n, n);
  const rules = {
    groupSize: 2 as const,
    noRepeatRounds: K,
    onboardingWeeks: 8,
    now: NOW,
    seed: 2026,
  };
  const wall: number[] = [];
  const cpu: number[] = [];
  let round: PairingRound | undefined;
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    round = buildPairingRound({ members, history, rules });
    wall.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  const done = round!;
  const ids = new Map(members.map((m, i) => [m.id, i]));
  const vertices = n + (done.edges.some((e) => e[1] === '*') ? 1 : 0);
  // The solver alone on the round's graph (one pool; pooled rounds solve each pool separately).
  let solveMs: number | null = null;
  let solverAgrees: boolean | null = null;
  if (n <= POOL_LIMIT) {
    const arrays = edgeArrays(done, n, ids);
    const t0 = performance.now();
    const solved = maxWeightMatching({ n: vertices, ...arrays });
    solveMs = Math.round(performance.now() - t0);
    solverAgrees = solved.exactWeight.toString() === done.matchingWeight;
  }
  let referenceMs: number | null = null;
  let exact: boolean | string = 'lp-certificate';
  if (reference) {
    const r0 = performance.now();
    const expected = referenceWeight(
      done.edges.map(
        ([a, b, w]) => [ids.get(a)!, b === '*' ? n : ids.get(b)!, w] as [number, number, number],
      ),
    );
    referenceMs = Math.round(performance.now() - r0);
    exact = String(expected) === done.matchingWeight;
  }
  const sizes: Record<string, number> = {};
  for (const g of done.groups) sizes[g.members.length] = (sizes[g.members.length] ?? 0) + 1;
  const row = {
    members: n,
    mode:
      n <= DENSE_LIMIT
        ? 'all pairs'
        : n <= POOL_LIMIT
          ? 'candidate-capped (30 best)'
          : `candidate-capped (30 best), ${Math.ceil(n / POOL_SIZE)} pools`,
    edges: done.edges.length,
    round_ms_median: Math.round(percentile(wall, 50)),
    round_ms_max: Math.round(Math.max(...wall)),
    round_cpu_ms_median: Math.round(percentile(cpu, 50)),
    solver_ms: solveMs,
    total_weight: done.matchingWeight,
    total_score: done.groups.reduce((sum, g) => sum + g.weight, 0),
    pairs: sizes[2] ?? 0,
    groups_by_size: sizes,
    unpaired: done.unpaired.length,
    repeats_within_k: repeats(done, history),
    with_slot: done.groups.filter((g) => g.slot !== null).length,
    exact_optimum: exact,
    reference_ms: referenceMs,
    solver_weight_matches_round: solverAgrees,
  };
  console.log(JSON.stringify(row));
  results.push(row);
}

writeResult('pairing', {
  scenario:
    'buildPairingRound, groupSize 2, K = 6, 12 rounds of random history with 10 % answered; generated members in 12 zones, 6 hour templates, ~25 per team, 0–4 of 30 interests, 15 % async, 2 % with one exclusion',
  sizes: results,
});
