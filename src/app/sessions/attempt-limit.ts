// Limits on guessable checks (passwords, reset mails), reserved before the check runs so that
// parallel requests and several instances share one budget.
import type { AttemptLimit } from '../../store/signin/signin-failure-repository';
import { emailKey } from '../../store/users/user-repository';
import type { AppContext } from '../context';
import { AppError } from '../errors';

export const LIMIT_WINDOW_MS = 15 * 60_000;
export const SIGNIN_LIMITS = { perEmail: 5, perAddress: 20 } as const;

/** The key every password check on an account counts against: sign-in and re-authentication. */
export const passwordKey = (email: string) => `email:${emailKey(email)}`;
export const addressKey = (address: string) => `ip:${address}`;

export interface Reserved {
  /** The check succeeded: forget the guesses on the account, give back the address's slot. */
  succeeded(): Promise<void>;
}

/**
 * Reserves one password check against the account's limit (and the caller's address when
 * known); throws 429 with Retry-After when either is used up. A failed check keeps counting.
 */
export async function reservePasswordCheck(
  ctx: AppContext,
  email: string,
  address?: string,
): Promise<Reserved> {
  const account = passwordKey(email);
  const limits: AttemptLimit[] = [{ key: account, max: SIGNIN_LIMITS.perEmail }];
  if (address) limits.push({ key: addressKey(address), max: SIGNIN_LIMITS.perAddress });
  const ids = await reserve(ctx, limits, 'sign-in attempts');
  return {
    async succeeded() {
      await ctx.repos.signinFailures.clear(account);
      await ctx.repos.signinFailures.release(
        Object.entries(ids)
          .filter(([key]) => key !== account)
          .map(([, id]) => id),
      );
    },
  };
}

/** Reserves an attempt on each key or throws 429 naming how long to wait. */
export async function reserve(
  ctx: AppContext,
  limits: { key: string; max: number }[],
  what: string,
): Promise<Record<string, string>> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - LIMIT_WINDOW_MS).toISOString();
  const result = await ctx.repos.signinFailures.reserve(limits, since, now.toISOString());
  if (result.ok) return result.ids;
  const retryMs = Date.parse(result.oldest) + LIMIT_WINDOW_MS - now.getTime();
  const retryAfter = Math.max(1, Math.ceil(retryMs / 1000));
  const minutes = Math.max(1, Math.ceil(retryAfter / 60));
  throw new AppError(
    'rate_limited',
    `Too many ${what}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    undefined,
    retryAfter,
  );
}
