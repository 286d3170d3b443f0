// One sync of an address book at a time, and syncs on a schedule. A sync first takes the
// account's lease in the database (0026), so a user's "sync" and the scheduler's, on any number
// of instances, never merge the same cards twice at once (two would both create the people a new
// card brings, or both write a card over the other's etag). After a sync the account is due again
// in 15 minutes; after a failure (kept as lastError) the wait doubles, up to 6 hours.

import type { ContactSyncAccount } from '../../store/contacts-sync/contact-sync-repository';
import { backoffMs } from '../capture/sync';
import type { AppContext } from '../context';
import { conflict } from '../errors';
import { type SyncReport, syncAccount } from './sync-account';

const LEASE_MS = 30 * 60_000;
const INTERVAL_MS = 15 * 60_000;
/** How long a user's "sync" waits for one running elsewhere before saying so. */
const WAIT_FOR_OTHER_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Syncs one account under its lease. With `wait` (a user asked), a sync running elsewhere is
 * waited for and this one runs after it; without (the scheduler), the account is skipped: null.
 */
export async function syncUnderLease(
  ctx: AppContext,
  userId: string,
  account: ContactSyncAccount,
  { wait }: { wait: boolean },
): Promise<SyncReport | null> {
  const started = Date.now();
  for (;;) {
    const now = ctx.clock.now();
    const until = new Date(now.getTime() + LEASE_MS).toISOString();
    if (await ctx.repos.contactSync.lease(userId, account.id, now.toISOString(), until)) break;
    if (!wait) return null;
    if (Date.now() - started > WAIT_FOR_OTHER_MS)
      throw conflict('This address book is being synced right now; try again in a few minutes');
    await sleep(100);
  }
  // Read again under the lease: the sync that held it moved the cursor.
  const fresh = (await ctx.repos.contactSync.findAccount(userId, account.id)) ?? account;
  try {
    const report = await syncAccount(ctx, userId, fresh);
    await ctx.repos.contactSync.release(userId, fresh.id, true, later(ctx, INTERVAL_MS));
    return report;
  } catch (error) {
    await ctx.repos.contactSync.release(
      userId,
      fresh.id,
      false,
      later(ctx, backoffMs(fresh.failures + 1)),
    );
    throw error;
  }
}

/** The scheduler's part: every due account of every user; how many synced and failed. */
export async function syncDueContactAccounts(ctx: AppContext) {
  const totals = { synced: 0, failed: 0 };
  for (const due of await ctx.repos.contactSync.listDue(ctx.clock.now().toISOString())) {
    try {
      const account = await ctx.repos.contactSync.findAccount(due.ownerId, due.id);
      if (!account || account.paused) continue;
      if (await syncUnderLease(ctx, due.ownerId, account, { wait: false })) totals.synced += 1;
    } catch {
      // Kept on the account as lastError (syncAccount); the others still get their turn.
      totals.failed += 1;
    }
  }
  return totals;
}

const later = (ctx: AppContext, ms: number) =>
  new Date(ctx.clock.now().getTime() + ms).toISOString();
