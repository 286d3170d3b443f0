import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { startSession } from '../../app/sessions/sessions';
import type { HttpEnv } from '../env';
import { SESSION_COOKIE } from '../middleware/auth';
import { reachedOverHttps } from '../middleware/transport';

/** Starts a session for the user and sets its cookie; returns the CSRF token for the client. */
export async function issueSession(c: Context<HttpEnv>, userId: string): Promise<string> {
  const session = await startSession(c.get('ctx'), userId, c.req.header('user-agent') ?? null);
  setCookie(c, SESSION_COOKIE, session.cookie, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: reachedOverHttps(c),
    expires: new Date(session.expiresAt),
  });
  return session.csrfToken;
}

export function clearSessionCookie(c: Context<HttpEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
