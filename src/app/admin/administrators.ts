// Who may administer accounts: the owner, and members the owner (or an admin) made admins.
// Administering is about accounts only; nobody's people, notes or interactions are reachable
// through it (see accounts.ts: the account row is all an admin sees).
import type { UserRecord } from '../../store/users/user-repository';
import type { AppContext } from '../context';
import { forbidden } from '../errors';

export const isAdministrator = (user: Pick<UserRecord, 'role' | 'disabledAt'> | undefined) =>
  !!user && !user.disabledAt && (user.role === 'owner' || user.role === 'admin');

/** The caller's account when they administer; 403 otherwise. */
export async function requireAdministrator(ctx: AppContext, userId: string): Promise<UserRecord> {
  const user = await ctx.repos.users.findById(userId);
  if (!user || !isAdministrator(user)) throw forbidden('Only the owner and admins can do this');
  return user;
}

/**
 * Admins manage members; the owner manages members and admins; nobody manages the owner or
 * themself here (their own account has Settings, and the owner cannot be locked out).
 */
export function mayManage(actor: UserRecord, target: UserRecord): boolean {
  if (actor.id === target.id || target.role === 'owner') return false;
  return actor.role === 'owner' || target.role === 'member';
}
