// The remote-work proposal: the user's answers are kept; the document is composed from them and
// from the evidence in the logs whenever it is asked for. A "not now" sets a date to revisit.
import { z } from 'zod';
import { summarizeLog } from '../../domain/credit/brag';
import { composeProposal } from '../../domain/credit/proposal';
import { todayIn } from '../../domain/index';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { invalidInput, notFound } from '../errors';
import { isoDateField } from '../people/person-input';
import { parseInput } from '../validation';
import { creditData } from './credit-data';

const answer = (max: number) => z.string().trim().max(max);

export const proposalAnswers = z
  .object({
    role: answer(200).default(''),
    manager: answer(120).nullable().optional(),
    roleFit: answer(5000).default(''),
    deliverables: z
      .array(z.object({ what: answer(500).min(1), measure: answer(500).min(1) }).strict())
      .max(20)
      .default([]),
    availability: answer(3000).default(''),
    communicationPlan: answer(3000).default(''),
    equipment: answer(3000).default(''),
    costNote: answer(1000).nullable().optional(),
    trialDays: z.number().int().min(1).max(730).default(90),
    startDate: isoDateField.optional(),
    reviewDate: isoDateField.nullable().optional(),
  })
  .strict();

export const decisionInput = z
  .object({
    decision: z.enum(['pending', 'accepted', 'not-now', 'declined']),
    revisitOn: isoDateField.nullable().optional(),
  })
  .strict()
  .refine((d) => d.decision !== 'not-now' || Boolean(d.revisitOn), {
    message: 'When the answer is "not now", pick a date to revisit',
  });

export const documentInput = z.object({
  trialDays: z.coerce.number().int().min(1).max(730).optional(),
});

const EVIDENCE_DAYS = 180;

export async function getProposal(ctx: AppContext, userId: string) {
  return (await ctx.repos.proposals.find(userId)) ?? null;
}

export async function saveProposal(
  ctx: AppContext,
  userId: string,
  answers: z.output<typeof proposalAnswers>,
) {
  return ctx.repos.proposals.save(userId, { answers }, isoNow(ctx.clock));
}

export async function decideProposal(
  ctx: AppContext,
  userId: string,
  { decision, revisitOn }: z.output<typeof decisionInput>,
) {
  if (!(await ctx.repos.proposals.find(userId))) throw notFound('Proposal');
  return ctx.repos.proposals.save(
    userId,
    { decision, revisitOn: decision === 'not-now' ? (revisitOn ?? null) : null },
    isoNow(ctx.clock),
  );
}

/** The proposal as a document, with the last six months of the logs as evidence. */
export async function proposalDocument(
  ctx: AppContext,
  userId: string,
  { trialDays }: z.output<typeof documentInput>,
) {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const saved = await ctx.repos.proposals.find(userId);
  const answers = parseInput(proposalAnswers, saved?.answers ?? {});
  const now = ctx.clock.now();
  const today = todayIn(user.timeZone, now.toISOString());
  const from = todayIn(
    user.timeZone,
    new Date(now.getTime() - EVIDENCE_DAYS * 86_400_000).toISOString(),
  );
  const period = { start: from, end: today, label: 'the last six months' };
  const data = await creditData(ctx, userId, period);
  const summary = summarizeLog({ accomplishments: data.accomplishments, period });
  const manager =
    answers.manager ?? (await ctx.repos.people.list(userId, { kind: 'manager' }))[0]?.name ?? null;
  try {
    return composeProposal({
      ...answers,
      author: { name: user.name },
      manager,
      trialDays: trialDays ?? answers.trialDays,
      startDate: answers.startDate ?? today,
      evidence: {
        accomplishments: data.accomplishments,
        flexibility: data.flexibility,
        stats: {
          accomplishmentCount: summary.total,
          projects: summary.projectCount,
          periodLabel: period.label,
        },
      },
    });
  } catch (error) {
    throw invalidInput((error as Error).message);
  }
}
