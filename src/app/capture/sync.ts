// Syncing sources: now (a user's "sync"), or when due (the scheduler). One instance syncs a
// source at a time (a lease on its row), so a fleet captures each item once; a failure is kept on
// the source in plain words and backs off (15 minutes, doubling, at most 6 hours); one source's
// failure never stops the others.

import type { SourceRecord } from '../../store/sources/source-repository';
import type { AppContext } from '../context';
import { syncCalendar } from './calendar-sync';
import { syncMail } from './mail-sync';
import { emptyTally, type SyncTally } from './recorder';
import { requireSource } from './sources';
import { syncGitPaths } from './work-suggestions';

export interface SyncReport extends SyncTally {
  sourceId: string;
  name: string;
  error: string | null;
}

const LEASE_MS = 30 * 60_000;
const FIRST_BACKOFF_MS = 15 * 60_000;
const MAX_BACKOFF_MS = 6 * 3600_000;
/** How long "sync now" waits for a sync already running elsewhere to finish. */
const WAIT_FOR_OTHER_MS = 120_000;

export function backoffMs(failures: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

/** The user's words for what went wrong (clients already say it plainly; never a password). */
function plainError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message || 'The source could not be read').slice(0, 500);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Syncs one source. With `wait`, a sync running elsewhere is waited for and then this one runs
 * (finding nothing new); without, the source is skipped (the scheduler's way).
 */
export async function runSync(
  ctx: AppContext,
  source: SourceRecord,
  { wait }: { wait: boolean },
): Promise<SyncReport | null> {
  const started = Date.now();
  for (;;) {
    const now = ctx.clock.now();
    const leased = await ctx.repos.sources.lease(
      source.id,
      now.toISOString(),
      new Date(now.getTime() + LEASE_MS).toISOString(),
    );
    if (leased) break;
    if (!wait || Date.now() - started > WAIT_FOR_OTHER_MS) return null;
    await sleep(100);
  }
  // Read again under the lease: the cursor may have moved while waiting.
  const fresh = (await ctx.repos.sources.findById(source.ownerId, source.id)) ?? source;
  const tally = emptyTally();
  let error: string | null = null;
  try {
    const cursor = await syncOnce(ctx, fresh, tally);
    const now = ctx.clock.now();
    await ctx.repos.sources.finishSync(
      fresh.id,
      {
        ok: true,
        cursor,
        seen: tally.seen,
        captured: tally.captured,
        nextSyncAt: new Date(now.getTime() + fresh.intervalMinutes * 60_000).toISOString(),
      },
      now.toISOString(),
    );
  } catch (failure) {
    error = plainError(failure);
    const now = ctx.clock.now();
    await ctx.repos.sources.finishSync(
      fresh.id,
      {
        ok: false,
        error,
        nextSyncAt: new Date(now.getTime() + backoffMs(fresh.failures + 1)).toISOString(),
      },
      now.toISOString(),
    );
    Object.assign(tally, emptyTally());
  }
  ctx.metrics.captureSync(fresh.kind, error ? 'failed' : 'ok');
  return { sourceId: fresh.id, name: fresh.name, ...tally, error };
}

async function syncOnce(ctx: AppContext, source: SourceRecord, tally: SyncTally) {
  switch (source.kind) {
    case 'ics':
    case 'caldav':
      return syncCalendar(ctx, source, tally);
    case 'imap':
      return syncMail(ctx, source, tally);
    case 'git': {
      // Commits become suggested accomplishments (filed only when the user accepts them).
      const paths = (source.settings.paths as string[] | undefined) ?? [];
      const since = source.lastSuccessAt ?? source.windowFrom;
      const result = await syncGitPaths(ctx, source.ownerId, paths, since, ctx.capture.git);
      tally.seen += result.seen;
      return source.cursor;
    }
  }
}

/** "Sync now" for one of the user's sources. */
export async function syncSourceNow(ctx: AppContext, userId: string, id: string) {
  const source = await requireSource(ctx, userId, id);
  return (await runSync(ctx, source, { wait: true }))!;
}

/** "Sync now" for every source of the user (paused ones too: the user asked). */
export async function syncAllNow(ctx: AppContext, userId: string): Promise<SyncReport[]> {
  const reports: SyncReport[] = [];
  for (const source of await ctx.repos.sources.list(userId)) {
    const report = await runSync(ctx, source, { wait: true });
    if (report) reports.push(report);
  }
  return reports;
}

/** The scheduler's part: every due source, one after the other; counts of what happened. */
export async function syncDueSources(ctx: AppContext) {
  const due = await ctx.repos.sources.listDue(ctx.clock.now().toISOString());
  const totals = { sources: 0, failed: 0, captured: 0, noticed: 0 };
  for (const source of due) {
    try {
      const report = await runSync(ctx, source, { wait: false });
      if (!report) continue;
      totals.sources += 1;
      totals.captured += report.captured;
      totals.noticed += report.noticed;
      if (report.error) totals.failed += 1;
    } catch (error) {
      // The database itself failed for this source; the others still get their turn.
      totals.failed += 1;
      ctx.log.error({ err: error, sourceId: source.id }, 'capture sync failed');
    }
  }
  return totals;
}
