// Who administers a workspace: admins promote and demote members, and a workspace always keeps
// at least one admin. Every change of who is admin first takes the workspace's row lock, so two
// admins stepping down at the same moment (on any number of instances) cannot leave none.
import { z } from 'zod';
import type { Repositories } from '../../store/repositories';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { sharedEntry } from './directory';
import { requireAdmin, requireFellowMember } from './membership';

export const memberRoleInput = z.object({ role: z.enum(['admin', 'member']) }).strict();

/**
 * Serializes changes to a workspace's admins: the write waits for any other transaction that
 * holds the workspace row (PostgreSQL), and SQLite runs one transaction at a time anyway.
 */
export async function lockWorkspace(repos: Repositories, workspaceId: string, now: string) {
  await repos.workspaces.update(workspaceId, {}, now);
}

/** Makes a member an admin or a plain member (admins only); the last admin cannot step down. */
export async function setMemberRole(
  ctx: AppContext,
  adminId: string,
  workspaceId: string,
  memberId: string,
  { role }: z.output<typeof memberRoleInput>,
) {
  const { workspace } = await requireAdmin(ctx, adminId, workspaceId);
  const now = isoNow(ctx.clock);
  await inTransaction(ctx, async (repos) => {
    await lockWorkspace(repos, workspaceId, now);
    // Read again under the lock: another admin may have demoted the caller or removed the member.
    const members = await repos.workspaceMembers.list(workspaceId);
    const caller = members.find((m) => m.memberId === adminId);
    const member = members.find((m) => m.memberId === memberId);
    if (!caller) throw notFound('Workspace');
    if (caller.role !== 'admin') throw forbidden('Only a workspace admin can do this');
    if (!member) throw notFound('Member');
    if (member.role === role) return;
    if (role === 'member' && members.filter((m) => m.role === 'admin').length <= 1) {
      const who = memberId === adminId ? 'You are' : `${member.name} is`;
      throw conflict(
        `${who} the only admin of ${workspace.name}, and a workspace needs one: ` +
          'make someone else an admin first',
      );
    }
    await repos.workspaceMembers.update(workspaceId, memberId, { role });
  });
  return sharedEntry(await requireFellowMember(ctx, workspaceId, memberId));
}

/**
 * After a member left: a workspace never stays without an admin (the longest-standing member
 * takes over), and the last one out deletes it. Call under lockWorkspace.
 */
export async function keepAnAdmin(repos: Repositories, workspaceId: string) {
  const left = await repos.workspaceMembers.list(workspaceId);
  if (left.length === 0) return repos.workspaces.delete(workspaceId);
  if (left.some((m) => m.role === 'admin')) return;
  const senior = [...left].sort(
    (a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.memberId.localeCompare(b.memberId),
  )[0]!;
  await repos.workspaceMembers.update(workspaceId, senior.memberId, { role: 'admin' });
}
