// Loading a full export into an empty account (a new server, a fresh laptop): all of it in one
// transaction, ids kept when free, then the derived data (contact stats, search) rebuilt. An
// account that already holds records is refused: a restore never mixes two histories. The
// document's team section is checked and left alone: workspace membership comes from an invite
// on the server the workspace lives on, never from a file.

import type { z } from 'zod';
import { profileChanges } from '../accounts/profile';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import { type exportDocument, planRestore } from './export-document';
import { SECTIONS } from './export-sections';
import { rebuildSearchIndex } from './search-rebuild';
import { inTransferTransaction } from './transfer-store';

export interface RestoreResult {
  /** Records restored per section. */
  restored: Record<string, number>;
  /** True when some ids were taken in this database, so every record got a new one. */
  remapped: boolean;
}

export async function restoreAccount(
  ctx: AppContext,
  userId: string,
  document: z.output<typeof exportDocument>,
): Promise<RestoreResult> {
  const profile = profileChanges.safeParse({
    name: document.account.name,
    timeZone: document.account.timeZone,
    workingHours: document.account.workingHours,
  });
  if (!profile.success) {
    const issue = profile.error.issues[0]!;
    throw invalidInput(`account.${issue.path.join('.')}: ${issue.message}`);
  }
  if (!(await ctx.repos.users.findById(userId))) throw notFound('User');
  const now = isoNow(ctx.clock);
  try {
    return await inTransferTransaction(ctx, async (store) => {
      for (const section of SECTIONS) {
        const count = await store.rows.count(section.table, userId);
        if (count > 0) {
          throw conflict(
            `Restore needs an empty account; this one already has ${count} ${section.key}. ` +
              'Restore into a new account, or delete this one first.',
          );
        }
      }
      const plan = await planRestore(
        document.data,
        userId,
        await store.catalog.tables(),
        async (table, ids) => (await store.rows.existing(table, 'id', ids)).size > 0,
      );
      for (const { table, rows } of plan.tables) {
        for (const group of bySignature(rows)) await store.rows.insert(table, group);
      }
      await store.repos.people.fillMissingValues(userId);
      await store.rows.recomputeContactStats(userId);
      await rebuildSearchIndex(store, userId);
      await store.repos.users.update(
        userId,
        { ...profile.data, preferences: document.settings.preferences },
        now,
      );
      return { restored: plan.counts, remapped: plan.remapped };
    });
  } catch (error) {
    if (error instanceof AppError || !isDatabaseError(error)) throw error;
    // A value the columns refuse (text where a number goes, a missing required field).
    throw invalidInput(`The file does not fit this database: ${(error as Error).message}`);
  }
}

/** Rows grouped by their set of columns, so each group can be one multi-row INSERT. */
function bySignature<T extends Record<string, unknown>>(rows: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = Object.keys(row).sort().join(',');
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}

function isDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (/^SQLITE_/.test(code) || /^[0-9A-Z]{5}$/.test(code));
}
