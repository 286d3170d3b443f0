// The Users page: list, disable/enable, make admin, reset link, remove. What an admin sees of an
// account is its row (name, e-mail, role, when it was created, last active and disabled) and
// nothing more: people, notes, interactions and settings stay their owner's alone.
import { emailKey, type UserRecord } from '../../store/users/user-repository';
import { createResetLink, type ResetLink } from '../accounts/password-reset';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { leaveEveryWorkspace } from '../team/workspaces';
import { inTransferTransaction } from '../transfer/transfer-store';
import type { AccountChange, AccountRemoval } from './account-input';
import { mayManage, requireAdministrator } from './administrators';

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: UserRecord['role'];
  createdAt: string;
  lastActiveAt: string | null;
  disabledAt: string | null;
}

const row = (user: UserRecord & { lastActiveAt?: string | null }): AccountRow => ({
  id: user.id,
  name: user.name,
  email: user.email,
  role: user.role,
  createdAt: user.createdAt,
  lastActiveAt: user.lastActiveAt ?? null,
  disabledAt: user.disabledAt,
});

export async function listAccounts(ctx: AppContext, callerId: string): Promise<AccountRow[]> {
  await requireAdministrator(ctx, callerId);
  return (await ctx.repos.users.listWithActivity()).map(row);
}

async function managed(ctx: AppContext, callerId: string, targetId: string) {
  const actor = await requireAdministrator(ctx, callerId);
  const target = await ctx.repos.users.findById(targetId);
  if (!target) throw notFound('Account');
  if (!mayManage(actor, target)) {
    throw forbidden(
      target.role === 'owner'
        ? 'The owner’s account cannot be changed here'
        : actor.id === target.id
          ? 'Change your own account in Settings'
          : 'Only the owner manages admins',
    );
  }
  return { actor, target };
}

/**
 * Disabling ends the account's sessions and stops its API tokens at once, on every instance:
 * sessions are deleted, tokens are refused while disabled_at is set, and the write drops every
 * cached lookup (app/auth-cache). Enabling lets tokens work again; sessions need a new sign-in.
 */
export async function changeAccount(
  ctx: AppContext,
  callerId: string,
  targetId: string,
  change: AccountChange,
): Promise<AccountRow> {
  const { actor, target } = await managed(ctx, callerId, targetId);
  if (change.role === 'member' && target.role === 'admin' && actor.role !== 'owner') {
    throw forbidden('Only the owner manages admins');
  }
  const now = isoNow(ctx.clock);
  if (change.role && change.role !== target.role) {
    await ctx.repos.users.setRole(target.id, change.role, now);
  }
  if (change.disabled !== undefined && change.disabled !== !!target.disabledAt) {
    await ctx.repos.users.setDisabled(target.id, change.disabled ? now : null, now);
    if (change.disabled) await ctx.repos.sessions.deleteAllForUser(target.id);
  }
  const updated = (await ctx.repos.users.listWithActivity()).find((u) => u.id === target.id);
  if (!updated) throw notFound('Account');
  return row(updated);
}

/** A one-day reset link to hand over (the same links as the owner's reset-links route). */
export async function accountResetLink(
  ctx: AppContext,
  callerId: string,
  targetId: string,
  baseUrl: string,
): Promise<ResetLink> {
  const { target } = await managed(ctx, callerId, targetId);
  return createResetLink(ctx, callerId, { email: target.email }, baseUrl);
}

/** Deletes the account and everything it recorded, as "Delete my account" does. */
export async function removeAccount(
  ctx: AppContext,
  callerId: string,
  targetId: string,
  input: AccountRemoval,
): Promise<{ removed: Record<string, number> }> {
  const { target } = await managed(ctx, callerId, targetId);
  if (emailKey(input.confirmEmail) !== emailKey(target.email)) {
    throw conflict('The e-mail typed is not this account’s: nothing was removed');
  }
  const now = isoNow(ctx.clock);
  const removed = await inTransferTransaction(ctx, async (store) => {
    await leaveEveryWorkspace(store.repos, target.id, now);
    return store.eraser.erase(target.id, emailKey(target.email));
  });
  return { removed };
}
