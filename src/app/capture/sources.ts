// Connecting sources: add (tested first, nothing saved on failure), test (saves nothing), list,
// change, remove (with or without what the source captured). Passwords are sealed at rest and
// never leave the server; a source as shown has its settings without any secret.
import type { z } from 'zod';
import type { SourceRecord } from '../../store/sources/source-repository';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { CredentialsUnreadable, openCredentials, sealCredentials } from '../credentials';
import { forbidden, invalidInput, notFound, sourceFailed } from '../errors';
import {
  type Connection,
  connectionOf,
  networkOf,
  type sourceChanges,
  type sourceInput,
} from './source-input';

/** A source as the API shows it: never a password, never a secret link. */
export interface SourceView {
  id: string;
  kind: SourceRecord['kind'];
  name: string;
  mode: SourceRecord['mode'];
  paused: boolean;
  keepSubjects: boolean;
  largeMeetingSize: number;
  countLargeMeetings: boolean;
  reachBackMonths: number;
  intervalMinutes: number;
  replyDelayHours: number;
  settings: Record<string, unknown>;
  lastSyncAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failingSince: string | null;
  seen: number;
  captured: number;
  createdAt: string;
}

const SHOWN_SETTINGS = ['url', 'user', 'calendars', 'host', 'port', 'tls', 'sentFolder', 'paths'];

export function presentSource(source: SourceRecord): SourceView {
  return {
    id: source.id,
    kind: source.kind,
    name: source.name,
    mode: source.mode,
    paused: source.paused,
    keepSubjects: source.keepSubjects,
    largeMeetingSize: source.largeMeetingSize,
    countLargeMeetings: source.countLargeMeetings,
    reachBackMonths: source.reachBackMonths,
    intervalMinutes: source.intervalMinutes,
    replyDelayHours: source.replyDelayHours,
    settings: Object.fromEntries(
      Object.entries(source.settings).filter(([key]) => SHOWN_SETTINGS.includes(key)),
    ),
    lastSyncAt: source.lastSyncAt,
    lastSuccessAt: source.lastSuccessAt,
    lastError: source.lastError,
    failingSince: source.failingSince,
    seen: source.seenLast,
    captured: source.capturedTotal,
    createdAt: source.createdAt,
  };
}

export interface SourceAccess {
  /** The in-process CLI on the machine that runs Rapport: may read local repositories. */
  local: boolean;
}

async function userEmails(ctx: AppContext, userId: string): Promise<string[]> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return [user.email.toLowerCase()];
}

/** Reads the source once through its client, saving nothing; a failure is a 422 in plain words. */
async function tryConnection(ctx: AppContext, userId: string, connection: Connection) {
  const network = networkOf(ctx);
  const s = connection.settings as {
    url: string;
    user: string;
    calendars?: string[];
    host: string;
    port: number;
    tls: boolean;
    sentFolder?: string | null;
    paths: string[];
  };
  try {
    switch (connection.kind) {
      case 'ics':
        return await ctx.capture.ics.test({ url: connection.secret?.url ?? '' }, network);
      case 'caldav':
        return await ctx.capture.caldav.test(
          {
            url: s.url,
            user: s.user,
            password: connection.secret?.password ?? '',
            calendars: s.calendars ?? [],
          },
          network,
        );
      case 'imap':
        return await ctx.capture.imap.test(
          {
            host: s.host,
            port: s.port,
            tls: s.tls,
            user: s.user,
            password: connection.secret?.password ?? '',
            sentFolder: s.sentFolder,
          },
          network,
        );
      case 'git': {
        const emails = await userEmails(ctx, userId);
        const since = isoNow(ctx.clock);
        for (const path of s.paths) {
          await ctx.capture.git.commits(path, emails, since);
        }
        return {};
      }
    }
  } catch (error) {
    throw sourceFailed((error as Error).message || 'The source could not be read');
  }
}

function checkAccess(kind: string, access: SourceAccess) {
  if (kind === 'git' && !access.local)
    throw forbidden('Git repositories are added with the rapport command on the server itself');
}

export async function testSource(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof sourceInput>,
  access: SourceAccess,
) {
  checkAccess(input.kind, access);
  const found = await tryConnection(ctx, userId, connectionOf(input));
  return { ok: true as const, ...found };
}

export async function createSource(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof sourceInput>,
  access: SourceAccess,
): Promise<SourceView> {
  checkAccess(input.kind, access);
  const connection = connectionOf(input);
  await tryConnection(ctx, userId, connection);
  const now = ctx.clock.now();
  const reachBackMonths = input.reachBackMonths ?? 12;
  const windowFrom = new Date(now);
  windowFrom.setUTCMonth(windowFrom.getUTCMonth() - reachBackMonths);
  const source = await ctx.repos.sources.create(
    userId,
    connection.kind,
    {
      name: input.name ?? connection.defaultName,
      mode: input.mode ?? 'review',
      paused: false,
      keepSubjects: input.keepSubjects ?? false,
      largeMeetingSize: input.largeMeetingSize ?? 8,
      countLargeMeetings: input.countLargeMeetings ?? false,
      reachBackMonths,
      intervalMinutes: input.intervalMinutes ?? 15,
      replyDelayHours: input.replyDelayHours ?? 24,
      settings: connection.settings,
    },
    connection.secret ? sealCredentials(ctx.settings.secret, connection.secret) : null,
    windowFrom.toISOString(),
    now.toISOString(),
  );
  return presentSource(source);
}

export async function listSources(ctx: AppContext, userId: string): Promise<SourceView[]> {
  return (await ctx.repos.sources.list(userId)).map(presentSource);
}

export async function requireSource(ctx: AppContext, userId: string, id: string) {
  const source = await ctx.repos.sources.findById(userId, id);
  if (!source) throw notFound('Source');
  return source;
}

export async function getSource(ctx: AppContext, userId: string, id: string) {
  return presentSource(await requireSource(ctx, userId, id));
}

/** Changes choices; a new password (or calendars, Sent folder) is tested before it is kept. */
export async function updateSource(
  ctx: AppContext,
  userId: string,
  id: string,
  changes: z.output<typeof sourceChanges>,
) {
  const source = await requireSource(ctx, userId, id);
  const { password, calendars, sentFolder, ...choices } = changes;
  if (calendars !== undefined && source.kind !== 'caldav')
    throw invalidInput('calendars: Only a CalDAV source has calendars to choose');
  if (sentFolder !== undefined && source.kind !== 'imap')
    throw invalidInput('sentFolder: Only a mailbox has a Sent folder');
  if (password !== undefined && source.kind !== 'caldav' && source.kind !== 'imap')
    throw invalidInput('password: This source has no password');
  const settings = {
    ...source.settings,
    ...(calendars !== undefined && { calendars }),
    ...(sentFolder !== undefined && { sentFolder }),
  };
  let credentials: string | undefined;
  if (password !== undefined || calendars !== undefined || sentFolder !== undefined) {
    const secret = password !== undefined ? { password } : undefined;
    const connection: Connection = {
      kind: source.kind,
      settings,
      secret: secret ?? (await storedSecret(ctx, source)),
      defaultName: source.name,
    };
    await tryConnection(ctx, userId, connection);
    if (secret) credentials = sealCredentials(ctx.settings.secret, secret);
  }
  const now = isoNow(ctx.clock);
  await ctx.repos.sources.update(
    userId,
    id,
    {
      ...choices,
      settings,
      ...(credentials && { credentials, lastError: null }),
    },
    now,
  );
  // Resuming, or a fixed password, syncs on the next tick rather than after the backoff.
  if (choices.paused === false || credentials) {
    await ctx.store.db
      .updateTable('sources')
      .set({ next_sync_at: now, failures: 0 })
      .where('id', '=', id)
      .execute();
  }
  return getSource(ctx, userId, id);
}

async function storedSecret(ctx: AppContext, source: SourceRecord) {
  if (!source.credentials) return null;
  try {
    return openCredentials<{ password?: string; url?: string }>(
      ctx.settings.secret,
      source.credentials,
    );
  } catch (error) {
    if (error instanceof CredentialsUnreadable) throw invalidInput(`password: ${error.message}`);
    throw error;
  }
}

/** Removes a source; what it captured goes too when asked (typed conversations never do). */
export async function removeSource(
  ctx: AppContext,
  userId: string,
  id: string,
  removeCaptured: boolean,
): Promise<{ removed: number }> {
  const now = isoNow(ctx.clock);
  return inTransaction(ctx, async (repos) => {
    const source = await repos.sources.findById(userId, id);
    if (!source) throw notFound('Source');
    let removed = 0;
    if (removeCaptured) {
      const captured = await repos.captured.list(userId, id);
      await repos.captured.deleteMany(
        userId,
        captured.map((c) => c.id),
      );
      for (const c of captured) await repos.search.remove(userId, c.id);
      await repos.people.refreshContactStats(
        userId,
        captured.flatMap((c) => c.personIds),
        now,
      );
      await repos.personItems.deleteOpenOfSource(userId, id);
      removed = captured.length;
    } else {
      await repos.captured.detach(userId, id);
    }
    await repos.personItems.detachSource(userId, id);
    await repos.sources.delete(userId, id);
    return { removed };
  });
}
