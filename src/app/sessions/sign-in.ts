// Signing in with e-mail and password, limited per address and per e-mail across all instances.
import { z } from 'zod';
import { verifyDecoy, verifyPassword } from '../accounts/passwords';
import { presentUser, type User } from '../accounts/user';
import type { AppContext } from '../context';
import { forbidden, unauthorized } from '../errors';
import { refuseWhenSsoOnly } from '../sso/password-door';
import { parseInput } from '../validation';
import { reservePasswordCheck } from './attempt-limit';

export const signinInput = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
});

/** Checks credentials; throws 401 on a mismatch and 429 when too many recent attempts failed. */
export async function checkCredentials(
  ctx: AppContext,
  raw: unknown,
  address: string,
): Promise<User> {
  refuseWhenSsoOnly(ctx);
  const input = parseInput(signinInput, raw);
  // Reserved before the (slow) check, so parallel guesses cannot all slip under the limit.
  const reserved = await reservePasswordCheck(ctx, input.email, address);
  const user = await ctx.repos.users.findByEmail(input.email);
  if (!user) await verifyDecoy(input.password);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user || !ok) throw unauthorized('E-mail or password is wrong');
  await reserved.succeeded();
  // Only after the right password: a disabled account is not revealed to someone guessing.
  if (user.disabledAt) throw forbidden('This account is disabled; ask the owner or an admin');
  return presentUser(user);
}
