// A user's own account: reading and changing name, zone, working hours and password.
import { z } from 'zod';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { invalidInput, notFound } from '../errors';
import { parseInput } from '../validation';
import { nameField, passwordField, timeZoneField } from './fields';
import { hashPassword, verifyPassword } from './passwords';
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

export async function updateProfile(ctx: AppContext, userId: string, raw: unknown): Promise<User> {
  const changes = parseInput(profileChanges, raw);
  const user = await ctx.repos.users.update(userId, changes, isoNow(ctx.clock));
  if (!user) throw notFound('User');
  return presentUser(user);
}

/** Changes the password and signs out every other session. */
export async function changePassword(
  ctx: AppContext,
  userId: string,
  raw: unknown,
  keepSessionId?: string,
): Promise<void> {
  const input = parseInput(passwordChange, raw);
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidInput('The current password is wrong');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (repos) => {
    await repos.users.update(userId, { passwordHash }, isoNow(ctx.clock));
    await repos.sessions.deleteAllForUser(userId, keepSessionId);
  });
}
