// One coffee round: score pairs, solve the maximum-weight matching exactly, turn pairs into the
// round's groups, and say why and when each group could meet.
import { DomainInputError } from '../input-error.js';
import { epochMsOf } from '../time/instant.js';
import { candidateGraph, weightScale } from './candidates.js';
import { assembleGroups, attachLeftovers, dropForbidden, groupSizes } from './groups.js';
import { maxWeightMatching } from './matching.js';
import { FORBIDDEN, PairScorer, RECENT } from './pair-score.js';
import { splitPools } from './pools.js';
import { groupReason, nextSlot, pairReason } from './reason.js';
import { buildRoster, foldHistory } from './roster.js';
import { hashString } from './seeded.js';
import { arrangeOddPool, type OddArrangement } from './trio.js';
import type {
  PairingEdge,
  PairingGroup,
  PairingInput,
  PairingRound,
  PairingRules,
} from './types.js';

/** Most members one solve takes (so that weights stay exact integers below 2^49). */
export const MAX_ROUND_MEMBERS = 300_000;

function checkRules(rules: PairingRules) {
  if (![2, 3, 4].includes(rules.groupSize)) {
    throw new DomainInputError(
      'invalid_rules',
      `groupSize must be 2, 3 or 4, not ${rules.groupSize}.`,
    );
  }
  for (const field of ['noRepeatRounds', 'onboardingWeeks'] as const) {
    const value = rules[field];
    if (!Number.isInteger(value) || value < 0) {
      throw new DomainInputError(
        'invalid_rules',
        `${field} must be a whole number ≥ 0, not ${value}.`,
      );
    }
  }
  if (typeof rules.seed !== 'number' && typeof rules.seed !== 'string') {
    throw new DomainInputError('invalid_rules', 'seed must be a number or a string.');
  }
}

/** Forms this round's groups: everyone grouped, no recent repeats, best total score. */
export function buildPairingRound(input: PairingInput): PairingRound {
  const { rules } = input;
  checkRules(rules);
  if (input.members.length > MAX_ROUND_MEMBERS) {
    throw new DomainInputError(
      'too_many_members',
      `${input.members.length} members is more than one round takes (${MAX_ROUND_MEMBERS}); split them into pools.`,
    );
  }
  const nowMs = epochMsOf(rules.now);
  const roster = buildRoster(input.members, rules, nowMs);
  const history = foldHistory(roster, input.history, rules.groupSize);
  const scorer = new PairScorer(roster, history, rules.noRepeatRounds, rules.seed);
  const seed = hashString(String(rules.seed));
  const { n, ids } = roster;
  const sizes = rules.groupSize === 2 ? null : groupSizes(n, rules.groupSize);
  // With an odd count in pair mode, a stand-in vertex takes the one who will join a trio; it
  // only links to people who were not in the last trio, so the matching itself rotates it.
  // arrangeOddPool (trio.ts) then forms the trio, searching further when a constraint blocks it.
  const ghost = sizes === null && n % 2 === 1 && n >= 3;
  const pools = splitPools(roster);
  const scale = weightScale(Math.max(...pools.map((p) => p.length)) + 1);
  const edges: PairingEdge[] = [];
  const neighbours: Int32Array[] = new Array(n);
  const pairs: number[][] = [];
  const leftovers: number[] = [];
  // The odd pool's trio, when it has one (only the last pool is odd).
  // (Typed by assertion: it is set inside the pools' callback, which narrowing cannot see.)
  let trio = null as OddArrangement['trio'];
  let matchingWeight = 0n;
  pools.forEach((pool, p) => {
    const graph = candidateGraph(scorer, scale, seed + p, pool);
    const size = pool.length;
    graph.neighbours.forEach((list, i) => {
      neighbours[pool[i]!] = list;
    });
    let { from, to, weight } = graph;
    for (let k = 0; k < from.length; k++) {
      edges.push([ids[pool[from[k]!]!]!, ids[pool[to[k]!]!]!, weight[k]!]);
    }
    // The odd count sits in the last pool (the others are even).
    const withGhost = ghost && p === pools.length - 1;
    let stand: number[] = [];
    if (withGhost) {
      const everyone = Array.from({ length: size }, (_, i) => i);
      const eligible = everyone.filter((i) => !history.lastTrio.has(pool[i]!));
      stand = eligible.length > 0 ? eligible : everyone;
      const ghostWeight = scale.cover + scale.fresh;
      from = Int32Array.from([...from, ...stand]);
      to = Int32Array.from([...to, ...stand.map(() => size)]);
      weight = Float64Array.from([...weight, ...stand.map(() => ghostWeight)]);
      for (const i of stand) edges.push([ids[pool[i]!]!, '*', ghostWeight]);
    }
    const matching = maxWeightMatching({ n: size + (withGhost ? 1 : 0), from, to, weight });
    matchingWeight += matching.exactWeight;
    if (withGhost) {
      // The trio: the ghost's partner joins a pair, or the search finds a better arrangement.
      const odd = arrangeOddPool(scorer, scale, pool, graph, matching.mate, stand);
      pairs.push(...odd.pairs);
      leftovers.push(...odd.leftovers);
      trio = odd.trio;
      return;
    }
    for (let i = 0; i < size; i++) {
      const j = matching.mate[i]!;
      if (j === -1 || j === size) leftovers.push(pool[i]!);
      else if (i < j) pairs.push([pool[i]!, pool[j]!]);
    }
  });

  let groups: number[][];
  let joiners = new Map<number[], number>();
  const unpaired: number[] = [];
  if (sizes === null) {
    groups = pairs;
    const attached = attachLeftovers(scorer, groups, leftovers);
    joiners = attached.joiners;
    if (trio) {
      groups.push(trio.group);
      joiners.set(trio.group, trio.joiner);
    }
    for (const i of attached.unplaced) unpaired.push(i);
  } else {
    groups = assembleGroups(scorer, pairs, leftovers, sizes, neighbours, seed);
  }
  for (const i of dropForbidden(scorer, groups)) unpaired.push(i);
  for (const group of groups) if (group.length < 2) unpaired.push(...group.splice(0));
  groups = groups.filter((g) => g.length >= 2);

  const out: PairingGroup[] = groups.map((group) => {
    const sorted = [...group].sort((a, b) => a - b);
    let points = 0;
    for (let x = 0; x < sorted.length; x++) {
      for (let y = x + 1; y < sorted.length; y++) {
        const raw = scorer.score(sorted[x]!, sorted[y]!);
        if (raw !== FORBIDDEN) points += raw & (RECENT - 1);
      }
    }
    return {
      members: sorted.map((i) => ids[i]!),
      reason:
        sorted.length === 2
          ? pairReason(scorer, sorted[0]!, sorted[1]!)
          : groupReason(scorer, sorted, joiners.get(group)),
      slot: nextSlot(roster, sorted, nowMs),
      weight: points,
    };
  });
  out.sort((a, b) => (a.members[0]! < b.members[0]! ? -1 : 1));
  return {
    round: history.round,
    seed: rules.seed,
    groups: out,
    unpaired: unpaired.map((i) => ids[i]!).sort(),
    edges,
    scale,
    matchingWeight: matchingWeight.toString(),
  };
}
