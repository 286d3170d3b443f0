// Who may see a workspace at all: its members. To anyone else it does not exist (404, never 403),
// so nothing reveals that it does.
import type { MemberRecord } from '../../store/team/member-repository';
import type { WorkspaceRecord } from '../../store/team/workspace-repository';
import type { AppContext } from '../context';
import { forbidden, notFound } from '../errors';

export interface Membership {
  workspace: WorkspaceRecord;
  member: MemberRecord;
}

export async function requireMember(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
): Promise<Membership> {
  const member = await ctx.repos.workspaceMembers.find(workspaceId, userId);
  const workspace = member && (await ctx.repos.workspaces.findById(workspaceId));
  if (!member || !workspace) throw notFound('Workspace');
  return { workspace, member };
}

/** Whether the user is a member of the workspace (the routes' 404 for everyone else). */
export async function isMember(ctx: AppContext, userId: string, workspaceId: string) {
  return (await ctx.repos.workspaceMembers.find(workspaceId, userId)) !== undefined;
}

export async function requireAdmin(ctx: AppContext, userId: string, workspaceId: string) {
  const membership = await requireMember(ctx, userId, workspaceId);
  if (membership.member.role !== 'admin') throw forbidden('Only a workspace admin can do this');
  return membership;
}

/** The workspace a member names by id in a path; another workspace's member is "not found". */
export async function requireFellowMember(ctx: AppContext, workspaceId: string, memberId: string) {
  const member = await ctx.repos.workspaceMembers.find(workspaceId, memberId);
  if (!member) throw notFound('Member');
  return member;
}
