// Test data builders for pairing tests (and the benchmark); kept beside the code because the
// domain owns its shapes.
import { createRequire } from 'node:module';
import type { PairingMember, PairingRound, WorkingHours } from './types.js';

const require = createRequire(import.meta.url);

/** Joris van Rantwijk's O(n³) matching as ported to JS (MIT): mate per vertex, -1 if single. */
export const referenceMatching = require('edmonds-blossom-fixed') as (
  edges: [number, number, number][],
  maxCardinality?: boolean,
) => number[];

/** Weight of the reference matching on an edge list. */
export function referenceWeight(edges: readonly (readonly [number, number, number])[]): number {
  if (edges.length === 0) return 0;
  const mate = referenceMatching(edges.map(([u, v, w]) => [u, v, w]));
  let total = 0;
  for (const [u, v, w] of edges) if (mate[u] === v) total += w;
  return total;
}

/** Nine to five, Monday to Friday. */
export function officeHours(start = '09:00', end = '17:00'): WorkingHours {
  const day = [{ start, end }];
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] };
}

let sequence = 0;

/** A settled member in Berlin, office hours, no interests, nobody excluded. */
export function aMember(overrides: Partial<PairingMember> = {}): PairingMember {
  sequence += 1;
  return {
    id: `p${String(sequence).padStart(4, '0')}`,
    team: 'Platform',
    timeZone: 'Europe/Berlin',
    workingHours: officeHours(),
    interests: [],
    joinedAt: '2024-01-01',
    allowAsync: false,
    excluded: [],
    ...overrides,
  };
}

/** `count` settled members with ids m00…, alike unless `vary` says otherwise. */
export function someMembers(
  count: number,
  vary: (i: number) => Partial<PairingMember> = () => ({}),
): PairingMember[] {
  return Array.from({ length: count }, (_, i) =>
    aMember({ id: `m${String(i).padStart(3, '0')}`, ...vary(i) }),
  );
}

/** Every unordered pair of ids grouped together in a round. */
export function pairsOf(round: PairingRound): string[] {
  const out: string[] = [];
  for (const { members } of round.groups) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) out.push(`${members[x]}|${members[y]}`);
    }
  }
  return out;
}
