// Signing in with e-mail and password, limited per address and per e-mail across all instances.
import { z } from 'zod';
import { emailKey } from '../../store/users/user-repository';
import { verifyDecoy, verifyPassword } from '../accounts/passwords';
import { presentUser, type User } from '../accounts/user';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { AppError, unauthorized } from '../errors';
import { parseInput } from '../validation';

export const signinInput = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail').max(254),
  password: z.string().min(1, 'Enter your password').max(200),
});

const WINDOW_MS = 15 * 60_000;
export const SIGNIN_LIMITS = { perEmail: 5, perAddress: 20 } as const;

/** Checks credentials; throws 401 on a mismatch and 429 when too many recent attempts failed. */
export async function checkCredentials(
  ctx: AppContext,
  raw: unknown,
  address: string,
): Promise<User> {
  const input = parseInput(signinInput, raw);
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const keys = { email: `email:${emailKey(input.email)}`, address: `ip:${address}` };
  const [byEmail, byAddress] = await Promise.all([
    ctx.repos.signinFailures.countSince(keys.email, since),
    ctx.repos.signinFailures.countSince(keys.address, since),
  ]);
  const tripped =
    byEmail.count >= SIGNIN_LIMITS.perEmail
      ? byEmail
      : byAddress.count >= SIGNIN_LIMITS.perAddress
        ? byAddress
        : null;
  if (tripped) {
    const retryMs = Date.parse(tripped.oldest ?? now.toISOString()) + WINDOW_MS - now.getTime();
    const retryAfter = Math.max(1, Math.ceil(retryMs / 1000));
    const minutes = Math.max(1, Math.ceil(retryAfter / 60));
    throw new AppError(
      'rate_limited',
      `Too many sign-in attempts; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      undefined,
      retryAfter,
    );
  }

  const user = await ctx.repos.users.findByEmail(input.email);
  if (!user) await verifyDecoy(input.password);
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user || !ok) {
    await ctx.repos.signinFailures.record([keys.email, keys.address], isoNow(ctx.clock));
    throw unauthorized('E-mail or password is wrong');
  }
  await ctx.repos.signinFailures.clear(keys.email);
  return presentUser(user);
}
