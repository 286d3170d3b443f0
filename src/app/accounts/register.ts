// Creating accounts: the owner at first run, then members by invite or open sign-up.
import { z } from 'zod';
import { emailKey } from '../../store/users/user-repository';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { sha256 } from '../secrets';
import { refuseWhenSsoOnly } from '../sso/password-door';
import { parseInput } from '../validation';
import { emailField, nameField, passwordField, timeZoneField } from './fields';
import { requireStrongPassword } from './password-strength';
import { hashPassword } from './passwords';
import { presentUser, type User } from './user';
import { defaultWorkingHours } from './working-hours';

export const newAccountInput = z.object({
  email: emailField,
  name: nameField,
  timeZone: timeZoneField,
  password: passwordField,
});

export const signupInput = newAccountInput.extend({
  inviteToken: z.string().max(200).optional(),
});

export async function needsSetup(ctx: AppContext): Promise<boolean> {
  return (await ctx.repos.users.count()) === 0;
}

/** Creates the first account, the owner; refused once anyone exists. */
export async function createOwner(ctx: AppContext, raw: unknown): Promise<User> {
  refuseWhenSsoOnly(ctx);
  const input = parseInput(newAccountInput, raw);
  await requireStrongPassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  const now = isoNow(ctx.clock);
  const record = await inTransaction(ctx, async (repos) => {
    if ((await repos.users.count()) > 0) throw conflict('Rapport is already set up; sign in');
    return repos.users.create({
      email: input.email,
      name: input.name,
      timeZone: input.timeZone,
      workingHours: defaultWorkingHours(),
      role: 'owner',
      passwordHash,
      now,
    });
  }).catch(rethrowDuplicateEmail);
  return presentUser(record);
}

/** Creates a member account with an invite, or freely when open sign-up is on. */
export async function signUp(ctx: AppContext, raw: unknown): Promise<User> {
  refuseWhenSsoOnly(ctx);
  const input = parseInput(signupInput, raw);
  const now = isoNow(ctx.clock);
  const invite = input.inviteToken
    ? await ctx.repos.invites.findUsable(sha256(input.inviteToken), now)
    : undefined;
  // An invite made for one address is that person's: anyone else is told it does not exist.
  if (invite?.email && emailKey(invite.email) !== emailKey(input.email)) throw notFound('Invite');
  if (!invite && !ctx.settings.openSignup) {
    throw forbidden(
      input.inviteToken
        ? 'This invite link is used up or expired; ask for a new one'
        : 'Sign-up needs an invite link from the owner',
    );
  }
  await requireStrongPassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  const record = await inTransaction(ctx, async (repos) => {
    if ((await repos.users.count()) === 0) throw conflict('Rapport is not set up yet');
    const user = await repos.users.create({
      email: input.email,
      name: input.name,
      timeZone: input.timeZone,
      workingHours: defaultWorkingHours(),
      role: 'member',
      passwordHash,
      now,
    });
    if (invite && !(await repos.invites.claim(invite.id, user.id, now))) {
      throw forbidden('This invite link was just used by someone else');
    }
    return user;
  }).catch(rethrowDuplicateEmail);
  return presentUser(record);
}

function rethrowDuplicateEmail(error: unknown): never {
  const message = String((error as Error)?.message ?? '');
  if (/unique|duplicate/i.test(message) && /email/i.test(message)) {
    throw conflict('An account with this e-mail already exists');
  }
  throw error;
}
