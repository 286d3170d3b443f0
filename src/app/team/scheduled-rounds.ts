// Rounds on schedule: every minute each workspace is asked whether its round is due on its own
// clock; the first instance to claim `pairing:<workspace>:<date>` forms and sends it, once,
// however many instances run. A round that fails gives its claim back to be tried again.
import type { AppContext } from '../context';
import { deliverRound } from './round-delivery';
import { roundDueOn } from './round-schedule';
import { formRound } from './rounds';
import { pairingOf } from './workspaces';

export async function runDueRounds(ctx: AppContext, now: Date): Promise<string[]> {
  const formed: string[] = [];
  for (const workspace of await ctx.repos.workspaces.listAll()) {
    const settings = pairingOf(workspace);
    const anchor =
      typeof workspace.pairing.anchor === 'string' ? workspace.pairing.anchor : undefined;
    const date = roundDueOn(settings, anchor, now);
    if (!date) continue;
    const key = `pairing:${workspace.id}:${date}`;
    if (!(await ctx.repos.jobRuns.claim(key, null, now.toISOString()))) continue;
    try {
      const round = await formRound(ctx, workspace, { origin: 'scheduled', dryRun: false, now });
      formed.push(workspace.id);
      await deliverRound(ctx, workspace, round, now);
    } catch (error) {
      if (!formed.includes(workspace.id)) await ctx.repos.jobRuns.release(key);
      ctx.log.error({ err: error, workspaceId: workspace.id }, 'pairing round failed');
    }
  }
  return formed;
}
