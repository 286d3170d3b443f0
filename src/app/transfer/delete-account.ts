// "Delete my account": after the password is typed again, every row the user owns goes, in
// every table (see AccountEraser), in one transaction. The owner of a shared Rapport cannot
// leave the others without anyone able to invite or administer, so they are refused while
// other accounts remain. Their workspaces are left first, as leaving does, so a workspace whose
// last admin this was hands the role on (or goes, when no one else is in it).
import { z } from 'zod';
import { emailKey } from '../../store/users/user-repository';
import { requireCurrentPassword } from '../accounts/current-password';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { conflict, notFound } from '../errors';
import { leaveEveryWorkspace } from '../team/workspaces';
import { inTransferTransaction } from './transfer-store';

export const deleteAccountInput = z
  .object({ password: z.string().min(1, 'Enter your password to confirm').max(200) })
  .strict();

export async function deleteAccount(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof deleteAccountInput>,
): Promise<{ removed: Record<string, number> }> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  await requireCurrentPassword(ctx, user, input.password, 'The password is wrong');
  if (user.role === 'owner') {
    const others = (await ctx.repos.users.count()) - 1;
    if (others > 0) {
      throw conflict(
        `You are the owner of this Rapport and ${others} other account${others === 1 ? '' : 's'} ` +
          'use it; they need an owner. Export your data and delete your records instead.',
      );
    }
  }
  const now = isoNow(ctx.clock);
  const removed = await inTransferTransaction(ctx, async (store) => {
    await leaveEveryWorkspace(store.repos, userId, now);
    return store.eraser.erase(userId, emailKey(user.email));
  });
  return { removed };
}
