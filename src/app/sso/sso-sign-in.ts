// Signing in with the company's OpenID provider. Leg one sends the browser to the provider with
// a fresh state, nonce and PKCE verifier, kept in a signed cookie for ten minutes; leg two takes
// the verified identity and finds its account: the identity already linked, else the account
// with the same e-mail when the provider has verified it, else a new account when sign-up is
// open, the e-mail's domain is allowed (RAPPORT_OIDC_ALLOWED_DOMAINS) or the browser came from
// an owner's invite link.
import { z } from 'zod';
import { OIDC_CALLBACK_PATH } from '../../config';
import { isValidTimeZone } from '../../domain/time/time-zone';
import { emailKey } from '../../store/users/user-repository';
import { hashPassword } from '../accounts/passwords';
import { defaultWorkingHours } from '../accounts/working-hours';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { notFound } from '../errors';
import { signLink, verifyLink } from '../links/signed-links';
import {
  IdentityCheckFailed,
  IdentityDenied,
  type IdentityProvider,
  IdentityProviderUnavailable,
  type VerifiedIdentity,
} from '../ports/identity-provider';
import { randomSecret, sha256 } from '../secrets';
import { hasNoControlCharacters } from '../text-fields';

/** Long enough to type a password and pass MFA at the provider; short enough to be useless later. */
export const PENDING_SIGN_IN_MS = 10 * 60_000;

/** Only a path on this server (never `//host` or a scheme): the sign-in must not become an
 * open redirect. Anything else goes to Today. */
const nextPath = z
  .string()
  .max(500)
  .refine((path) => /^\/(?![/\\])/.test(path) && hasNoControlCharacters(path))
  .optional()
  .catch(undefined);

/** GET /auth/oidc/start's query: where to go afterwards, and the browser's zone for a new account. */
export const ssoStartInput = z.object({
  next: nextPath,
  tz: z.string().max(64).refine(isValidTimeZone).optional().catch(undefined),
  /** The token of an owner's invite link (/join/<token>): it admits one new account. */
  invite: z.string().max(200).optional().catch(undefined),
});

export type SsoRefusal =
  | 'denied'
  | 'expired'
  | 'check-failed'
  | 'unavailable'
  | 'no-email'
  | 'unverified-email'
  | 'wrong-domain'
  | 'no-signup'
  | 'invite';

export type SsoOutcome =
  | { signedIn: { userId: string; next: string; created: boolean } }
  | { refused: SsoRefusal; message: string };

function provider(ctx: AppContext): IdentityProvider {
  if (!ctx.identityProvider || !ctx.settings.sso) throw notFound('Sign-in with SSO');
  return ctx.identityProvider;
}

function callbackUrl(ctx: AppContext): string {
  // config.ts requires RAPPORT_PUBLIC_URL with SSO: the provider only knows registered addresses.
  return `${(ctx.settings.publicUrl ?? '').replace(/\/+$/, '')}${OIDC_CALLBACK_PATH}`;
}

/** Leg one: where to send the browser, and the cookie value that must come back with it. */
export async function beginSsoSignIn(
  ctx: AppContext,
  input: z.output<typeof ssoStartInput>,
): Promise<{ url: string; cookie: string } | { refused: SsoRefusal; message: string }> {
  const idp = provider(ctx);
  try {
    const { url, pending } = await idp.begin(callbackUrl(ctx));
    const expires = String(ctx.clock.now().getTime() + PENDING_SIGN_IN_MS);
    const cookie = signLink(ctx.settings.secret, 'sso', [
      pending.state,
      pending.nonce,
      pending.codeVerifier,
      input.next ?? '/',
      input.tz ?? '',
      expires,
      input.invite ?? '',
    ]);
    return { url, cookie };
  } catch (error) {
    if (error instanceof IdentityProviderUnavailable) {
      return { refused: 'unavailable', message: error.message };
    }
    throw error;
  }
}

/** Leg two: the provider's answer (the callback's query) with the cookie from leg one. */
export async function finishSsoSignIn(
  ctx: AppContext,
  query: URLSearchParams,
  cookie: string | undefined,
): Promise<SsoOutcome> {
  const idp = provider(ctx);
  const parts = cookie ? verifyLink(ctx.settings.secret, 'sso', cookie) : null;
  const [state, nonce, codeVerifier, next, tz, expires, invite] = parts ?? [];
  if (!parts || !state || !nonce || !codeVerifier || Number(expires) < ctx.clock.now().getTime()) {
    return {
      refused: 'expired',
      message:
        'This sign-in was started too long ago, in another browser, or not here at all. Start again from the sign-in page.',
    };
  }
  let identity: VerifiedIdentity;
  try {
    // The address the provider redirected to, rebuilt on the public URL (a proxy may have
    // changed the host the request arrived with); only the query matters to the checks.
    const url = new URL(`${callbackUrl(ctx)}?${query.toString()}`);
    identity = await idp.finish(url, { state, nonce, codeVerifier });
  } catch (error) {
    if (error instanceof IdentityDenied) {
      const message =
        error.code === 'access_denied'
          ? 'Sign-in was cancelled or refused at the identity provider.'
          : `The identity provider refused the sign-in: ${error.message}`;
      return { refused: 'denied', message };
    }
    if (error instanceof IdentityProviderUnavailable) {
      console.warn(`sso: ${error.message}`);
      return { refused: 'unavailable', message: error.message };
    }
    if (error instanceof IdentityCheckFailed) {
      // For the operator: which check failed (a clock off, a wrong client id, an attack).
      console.warn(`sso: the provider's answer failed a check: ${error.message}`);
      return {
        refused: 'check-failed',
        message: 'The answer from the identity provider did not pass the checks. Start again.',
      };
    }
    throw error;
  }
  const wanted = {
    next: next || '/',
    timeZone: tz && isValidTimeZone(tz) ? tz : null,
    inviteToken: invite || null,
  };
  try {
    return await accountFor(ctx, identity, wanted);
  } catch (error) {
    // Two tabs finishing the same first sign-in at once: one made the link or the account, the
    // other hit a unique key. Looking again finds what the first made.
    if (!/unique|duplicate/i.test(String((error as Error)?.message))) throw error;
    return accountFor(ctx, identity, wanted);
  }
}

interface Wanted {
  next: string;
  timeZone: string | null;
  inviteToken: string | null;
}

async function accountFor(
  ctx: AppContext,
  identity: VerifiedIdentity,
  { next, timeZone, inviteToken }: Wanted,
): Promise<SsoOutcome> {
  const now = isoNow(ctx.clock);
  const linked = await ctx.repos.oidcIdentities.find(identity.issuer, identity.subject);
  if (linked) {
    await ctx.repos.oidcIdentities.touch(linked.id, now);
    return { signedIn: { userId: linked.userId, next, created: false } };
  }
  if (!identity.email) {
    return {
      refused: 'no-email',
      message:
        'The identity provider did not say which e-mail address is yours. Its administrator can add the "email" scope for Rapport.',
    };
  }
  const existing = await ctx.repos.users.findByEmail(identity.email);
  if (existing) {
    // Anyone can type any address into a provider's profile; only a verified one proves it.
    if (!identity.emailVerified) {
      return {
        refused: 'unverified-email',
        message: `An account for ${identity.email} exists here, but the identity provider has not verified that address, so it cannot sign in to it. Sign in with your password, or ask the provider's administrator to verify the address.`,
      };
    }
    await ctx.repos.oidcIdentities.link({ ...identityRow(identity), userId: existing.id, now });
    return { signedIn: { userId: existing.id, next, created: false } };
  }
  const invite = inviteToken
    ? await ctx.repos.invites.findUsable(sha256(inviteToken), now)
    : undefined;
  if (inviteToken && !invite) {
    return {
      refused: 'invite',
      message: 'This invite link is used up or expired; ask for a new one.',
    };
  }
  // An invite made for one address admits that address only, and only when it is proven.
  const invited =
    invite &&
    (!invite.email ||
      (emailKey(invite.email) === emailKey(identity.email) && identity.emailVerified));
  if (invite && !invited) {
    return {
      refused: 'invite',
      message: `This invite is for another address than ${identity.email}, or the identity provider has not verified ${identity.email}.`,
    };
  }
  const refusal = invited ? null : await mayCreate(ctx, identity, identity.email);
  if (refusal) return refusal;
  const created = await createAccount(
    ctx,
    identity,
    identity.email,
    timeZone ?? 'UTC',
    now,
    invite?.id,
  );
  if (!created) {
    return { refused: 'invite', message: 'This invite link was just used by someone else.' };
  }
  return { signedIn: { userId: created, next, created: true } };
}

/** Null when a new account may be made for this identity, else why not. */
async function mayCreate(
  ctx: AppContext,
  identity: VerifiedIdentity,
  email: string,
): Promise<SsoOutcome | null> {
  const domains = ctx.settings.sso?.allowedDomains ?? [];
  const domain = email.split('@').pop()?.toLowerCase() ?? '';
  if (domains.length > 0) {
    // The domain is the whole permission: it must be one the provider has verified.
    if (domains.includes(domain) && identity.emailVerified) return null;
    return {
      refused: 'wrong-domain',
      message: domains.includes(domain)
        ? `The identity provider has not verified ${email}, so no account can be made for it.`
        : `Accounts here are for ${domains.map((d) => `@${d}`).join(', ')} addresses; ${email} is not one. Ask the owner of this Rapport for an invite.`,
    };
  }
  if (ctx.settings.openSignup || (await ctx.repos.users.count()) === 0) return null;
  return {
    refused: 'no-signup',
    message: `There is no account for ${email} here, and new accounts need an invite from the owner.`,
  };
}

async function createAccount(
  ctx: AppContext,
  identity: VerifiedIdentity,
  email: string,
  timeZone: string,
  now: string,
  inviteId: string | undefined,
): Promise<string | null> {
  // The account has a password nobody knows: the provider is how this person signs in (a reset
  // link can set a real one unless passwords are turned off).
  const passwordHash = await hashPassword(randomSecret());
  return inTransaction(ctx, async (repos) => {
    // The first person in becomes the owner, as with the first-run page.
    const role = (await repos.users.count()) === 0 ? 'owner' : 'member';
    const user = await repos.users.create({
      email,
      name: displayName(identity, email),
      timeZone,
      workingHours: defaultWorkingHours(),
      role,
      passwordHash,
      now,
    });
    await repos.oidcIdentities.link({ ...identityRow(identity), userId: user.id, now });
    if (inviteId && !(await repos.invites.claim(inviteId, user.id, now))) throw new InviteTaken();
    return user.id;
  }).catch((error) => {
    if (error instanceof InviteTaken) return null;
    throw error;
  });
}

/** Rolls the new account back when its invite was claimed by someone else meanwhile. */
class InviteTaken extends Error {}

function identityRow(identity: VerifiedIdentity) {
  return { issuer: identity.issuer, subject: identity.subject, email: identity.email };
}

/** The provider's name for the person, as one line of plain text; else the e-mail's local part. */
function displayName(identity: VerifiedIdentity, email: string): string {
  const name = [...(identity.name ?? '')]
    .map((char) => (hasNoControlCharacters(char) ? char : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return name || email.split('@')[0] || email;
}
