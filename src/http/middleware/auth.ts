// Resolves who is calling, refuses cross-site writes, and requires a principal on every /api
// route that is not explicitly public: a new route is protected unless someone opens it here.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { parse } from 'hono/utils/cookie';
import { safeEqual } from '../../app/secrets';
import { resumeSession } from '../../app/sessions/sessions';
import { authenticateToken } from '../../app/tokens/api-tokens';
import type { HttpEnv, Principal } from '../env';
import { errorBody } from '../errors';

export const SESSION_COOKIE = 'rapport_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes anyone may call. None has a path parameter, so the literal path is compared. */
export const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/auth/signin',
  'POST /api/auth/signup',
  'POST /api/auth/forgot',
  'POST /api/auth/reset/check',
  'POST /api/auth/reset',
  // A mailed workspace invite: see it, and create the account that joins (http/team).
  'GET /api/auth/team-invite',
  'POST /api/auth/team-signup',
]);

/**
 * Public routes that never look at the caller: their answer is the same whoever asks, so the
 * credentials a probe sends are not even looked up (a load balancer's health check every few
 * seconds costs no token lookup, and a stale token in its configuration does not fail it).
 */
const CALLERLESS_ROUTES = new Set(['GET /api/health', 'GET /api/openapi.json']);

export const authenticate = createMiddleware<HttpEnv>(async (c, next) => {
  // HEAD is answered by the GET route (Hono), so it is as public as that route: a load balancer
  // probing with HEAD gets the health answer's status.
  const route = `${c.req.method === 'HEAD' ? 'GET' : c.req.method} ${c.req.path}`;
  if (CALLERLESS_ROUTES.has(route)) return next();
  const ctx = c.get('ctx');
  const unsafe = !SAFE_METHODS.has(c.req.method);
  if (unsafe && isCrossSite(c.req.header('origin'), c.req.header('sec-fetch-site'), c.req.url)) {
    return c.json(errorBody('forbidden', 'Cross-site requests are refused'), 403);
  }

  let principal: Principal | undefined;
  const local = c.env?.localUserId;
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  // Only without a token: a token request need not parse its cookies.
  const cookie = local || bearer ? undefined : sessionCookie(c);
  if (local) {
    principal = { userId: local, via: 'local' };
  } else if (bearer) {
    const userId = await authenticateToken(ctx, bearer);
    if (!userId) return c.json(errorBody('unauthorized', 'This API token is not valid'), 401);
    principal = { userId, via: 'token' };
  } else if (cookie) {
    const session = await resumeSession(ctx, cookie);
    if (session) {
      // A cookie rides along on any request the browser makes; the header proves it is ours.
      const sent = c.req.header('x-csrf-token') ?? '';
      if (unsafe && !safeEqual(sent, session.csrfToken)) {
        return c.json(errorBody('forbidden', 'Missing or wrong X-CSRF-Token header'), 403);
      }
      principal = {
        userId: session.userId,
        via: 'session',
        sessionId: session.id,
        csrfToken: session.csrfToken,
      };
    }
  }
  c.set('principal', principal);

  if (!principal && !PUBLIC_ROUTES.has(route)) {
    return c.json(errorBody('unauthorized', 'Sign in or send an API token'), 401);
  }
  await next();
});

function sessionCookie(c: Context<HttpEnv>): string | undefined {
  const header = c.req.header('cookie');
  return header ? parse(header, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
}

function isCrossSite(origin: string | undefined, fetchSite: string | undefined, url: string) {
  if (fetchSite === 'cross-site') return true;
  if (!origin) return false;
  try {
    return new URL(origin).host !== new URL(url).host;
  } catch {
    return true;
  }
}

/** The caller's principal on a protected route (the middleware guarantees there is one). */
export function principalOf(c: { get(key: 'principal'): Principal | undefined }): Principal {
  const principal = c.get('principal');
  if (!principal) throw new Error('protected route reached without a principal');
  return principal;
}
