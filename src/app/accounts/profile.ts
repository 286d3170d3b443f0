// A user's own account: reading and changing name, zone, working hours and password.
import { z } from 'zod';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { notFound } from '../errors';
import { type ApiToken, listTokens } from '../tokens/api-tokens';
import { requireCurrentPassword } from './current-password';
import { nameField, passwordField, timeZoneField } from './fields';
import { requireStrongPassword } from './password-strength';
import { hashPassword } from './passwords';
import { presentUser, type User } from './user';
import { workingHoursSchema } from './working-hours';

export const profileChanges = z
  .object({
    name: nameField.optional(),
    timeZone: timeZoneField.optional(),
    workingHours: workingHoursSchema.optional(),
  })
  .strict();

export const passwordChange = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(200),
  newPassword: passwordField,
});

export async function getProfile(ctx: AppContext, userId: string): Promise<User> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return presentUser(user);
}

export async function updateProfile(
  ctx: AppContext,
  userId: string,
  changes: z.output<typeof profileChanges>,
): Promise<User> {
  const user = await ctx.repos.users.update(userId, changes, isoNow(ctx.clock));
  if (!user) throw notFound('User');
  return presentUser(user);
}

/**
 * Changes the password and signs out every other session. API tokens keep working (scripts
 * would break silently otherwise); they are listed so the user can revoke any they suspect.
 */
export async function changePassword(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof passwordChange>,
  keepSessionId?: string,
): Promise<{ apiTokens: ApiToken[] }> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  await requireCurrentPassword(ctx, user, input.currentPassword, 'The current password is wrong');
  await requireStrongPassword(input.newPassword, [user.email, user.name], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (repos) => {
    await repos.users.update(userId, { passwordHash }, isoNow(ctx.clock));
    await repos.sessions.deleteAllForUser(userId, keepSessionId);
  });
  return { apiTokens: await listTokens(ctx, userId) };
}
