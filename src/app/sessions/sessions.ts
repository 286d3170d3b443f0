// Browser sessions: a random cookie value, stored only as its hash, sliding 30-day expiry.
import type { SessionRecord } from '../../store/sessions/session-repository';
import type { AppContext } from '../context';
import { randomSecret, sha256 } from '../secrets';

const LIFETIME_MS = 30 * 24 * 3600_000;
// Extending on every request would write on every read; once an hour is plenty.
const EXTEND_AFTER_MS = 3600_000;

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  cookie: string;
  csrfToken: string;
  expiresAt: string;
}

export async function startSession(
  ctx: AppContext,
  userId: string,
  userAgent: string | null,
): Promise<StartedSession> {
  const now = ctx.clock.now();
  const cookie = randomSecret();
  const session: SessionRecord = {
    id: sha256(cookie),
    userId,
    csrfToken: randomSecret(),
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LIFETIME_MS).toISOString(),
  };
  await ctx.repos.sessions.create(session, userAgent?.slice(0, 300) ?? null);
  return { cookie, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

/** The live session behind a cookie value, extended when it has been a while. */
export async function resumeSession(
  ctx: AppContext,
  cookie: string,
): Promise<SessionRecord | undefined> {
  const now = ctx.clock.now();
  const session = await ctx.repos.sessions.findLive(sha256(cookie), now.toISOString());
  if (!session) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) > EXTEND_AFTER_MS) {
    const expiresAt = new Date(now.getTime() + LIFETIME_MS).toISOString();
    await ctx.repos.sessions.extend(session.id, now.toISOString(), expiresAt);
    session.expiresAt = expiresAt;
  }
  return session;
}

export function endSession(ctx: AppContext, sessionId: string): Promise<void> {
  return ctx.repos.sessions.delete(sessionId);
}

export function endAllSessions(ctx: AppContext, userId: string): Promise<void> {
  return ctx.repos.sessions.deleteAllForUser(userId);
}
