// Above POOL_LIMIT members a round is solved in pools: contiguous stretches of the working-time
// order (people whose days line up), each solved exactly on its capped candidate graph. Pools
// have even sizes except the last, so an odd count still makes exactly one trio.
import { workOrder } from './candidates.js';
import type { Roster } from './roster.js';

export const POOL_LIMIT = 20_000;
export const POOL_SIZE = 12_500;

/** The member indexes of each pool (one pool holding everyone up to POOL_LIMIT). */
export function splitPools(roster: Roster): Int32Array[] {
  const everyone = Int32Array.from({ length: roster.n }, (_, i) => i);
  if (roster.n <= POOL_LIMIT) return [everyone];
  const order = workOrder(roster, everyone);
  const count = Math.ceil(roster.n / POOL_SIZE);
  let size = Math.floor(roster.n / count);
  if (size % 2 === 1) size++;
  const pools: Int32Array[] = [];
  for (let start = 0; start < roster.n; start += size) {
    pools.push(order.slice(start, Math.min(roster.n, start + size)));
  }
  return pools;
}
