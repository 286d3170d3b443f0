// Typing the password again before something grave (changing it, deleting the account). A stolen
// session must not turn into unlimited guesses, so each check counts against the same limit as
// signing in to that account.
import type { UserRecord } from '../../store/users/user-repository';
import type { AppContext } from '../context';
import { invalidInput } from '../errors';
import { reservePasswordCheck } from '../sessions/attempt-limit';
import { verifyPassword } from './passwords';

/** Throws 400 with `wrongMessage` when the password is wrong, 429 when too many were. */
export async function requireCurrentPassword(
  ctx: AppContext,
  user: UserRecord,
  password: string,
  wrongMessage: string,
): Promise<void> {
  const reserved = await reservePasswordCheck(ctx, user.email);
  if (!(await verifyPassword(user.passwordHash, password))) throw invalidInput(wrongMessage);
  await reserved.succeeded();
}
