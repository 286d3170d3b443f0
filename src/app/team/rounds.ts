// Coffee rounds: formed by an admin or on schedule, stored with their seed and the engine's
// weighted edges (for audit only: never returned, as missing edges would reveal exclusions), seen
// by each member as their own group, and answered with feedback that shapes the next rounds.
import type { z } from 'zod';
import type { MemberRecord } from '../../store/team/member-repository';
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { inTransaction } from '../context';
import { invalidInput, notFound } from '../errors';
import { randomSecret } from '../secrets';
import { requireAdmin, requireMember } from './membership';
import { runEngine } from './pairing-engine';
import { pairingOf } from './pairing-settings';
import { participants } from './participation';
import { deliverRound } from './round-delivery';
import { localDate } from './round-schedule';
import type { feedbackInput, roundInput } from './team-input';

/** How many past rounds the engine sees: enough for noRepeatRounds and "again" answers. */
const HISTORY_ROUNDS = 26;

export interface FormedGroup {
  members: { id: string; name: string }[];
  reason: string;
  slot: SlotView | null;
}

export interface SlotView {
  start: string;
  minutes: number;
  windowMinutes: number;
  /** On each viewer's own clock: `YYYY-MM-DDTHH:MM` in their zone. */
  local: { id: string; timeZone: string; local: string; weekday: string }[];
}

export interface FormedRound {
  id: string | null;
  date: string;
  seed: string;
  dryRun: boolean;
  groups: FormedGroup[];
  /** How many could not be grouped (names are not given: they could hint at exclusions). */
  unpairedCount: number;
}

/** Forms a round for a workspace and (unless a dry run) stores it. */
export async function formRound(
  ctx: AppContext,
  workspace: WorkspaceRecord,
  options: { origin: 'manual' | 'scheduled'; dryRun: boolean; now: Date },
): Promise<FormedRound & { members: MemberRecord[] }> {
  const settings = pairingOf(workspace);
  const date = localDate(settings.timeZone, options.now);
  const [all, exclusions, history] = await Promise.all([
    ctx.repos.workspaceMembers.list(workspace.id),
    ctx.repos.pairing.exclusionsForRound(workspace.id),
    ctx.repos.pairing.recentRounds(workspace.id, HISTORY_ROUNDS, 'coffee'),
  ]);
  const members = participants(all, date);
  const seed = randomSecret().slice(0, 12);
  const { round, reasons } = runEngine({
    members,
    exclusions,
    history,
    settings,
    now: options.now,
    seed,
  });
  const names = new Map(all.map((m) => [m.memberId, m.name]));
  const groups = round.groups.map((g, i) => ({
    members: g.members.map((id) => ({ id, name: names.get(id) ?? '' })),
    reason: reasons[i]!,
    slot: g.slot,
  }));
  const formed = {
    id: null as string | null,
    date,
    seed,
    dryRun: options.dryRun,
    groups,
    unpairedCount: round.unpaired.length,
    members: all,
  };
  if (options.dryRun) return formed;
  const stored = await inTransaction(ctx, (repos) =>
    repos.pairing.createRound({
      workspaceId: workspace.id,
      kind: 'coffee',
      roundDate: date,
      seed,
      origin: options.origin,
      audit: {
        edges: round.edges,
        scale: round.scale,
        matchingWeight: round.matchingWeight,
        unpaired: round.unpaired,
      },
      groups: round.groups.map((g, i) => ({
        members: g.members,
        reason: reasons[i]!,
        slot: g.slot,
        weight: g.weight,
      })),
      now: options.now.toISOString(),
    }),
  );
  return { ...formed, id: stored.id };
}

/** An admin forms a round now and it is sent; a dry run shows it without storing or sending. */
export async function startRound(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  input: z.output<typeof roundInput>,
) {
  const { workspace } = await requireAdmin(ctx, userId, workspaceId);
  const formed = await formRound(ctx, workspace, {
    origin: 'manual',
    dryRun: input.dryRun ?? false,
    now: ctx.clock.now(),
  });
  const delivery = formed.dryRun
    ? null
    : await deliverRound(ctx, workspace, formed, ctx.clock.now());
  return { round: presentRound(formed, userId), delivery };
}

/** A formed round as a viewer sees it: slots on the viewer's clock only (zones stay private). */
export function presentRound(formed: FormedRound, viewerId: string): FormedRound {
  const { id, date, seed, dryRun, unpairedCount } = formed;
  return {
    id,
    date,
    seed,
    dryRun,
    unpairedCount,
    groups: formed.groups.map((g) => ({
      ...g,
      slot: g.slot && { ...g.slot, local: g.slot.local.filter((l) => l.id === viewerId) },
    })),
  };
}

/** The caller's group in the newest round, with its reason and the slot on their own clock. */
export async function latestRound(ctx: AppContext, userId: string, workspaceId: string) {
  await requireMember(ctx, userId, workspaceId);
  const [round] = await ctx.repos.pairing.recentRounds(workspaceId, 1, 'coffee');
  if (!round) return null;
  const group = round.groups.find((g) => g.members.includes(userId));
  const members = await ctx.repos.workspaceMembers.list(workspaceId);
  const names = new Map(members.map((m) => [m.memberId, m.name]));
  const slot = group?.slot as SlotView | null | undefined;
  return {
    id: round.id,
    date: round.roundDate,
    createdAt: round.createdAt,
    group: group
      ? {
          members: group.members.map((id) => ({ id, name: names.get(id) ?? '(left)' })),
          reason: group.reason,
          slot: slot ? { ...slot, local: slot.local.filter((l) => l.id === userId) } : null,
        }
      : null,
    feedback: round.feedback
      .filter((f) => f.from === userId)
      .map((f) => ({ with: f.with, answer: f.answer })),
  };
}

/** Met, didn't, or want to meet again: only about someone in the caller's own group. */
export async function giveFeedback(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  roundId: string,
  input: z.output<typeof feedbackInput>,
) {
  await requireMember(ctx, userId, workspaceId);
  const round = await ctx.repos.pairing.findRound(workspaceId, roundId);
  if (!round) throw notFound('Round');
  const group = round.groups.find((g) => g.includes(userId));
  if (!group || input.with === userId || !group.includes(input.with)) {
    throw invalidInput('You can only answer about someone in your own group of that round');
  }
  await ctx.repos.pairing.putFeedback(roundId, userId, input.with, input.answer, isoNow(ctx.clock));
  return { roundId, with: input.with, answer: input.answer };
}
