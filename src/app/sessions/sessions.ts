// Browser sessions: a random cookie value, stored only as its hash. A session ends at the first
// of two limits: an absolute lifetime from sign-in (RAPPORT_SESSION_DAYS, default 30) and an
// idle limit since it was last used (RAPPORT_SESSION_IDLE_DAYS, default 7). Both are checked
// against the stored times on every request, so lowering a setting ends old sessions at once.
import type { SessionRecord } from '../../store/sessions/session-repository';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { randomSecret, sha256 } from '../secrets';
import { describeDevice } from './device';

const DAY_MS = 24 * 3600_000;
// Recording use on every request would write on every read; once an hour is plenty (the idle
// limit is days).
const EXTEND_AFTER_MS = 3600_000;

export interface StartedSession {
  /** The cookie value; only its hash is stored. */
  cookie: string;
  csrfToken: string;
  /** When the session ends at the latest (the cookie's expiry). */
  expiresAt: string;
}

/** A session as its owner sees it in Settings. */
export interface SessionView {
  /** A stable handle for this session; not the stored hash, which identifies the cookie. */
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  current: boolean;
}

function limits(ctx: AppContext) {
  return {
    lifetimeMs: (ctx.settings.sessionDays ?? 30) * DAY_MS,
    idleMs: (ctx.settings.sessionIdleDays ?? 7) * DAY_MS,
  };
}

/** The instant a session ends if it is not used again. */
function endOf(ctx: AppContext, createdAt: string, lastSeenAt: string): string {
  const { lifetimeMs, idleMs } = limits(ctx);
  const end = Math.min(Date.parse(createdAt) + lifetimeMs, Date.parse(lastSeenAt) + idleMs);
  return new Date(end).toISOString();
}

export async function startSession(
  ctx: AppContext,
  userId: string,
  userAgent: string | null,
): Promise<StartedSession> {
  const now = ctx.clock.now().toISOString();
  const cookie = randomSecret();
  const session: SessionRecord = {
    id: sha256(cookie),
    userId,
    csrfToken: randomSecret(),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: endOf(ctx, now, now),
  };
  await ctx.repos.sessions.create(session, userAgent?.slice(0, 300) ?? null);
  const absoluteEnd = new Date(Date.parse(now) + limits(ctx).lifetimeMs).toISOString();
  return { cookie, csrfToken: session.csrfToken, expiresAt: absoluteEnd };
}

/** The live session behind a cookie value; its use is recorded when it has been a while. */
export async function resumeSession(
  ctx: AppContext,
  cookie: string,
): Promise<SessionRecord | undefined> {
  const now = ctx.clock.now();
  const id = sha256(cookie);
  // Kept a few seconds, and only while nothing was written (see auth-cache): a sign-out is seen.
  const session = await ctx.auth.get(`session:${id}`, ctx.store.changeStamp, now.getTime(), () =>
    findAndExtend(ctx, id, now),
  );
  // A kept session still ends on time.
  return session && Date.parse(session.expiresAt) > now.getTime() ? session : undefined;
}

async function findAndExtend(ctx: AppContext, id: string, now: Date) {
  const { lifetimeMs, idleMs } = limits(ctx);
  const session = await ctx.repos.sessions.findLive(id, {
    now: now.toISOString(),
    createdAfter: new Date(now.getTime() - lifetimeMs).toISOString(),
    seenAfter: new Date(now.getTime() - idleMs).toISOString(),
  });
  if (!session) return undefined;
  if (now.getTime() - Date.parse(session.lastSeenAt) > EXTEND_AFTER_MS) {
    const lastSeenAt = now.toISOString();
    const expiresAt = endOf(ctx, session.createdAt, lastSeenAt);
    await ctx.repos.sessions.extend(session.id, lastSeenAt, expiresAt);
    Object.assign(session, { lastSeenAt, expiresAt });
  }
  return session;
}

export function endSession(ctx: AppContext, sessionId: string): Promise<void> {
  return ctx.repos.sessions.delete(sessionId);
}

export function endAllSessions(ctx: AppContext, userId: string): Promise<void> {
  return ctx.repos.sessions.deleteAllForUser(userId);
}

const publicId = (sessionId: string) => sha256(`session:${sessionId}`).slice(0, 16);

/** The user's live sessions, most recently used first. */
export async function listSessions(
  ctx: AppContext,
  userId: string,
  currentSessionId?: string,
): Promise<SessionView[]> {
  const now = ctx.clock.now();
  const { lifetimeMs, idleMs } = limits(ctx);
  const sessions = await ctx.repos.sessions.listLive(userId, {
    now: now.toISOString(),
    createdAfter: new Date(now.getTime() - lifetimeMs).toISOString(),
    seenAfter: new Date(now.getTime() - idleMs).toISOString(),
  });
  return sessions.map((session) => ({
    id: publicId(session.id),
    device: describeDevice(session.userAgent),
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    expiresAt: endOf(ctx, session.createdAt, session.lastSeenAt),
    current: session.id === currentSessionId,
  }));
}

/** Signs out one of the user's sessions; another user's session is "not found". */
export async function endOwnSession(ctx: AppContext, userId: string, id: string): Promise<void> {
  const sessions = await ctx.repos.sessions.listLive(userId, {
    now: ctx.clock.now().toISOString(),
  });
  const session = sessions.find((candidate) => publicId(candidate.id) === id);
  if (!session) throw notFound('Session');
  await ctx.repos.sessions.deleteForUser(userId, session.id);
}
