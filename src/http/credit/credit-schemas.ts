// Response shapes of "getting credit", named in the OpenAPI document; the request bodies are
// re-exported from their use-cases so clients type both from here.
import { z } from '@hono/zod-openapi';
import { DateText, InstantText } from '../schemas';

export {
  accomplishmentChanges,
  newAccomplishmentInput,
  newFlexInput,
} from '../../app/credit/accomplishments';
export { periodInput } from '../../app/credit/periods';
export { proposalAnswers } from '../../app/credit/proposal';
export { updateChanges } from '../../app/credit/status-updates';

const personRef = z.object({ id: z.string(), name: z.string() });

export const AccomplishmentSchema = z
  .object({
    id: z.string(),
    date: DateText,
    title: z.string(),
    detail: z.string().nullable(),
    project: z.string().nullable(),
    impact: z.string().nullable(),
    links: z.array(z.string()),
    tags: z.array(z.string()),
    helpedBy: z.array(personRef),
    tell: z.array(personRef),
    createdAt: z.string(),
  })
  .openapi('Accomplishment');

export const FlexSchema = z
  .object({
    id: z.string(),
    date: z.string(),
    text: z.string(),
    forPerson: personRef.nullable(),
    createdAt: z.string(),
  })
  .openapi('FlexibilityEntry');

export const BlockerSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    personId: z.string().nullable(),
    person: z.object({ id: z.string(), name: z.string(), kind: z.string() }).nullable(),
    since: z.string(),
    resolvedOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Blocker');

/** A week, a month or given dates, both ends inclusive. */
export const PeriodSchema = z
  .object({
    kind: z.enum(['week', 'month', 'custom']),
    start: DateText,
    end: DateText,
    label: z.string().openapi({ example: 'Week of 7 December 2026' }),
  })
  .openapi('Period');

export const StatusUpdateSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    periodStart: DateText,
    periodEnd: DateText,
    subject: z.string(),
    markdown: z.string(),
    html: z.string().openapi({ description: 'Rendered and escaped by the server' }),
    text: z.string(),
    recipients: z.array(z.string()),
    status: z.enum(['draft', 'sent', 'failed']),
    error: z.string().nullable().openapi({ description: 'Why the last send failed' }),
    origin: z.enum(['manual', 'scheduled']),
    sentAt: InstantText.nullable(),
    createdAt: InstantText,
    updatedAt: InstantText,
  })
  .openapi('StatusUpdate');

export const BragSchema = z
  .object({
    period: PeriodSchema,
    summary: z.object({
      period: z
        .object({ start: DateText, end: DateText, label: z.string() })
        .openapi({ description: 'The period counted (its label as the summary words it)' }),
      total: z.number(),
      withImpact: z.number(),
      projectCount: z.number(),
      byProject: z.array(
        z.object({
          project: z.string().nullable(),
          count: z.number(),
          withImpact: z.number(),
        }),
      ),
      byTag: z.array(z.object({ tag: z.string(), count: z.number() })),
    }),
    accomplishments: z.array(AccomplishmentSchema),
    markdown: z.string(),
    html: z.string(),
    text: z.string(),
  })
  .openapi('Brag');

export const ProposalSchema = z
  .object({
    id: z.string(),
    answers: z.record(z.string(), z.unknown()).openapi({
      description: 'The answers saved so far (the fields of PUT /api/proposal)',
    }),
    decision: z.enum(['pending', 'accepted', 'not-now', 'declined']),
    revisitOn: DateText.nullable(),
    createdAt: InstantText,
    updatedAt: InstantText,
  })
  .openapi('Proposal');

export const ProposalDocumentSchema = z
  .object({
    title: z.string(),
    markdown: z.string(),
    html: z.string(),
    text: z.string(),
    reviewDate: DateText,
  })
  .openapi('ProposalDocument');
