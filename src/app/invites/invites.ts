// Invite links: the owner lets colleagues create their own accounts.
import { z } from 'zod';
import type { InviteRecord } from '../../store/invites/invite-repository';
import { emailField } from '../accounts/fields';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { forbidden, notFound } from '../errors';
import { randomSecret, sha256 } from '../secrets';
import { parseInput } from '../validation';

const LIFETIME_MS = 14 * 24 * 3600_000;

export const newInviteInput = z.object({ email: emailField.optional() });

export type Invite = Omit<InviteRecord, 'createdBy'>;

const present = ({ createdBy: _by, ...invite }: InviteRecord): Invite => invite;

async function requireOwner(ctx: AppContext, userId: string) {
  const user = await ctx.repos.users.findById(userId);
  const administers = user?.role === 'owner' || (user?.role === 'admin' && !user.disabledAt);
  if (!administers) throw forbidden('Only the owner and admins manage invites');
}

export async function createInvite(
  ctx: AppContext,
  userId: string,
  raw: unknown,
): Promise<{ invite: Invite; token: string }> {
  const input = parseInput(newInviteInput, raw);
  await requireOwner(ctx, userId);
  const token = randomSecret();
  const now = ctx.clock.now();
  const invite = await ctx.repos.invites.create({
    tokenHash: sha256(token),
    createdBy: userId,
    email: input.email ?? null,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + LIFETIME_MS).toISOString(),
  });
  return { invite: present(invite), token };
}

export async function listInvites(ctx: AppContext, userId: string): Promise<Invite[]> {
  await requireOwner(ctx, userId);
  return (await ctx.repos.invites.list()).map(present);
}

export async function deleteInvite(ctx: AppContext, userId: string, id: string): Promise<void> {
  await requireOwner(ctx, userId);
  if (!(await ctx.repos.invites.delete(id))) throw notFound('Invite');
}

/** Whether an invite token can still be used (for the sign-up page). */
export async function inviteIsUsable(ctx: AppContext, token: string): Promise<boolean> {
  return Boolean(await ctx.repos.invites.findUsable(sha256(token), isoNow(ctx.clock)));
}
