// Credit for the user's work: periods, status updates, brag summaries, the remote-work
// proposal and the check-in hint. Pure functions, plain data in and out.

export {
  type BragFormat,
  type BragInput,
  formatBrag,
  type LogInput,
  type LogSummary,
  summarizeLog,
} from './brag.js';
export { accomplishmentHint, HINT_DEFAULT_MAX } from './hint.js';
export { renderMarkdown } from './markdown-render.js';
export { type PeriodWhich, periodFor, periodFromRange } from './period.js';
export {
  COST_NOTE_SUGGESTION,
  composeProposal,
  PROPOSAL_MAX_ACCOMPLISHMENTS,
  PROPOSAL_MAX_FLEXIBILITY,
  type Proposal,
  type ProposalInput,
} from './proposal.js';
export {
  composeStatusUpdate,
  HIGHLIGHTS_MAX,
  HIGHLIGHTS_MIN,
  type StatusUpdate,
  type StatusUpdateInput,
} from './status-update.js';
export type {
  Accomplishment,
  ComposedDocument,
  FavorEntry,
  FlexibilityEntry,
  OpenPromise,
  Period,
  PeriodKind,
  PeriodRange,
  PersonRef,
  RenderedMarkdown,
} from './types.js';
