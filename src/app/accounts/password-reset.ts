// A way back into an account. Three doors, one kind of link: "Forgot password?" mails a link
// valid for an hour (when e-mail is set up); the owner can make one for anyone (Settings, or the
// operator's `rapport password reset EMAIL`), valid for a day, to hand over in person. Using a
// link sets the password, ends every session and leaves API tokens alone, listing them so the
// user can revoke any they did not make.
import { z } from 'zod';
import { escapeHtml } from '../../domain/credit/markdown-render';
import { emailKey, type UserRecord } from '../../store/users/user-repository';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { conflict, forbidden, notFound } from '../errors';
import { randomSecret, sha256 } from '../secrets';
import { passwordKey, reserve } from '../sessions/attempt-limit';
import { refuseWhenSsoOnly } from '../sso/password-door';
import { type ApiToken, listTokens } from '../tokens/api-tokens';
import { parseInput } from '../validation';
import { emailField, passwordField } from './fields';
import { requireStrongPassword } from './password-strength';
import { hashPassword } from './passwords';
import { presentUser, type User } from './user';

export const MAILED_LINK_MS = 3600_000;
export const HANDED_LINK_MS = 24 * 3600_000;
/** Reset mails per address asked for, and per caller, in the limit window (15 minutes). */
export const FORGOT_LIMITS = { perEmail: 3, perAddress: 10 } as const;

export const forgotInput = z.object({ email: emailField });
export const resetLinkInput = z.object({ email: emailField });
export const resetTokenInput = z.object({ token: z.string().min(1).max(200) });
export const resetInput = resetTokenInput.extend({ newPassword: passwordField });

export interface ResetLink {
  url: string;
  email: string;
  expiresAt: string;
}

const linkUrl = (baseUrl: string, token: string) => `${baseUrl.replace(/\/+$/, '')}/reset/${token}`;

async function issue(
  ctx: AppContext,
  user: UserRecord,
  createdBy: string | null,
  lifetimeMs: number,
  baseUrl: string,
): Promise<ResetLink> {
  const token = randomSecret();
  const now = ctx.clock.now();
  const record = await ctx.repos.passwordResets.replace({
    tokenHash: sha256(token),
    userId: user.id,
    createdBy,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
  });
  return { url: linkUrl(baseUrl, token), email: user.email, expiresAt: record.expiresAt };
}

/** The owner makes a link for someone (or themself) to hand over; valid for a day. */
export async function createResetLink(
  ctx: AppContext,
  callerId: string,
  raw: unknown,
  baseUrl: string,
): Promise<ResetLink> {
  refuseWhenSsoOnly(ctx);
  const { email } = parseInput(resetLinkInput, raw);
  const caller = await ctx.repos.users.findById(callerId);
  const user = await ctx.repos.users.findByEmail(email);
  // Admins too, for members only: a link for the owner or another admin would be a takeover.
  const allowed =
    caller?.role === 'owner' ||
    (caller?.role === 'admin' && !caller.disabledAt && (!user || user.role === 'member'));
  if (!allowed) throw forbidden('Only the owner and admins can make password reset links');
  if (!user) throw notFound('Account');
  return issue(ctx, user, callerId, HANDED_LINK_MS, baseUrl);
}

/**
 * "Forgot password?": mails a link when the address has an account. The answer is the same
 * either way (and so is its timing: the mail is sent after answering), and it is rate-limited
 * per address asked for and per caller, so it can neither probe for accounts nor flood a mailbox.
 */
export async function requestResetMail(
  ctx: AppContext,
  raw: unknown,
  caller: string,
  baseUrl: string,
): Promise<void> {
  refuseWhenSsoOnly(ctx);
  const { email } = parseInput(forgotInput, raw);
  if (!ctx.mailer.configured) {
    throw conflict('This Rapport cannot send e-mail; ask its owner for a password reset link');
  }
  await reserve(
    ctx,
    [
      { key: `reset:${sha256(emailKey(email))}`, max: FORGOT_LIMITS.perEmail },
      { key: `reset-ip:${caller}`, max: FORGOT_LIMITS.perAddress },
    ],
    'reset requests',
  );
  const user = await ctx.repos.users.findByEmail(email);
  if (!user) return;
  const link = await issue(ctx, user, null, MAILED_LINK_MS, baseUrl);
  void ctx.mailer.send({ to: [user.email], ...resetMail(user.name, link.url) }).catch((error) => {
    ctx.log.warn({ err: error }, 'password reset mail failed');
  });
}

export function resetMail(name: string, url: string) {
  const subject = 'Reset your Rapport password';
  const text = [
    `Hello ${name},`,
    '',
    'Someone (hopefully you) asked to reset your Rapport password. This link sets a new one;',
    'it works once, for one hour:',
    '',
    url,
    '',
    'If you did not ask, ignore this mail: your password stays as it is.',
  ].join('\n');
  const html = `<p>Hello ${escapeHtml(name)},</p>
<p>Someone (hopefully you) asked to reset your Rapport password. This link sets a new one; it works once, for one hour:</p>
<p><a href="${escapeHtml(url)}">Choose a new password</a></p>
<p>If you did not ask, ignore this mail: your password stays as it is.</p>`;
  return { subject, text, html };
}

const usedUp = () => notFound('Reset link (it may be used up or expired; ask for a new one)');

/** Whom a link is for, so the page can say so; 404 when it is used up or expired. */
export async function checkResetLink(ctx: AppContext, raw: unknown): Promise<{ email: string }> {
  const { token } = parseInput(resetTokenInput, raw);
  const reset = await ctx.repos.passwordResets.findUsable(sha256(token), isoNow(ctx.clock));
  const user = reset && (await ctx.repos.users.findById(reset.userId));
  if (!user) throw usedUp();
  return { email: user.email };
}

/** Uses a link: the new password, every session ended, the account's sign-in limit cleared. */
export async function resetPassword(
  ctx: AppContext,
  raw: unknown,
): Promise<{ user: User; apiTokens: ApiToken[] }> {
  refuseWhenSsoOnly(ctx);
  const input = parseInput(resetInput, raw);
  const now = isoNow(ctx.clock);
  const reset = await ctx.repos.passwordResets.findUsable(sha256(input.token), now);
  const user = reset && (await ctx.repos.users.findById(reset.userId));
  if (!reset || !user) throw usedUp();
  await requireStrongPassword(input.newPassword, [user.email, user.name], 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (repos) => {
    if (!(await repos.passwordResets.claim(reset.id, now))) throw usedUp();
    await repos.users.update(user.id, { passwordHash }, now);
    await repos.sessions.deleteAllForUser(user.id);
  });
  await ctx.repos.signinFailures.clear(passwordKey(user.email));
  return { user: presentUser(user), apiTokens: await listTokens(ctx, user.id) };
}
