// A workspace invite mailed to someone without an account: the link lets them create their
// account and join in one step, even when this server has no open sign-up, because an admin
// inviting that address is the permission. Only an invite bound to an address can open an account
// (an open link shared in a channel would otherwise let anyone in), unless sign-up is open
// anyway; an open link's page says to sign in instead. Account and membership are made in one
// transaction that also spends the invite, so a failure leaves neither, and the link works once.
// An invite for another address is, for this e-mail, no invite at all (404), as for signed-in
// users. The password must be as strong as on every other way in.
import { z } from 'zod';
import { emailKey } from '../../store/users/user-repository';
import { requireStrongPassword } from '../accounts/password-strength';
import { hashPassword } from '../accounts/passwords';
import { newAccountInput } from '../accounts/register';
import { presentUser } from '../accounts/user';
import { defaultWorkingHours } from '../accounts/working-hours';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { sha256 } from '../secrets';
import { refuseWhenSsoOnly } from '../sso/password-door';
import { parseInput } from '../validation';
import { welcomeNewMember } from './welcomes';
import { addInvitedMember } from './workspaces';

export const inviteTokenInput = z.object({ token: z.string().trim().min(10).max(200) }).strict();
export const inviteSignupInput = newAccountInput.extend({
  token: inviteTokenInput.shape.token,
});

async function usableInvite(ctx: AppContext, token: string) {
  const invite = await ctx.repos.workspaces.findUsableInvite(sha256(token), isoNow(ctx.clock));
  const workspace = invite && (await ctx.repos.workspaces.findById(invite.workspaceId));
  if (!invite || !workspace) throw notFound('Invite');
  return { invite, workspace, canCreateAccount: Boolean(invite.email) || ctx.settings.openSignup };
}

/**
 * What the join page shows a signed-out visitor: the workspace, who invited, and the address the
 * invite is for (to prefill the form). Whether that address has an account is never said.
 */
export async function previewInviteForSignup(ctx: AppContext, raw: unknown) {
  const { token } = parseInput(inviteTokenInput, raw);
  const { invite, workspace, canCreateAccount } = await usableInvite(ctx, token);
  const inviter = await ctx.repos.users.findById(invite.invitedBy);
  return {
    workspaceName: workspace.name,
    inviterName: inviter?.name ?? '',
    expiresAt: invite.expiresAt,
    email: invite.email,
    canCreateAccount,
  };
}

/** Creates a member account and joins the invite's workspace, atomically; then the welcome. */
export async function signUpWithTeamInvite(ctx: AppContext, raw: unknown) {
  refuseWhenSsoOnly(ctx);
  const input = parseInput(inviteSignupInput, raw);
  const { invite, workspace, canCreateAccount } = await usableInvite(ctx, input.token);
  if (invite.email && emailKey(invite.email) !== emailKey(input.email)) throw notFound('Invite');
  if (!canCreateAccount) {
    throw forbidden(
      'This invite link is for people who already have an account here: sign in, then open it again',
    );
  }
  await requireStrongPassword(input.password, [input.email, input.name]);
  const passwordHash = await hashPassword(input.password);
  const now = isoNow(ctx.clock);
  const record = await inTransaction(ctx, async (repos) => {
    if ((await repos.users.count()) === 0) throw conflict('Rapport is not set up yet');
    if (await repos.users.findByEmail(input.email)) throw alreadyThere();
    const user = await repos.users.create({
      email: input.email,
      name: input.name,
      timeZone: input.timeZone,
      workingHours: defaultWorkingHours(),
      role: 'member',
      passwordHash,
      now,
    });
    await addInvitedMember(repos, invite, user.id, now);
    return user;
  }).catch((error: unknown) => {
    const message = String((error as Error)?.message ?? '');
    if (/unique|duplicate/i.test(message) && /email/i.test(message)) throw alreadyThere();
    throw error;
  });
  await welcomeNewMember(ctx, workspace.id, record.id);
  return { user: presentUser(record), workspace: { id: workspace.id, name: workspace.name } };
}

const alreadyThere = () =>
  conflict('An account with this e-mail already exists: sign in, then open the invite link again');
