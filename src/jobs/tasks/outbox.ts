// Delivers the outbox on every tick: what the other tasks just queued (this task runs last), and
// rows whose earlier attempt failed or whose sender died (once their lease ran out). Messages done
// with (sent, or given up) are forgotten after a week: they hold mail bodies about people.
import { deliverOutbox } from '../../app/outbox/outbox-sender';
import type { ScheduledTask } from '../scheduler';

export const OUTBOX_KEEP_MS = 7 * 24 * 3600_000;

export const outboxSender: ScheduledTask = {
  name: 'outbox',
  async run(ctx, now) {
    await deliverOutbox(ctx);
    await ctx.repos.outbox.prune(new Date(now.getTime() - OUTBOX_KEEP_MS).toISOString());
  },
};
