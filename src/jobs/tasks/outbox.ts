// Delivers the outbox on every tick: what the other tasks just queued (this task runs last), and
// rows whose earlier attempt failed or whose sender died (once their lease ran out).
import { deliverOutbox } from '../../app/outbox/outbox-sender';
import type { ScheduledTask } from '../scheduler';

export const outboxSender: ScheduledTask = {
  name: 'outbox',
  async run(ctx) {
    await deliverOutbox(ctx);
  },
};
