// Coffee pairings: the public surface of the pairing domain. Pure functions and plain types.

export { type BigEdge, bigintMaxWeightMatching } from './bigint-matching.js';
export { CAP as CANDIDATE_CAP, DENSE_LIMIT } from './candidates.js';
export {
  MAX_MATCHING_WEIGHT,
  type MatchingResult,
  maxWeightMatching,
  type WeightedGraph,
} from './matching.js';
export { POOL_LIMIT, POOL_SIZE } from './pools.js';
export { buildPairingRound, MAX_ROUND_MEMBERS } from './round.js';
export { type GraphInput, type GraphSolution, parseGraphInput, solveGraph } from './solve-graph.js';
export type {
  PairingAnswer,
  PairingEdge,
  PairingFeedback,
  PairingGroup,
  PairingHistoryRound,
  PairingInput,
  PairingMember,
  PairingRound,
  PairingRules,
  PairingSlot,
  PairingWeightScale,
  SlotLocalTime,
  Weekday,
  WorkingHours,
  WorkingWindow,
} from './types.js';
