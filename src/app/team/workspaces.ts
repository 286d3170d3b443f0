// Workspaces: create one (and be its admin), join with an invite (team-invites.ts), leave.

import type { z } from 'zod';
import type { Repositories } from '../../store/repositories';
import type { WorkspaceRole } from '../../store/team/member-repository';
import type { WorkspaceInviteRecord, WorkspaceRecord } from '../../store/team/workspace-repository';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { conflict, notFound } from '../errors';
import { keepAnAdmin, lockWorkspace } from './member-roles';
import { requireAdmin, requireFellowMember, requireMember } from './membership';
import { pairingOf } from './pairing-settings';
import { isNewcomerJoin } from './participation';
import type { newWorkspaceInput, PairingSettings, workspaceChanges } from './team-input';
import { teamTopic } from './team-mail';

export interface WorkspaceView {
  id: string;
  name: string;
  role: WorkspaceRole;
  memberCount: number;
  pairing: PairingSettings;
  slack: SlackStatus;
}

/** What members may know of the Slack set-up: whether it is there, never its secrets. */
export interface SlackStatus {
  configured: boolean;
  via: 'webhook' | 'bot' | null;
  channel: string | null;
  commands: boolean;
}

export function slackStatus(workspace: WorkspaceRecord): SlackStatus {
  const slack = workspace.slack;
  const via = slack.webhookUrl ? 'webhook' : slack.botToken ? 'bot' : null;
  return {
    configured: via !== null,
    via,
    channel: typeof slack.channel === 'string' ? slack.channel : null,
    commands: typeof slack.signingSecret === 'string',
  };
}

async function view(ctx: AppContext, workspace: WorkspaceRecord, role: WorkspaceRole) {
  const members = await ctx.repos.workspaceMembers.list(workspace.id);
  return {
    id: workspace.id,
    name: workspace.name,
    role,
    memberCount: members.length,
    pairing: pairingOf(workspace),
    slack: slackStatus(workspace),
  } satisfies WorkspaceView;
}

export async function createWorkspace(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof newWorkspaceInput>,
) {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const now = isoNow(ctx.clock);
  const workspace = await inTransaction(ctx, async (repos) => {
    const created = await repos.workspaces.create(input.name, { timeZone: user.timeZone }, now);
    await repos.workspaceMembers.add(created.id, userId, 'admin', now);
    return created;
  });
  return view(ctx, workspace, 'admin');
}

export async function listWorkspaces(ctx: AppContext, userId: string) {
  return ctx.repos.workspaceMembers.workspacesOf(userId);
}

export async function getWorkspace(ctx: AppContext, userId: string, workspaceId: string) {
  const { workspace, member } = await requireMember(ctx, userId, workspaceId);
  return view(ctx, workspace, member.role);
}

export async function updateWorkspace(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  changes: z.output<typeof workspaceChanges>,
) {
  const { workspace } = await requireAdmin(ctx, userId, workspaceId);
  const now = ctx.clock.now();
  let pairing: Record<string, unknown> | undefined;
  if (changes.pairing) {
    const before = pairingOf(workspace);
    const after = { ...before, ...changes.pairing };
    // A new rhythm starts counting its weeks from now, not from whenever it was first set.
    const restart =
      after.enabled !== before.enabled ||
      after.everyWeeks !== before.everyWeeks ||
      after.weekday !== before.weekday;
    const anchor =
      restart || !workspace.pairing.anchor ? now.toISOString() : workspace.pairing.anchor;
    pairing = { ...after, anchor };
  }
  const updated = await ctx.repos.workspaces.update(
    workspaceId,
    { name: changes.name, pairing },
    now.toISOString(),
  );
  return view(ctx, updated!, 'admin');
}

export async function deleteWorkspace(ctx: AppContext, userId: string, workspaceId: string) {
  await requireAdmin(ctx, userId, workspaceId);
  await ctx.repos.workspaces.delete(workspaceId);
}

/**
 * Makes the invite's holder a member, inside the caller's transaction: a single-use invite is
 * spent (or the join refused when someone just used it), and whether they join as someone new to
 * the team is decided (see isNewcomerJoin). Coffee pairing starts off until they opt in.
 */
export async function addInvitedMember(
  repos: Repositories,
  invite: WorkspaceInviteRecord,
  userId: string,
  now: string,
) {
  if (invite.email && !(await repos.workspaces.spendInvite(invite.id, now))) {
    throw conflict('This invite has just been used');
  }
  const workspace = await repos.workspaces.findById(invite.workspaceId);
  if (!workspace) throw notFound('Invite');
  const newcomer = isNewcomerJoin(workspace.createdAt, invite.newcomer, new Date(now));
  await repos.workspaceMembers.add(
    invite.workspaceId,
    userId,
    'member',
    now,
    newcomer ? now.slice(0, 10) : null,
  );
}

export async function leaveWorkspace(ctx: AppContext, userId: string, workspaceId: string) {
  await requireMember(ctx, userId, workspaceId);
  const now = isoNow(ctx.clock);
  await inTransaction(ctx, (repos) => removeFromWorkspace(repos, workspaceId, userId, now));
}

export async function removeMember(
  ctx: AppContext,
  adminId: string,
  workspaceId: string,
  memberId: string,
) {
  await requireAdmin(ctx, adminId, workspaceId);
  await requireFellowMember(ctx, workspaceId, memberId);
  const now = isoNow(ctx.clock);
  await inTransaction(ctx, (repos) => removeFromWorkspace(repos, workspaceId, memberId, now));
}

/**
 * Takes a member out with their directory data, preferences, exclusions (theirs and those naming
 * them), prompt answers and welcome items (theirs and those about them). A workspace never stays without an admin: the longest-standing member
 * takes over; the last one out deletes it.
 */
export async function removeFromWorkspace(
  repos: Repositories,
  workspaceId: string,
  memberId: string,
  now: string,
) {
  await lockWorkspace(repos, workspaceId, now);
  await repos.pairing.removeMember(workspaceId, memberId);
  await repos.teamPrompts.removeMember(workspaceId, memberId);
  await repos.welcomeItems.removeMember(workspaceId, memberId);
  await repos.outbox.withdraw(memberId, teamTopic(workspaceId));
  await repos.workspaceMembers.remove(workspaceId, memberId);
  await keepAnAdmin(repos, workspaceId);
}

/** Takes a user out of every workspace (their account is being deleted), as leaving would. */
export async function leaveEveryWorkspace(repos: Repositories, userId: string, now: string) {
  for (const { workspaceId } of await repos.workspaceMembers.workspacesOf(userId)) {
    await removeFromWorkspace(repos, workspaceId, userId, now);
  }
}
