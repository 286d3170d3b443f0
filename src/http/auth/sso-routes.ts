// Sign-in with the company's OpenID provider: two browser addresses outside /api. /start sends
// the browser to the provider; the provider sends it back to /callback (RAPPORT_PUBLIC_URL +
// OIDC_CALLBACK_PATH, registered there). Failures are pages a person can read, never JSON.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  beginSsoSignIn,
  finishSsoSignIn,
  PENDING_SIGN_IN_MS,
  type SsoRefusal,
  ssoStartInput,
} from '../../app/sso/sso-sign-in';
import { OIDC_CALLBACK_PATH } from '../../config';
import type { HttpApp, HttpEnv } from '../env';
import { reachedOverHttps } from '../middleware/transport';
import { escapeHtml, page } from '../public/page';
import { issueSession } from './session-cookie';

export const SSO_START_PATH = '/auth/oidc/start';
/** The state of one sign-in between the two legs; only sent back to /auth/oidc/*. */
const SSO_COOKIE = 'rapport_sso';
const COOKIE_PATH = '/auth/oidc';

const REFUSALS: Record<SsoRefusal, { status: 400 | 403 | 503; title: string }> = {
  denied: { status: 403, title: 'Sign-in cancelled' },
  expired: { status: 400, title: 'This sign-in has expired' },
  'check-failed': { status: 400, title: 'Sign-in could not be checked' },
  unavailable: { status: 503, title: 'The identity provider is not answering' },
  'no-email': { status: 403, title: 'No e-mail address' },
  'unverified-email': { status: 403, title: 'E-mail address not verified' },
  'wrong-domain': { status: 403, title: 'Not an address for this Rapport' },
  'no-signup': { status: 403, title: 'No account here yet' },
  invite: { status: 403, title: 'Invite not usable' },
};

export function registerSsoRoutes(app: HttpApp) {
  app.get(SSO_START_PATH, async (c) => {
    const ctx = c.get('ctx');
    if (!ctx.identityProvider || !ctx.settings.sso) return notSetUp(c);
    const input = ssoStartInput.parse(Object.fromEntries(new URL(c.req.url).searchParams));
    const begun = await beginSsoSignIn(ctx, input);
    if ('refused' in begun) return refusedPage(c, begun.refused, begun.message);
    setCookie(c, SSO_COOKIE, begun.cookie, {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level GET, which Lax lets the cookie ride on.
      sameSite: 'Lax',
      path: COOKIE_PATH,
      secure: reachedOverHttps(c),
      maxAge: PENDING_SIGN_IN_MS / 1000,
    });
    c.header('Cache-Control', 'no-store');
    return c.redirect(begun.url, 302);
  });

  app.get(OIDC_CALLBACK_PATH, async (c) => {
    const ctx = c.get('ctx');
    if (!ctx.identityProvider || !ctx.settings.sso) return notSetUp(c);
    const cookie = getCookie(c, SSO_COOKIE);
    // One use: whatever happens next, this state is spent.
    deleteCookie(c, SSO_COOKIE, { path: COOKIE_PATH });
    c.header('Cache-Control', 'no-store');
    const outcome = await finishSsoSignIn(ctx, new URL(c.req.url).searchParams, cookie);
    if ('refused' in outcome) return refusedPage(c, outcome.refused, outcome.message);
    const { userId, next, created } = outcome.signedIn;
    await issueSession(c, userId);
    // A new account was given the browser's zone; ask once whether it is right.
    const to = created ? `/signin/zone?next=${encodeURIComponent(next)}` : next;
    return c.redirect(to, 302);
  });
}

function notSetUp(c: Context<HttpEnv>) {
  return c.html(
    page(
      'Not set up',
      '<h1>Not set up</h1><p>Sign-in with an identity provider is not set up on this Rapport.</p><p><a href="/signin">Sign in</a></p>',
    ),
    404,
  );
}

function refusedPage(c: Context<HttpEnv>, reason: SsoRefusal, message: string) {
  const { status, title } = REFUSALS[reason];
  const retry = reason === 'unavailable' ? '<p class="muted">Try again in a few minutes.</p>' : '';
  return c.html(
    page(
      title,
      `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${retry}<p><a href="/signin">Back to sign-in</a></p>`,
    ),
    status,
  );
}
