// Shapes of the "getting credit" JSON (accomplishments, flexibility, status updates, the
// remote-work proposal, preferences), inferred from the server's own schemas (type-only).
import type { z } from '@hono/zod-openapi';
import type {
  AccomplishmentSchema,
  BragSchema,
  FlexSchema,
  newAccomplishmentInput,
  newFlexInput,
  PeriodSchema,
  ProposalDocumentSchema,
  ProposalSchema,
  periodInput,
  proposalAnswers,
  StatusUpdateSchema,
  updateChanges,
} from '../../../src/http/credit/credit-schemas';
import type { PreferencesSchema } from '../../../src/http/today/today-routes';

export type Accomplishment = z.infer<typeof AccomplishmentSchema>;
export type PersonRef = Accomplishment['helpedBy'][number];
/** What an accomplishment is logged or changed with; people by id. */
export type AccomplishmentInput = Partial<z.input<typeof newAccomplishmentInput>>;
export type FlexEntry = z.infer<typeof FlexSchema>;
export type FlexInput = z.input<typeof newFlexInput>;

/** A week or month (this one or the one before), or explicit dates, both inclusive. */
export type PeriodQuery = z.input<typeof periodInput>;
export type Period = z.infer<typeof PeriodSchema>;
export type Brag = z.infer<typeof BragSchema>;

export type StatusUpdate = z.infer<typeof StatusUpdateSchema>;
export type UpdateChange = z.input<typeof updateChanges>;

export type Preferences = z.infer<typeof PreferencesSchema>;
export type UpdateSchedule = NonNullable<Preferences['updateSchedule']>;
/** The morning digest by e-mail, at a local time on working days. */
export type DigestSetting = NonNullable<Preferences['digest']>;

/** The proposal's answers as saved (PUT /api/proposal); the server fills the defaults. */
export type ProposalAnswers = z.output<typeof proposalAnswers>;
export type Deliverable = ProposalAnswers['deliverables'][number];
export type ProposalDecision = z.infer<typeof ProposalSchema>['decision'];
/** The server documents `answers` as a free record; it holds the saved fields of the answers. */
export type Proposal = Omit<z.infer<typeof ProposalSchema>, 'answers'> & {
  answers: Partial<ProposalAnswers>;
};
export type ProposalDocument = z.infer<typeof ProposalDocumentSchema>;
