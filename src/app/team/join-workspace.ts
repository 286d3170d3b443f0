// Joining a workspace with an invite, composed here: the membership (workspaces) and then the
// welcome (welcomes), so that neither of those modules has to know the other.
import type { z } from 'zod';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import type { joinInput } from './team-input';
import { usableInviteFor } from './team-invites';
import { welcomeNewMember } from './welcomes';
import { addInvitedMember, getWorkspace } from './workspaces';

/** Joins with an invite token; the caller is signed in, so only this instance's users can join. */
export async function joinWorkspace(
  ctx: AppContext,
  userId: string,
  { token }: z.output<typeof joinInput>,
) {
  const now = isoNow(ctx.clock);
  const invite = await usableInviteFor(ctx, userId, token);
  const already = await ctx.repos.workspaceMembers.find(invite.workspaceId, userId);
  if (!already) {
    await inTransaction(ctx, (repos) => addInvitedMember(repos, invite, userId, now));
    await welcomeNewMember(ctx, invite.workspaceId, userId);
  }
  return getWorkspace(ctx, userId, invite.workspaceId);
}
