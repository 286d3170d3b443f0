// Push nudges on the minute tick: at most one per user per tick, at the moment that suits both
// sides (domain/nudges), each sent once across instances (app/push/push-nudges).
import type { AppContext } from '../../app/context';
import { sendPushNudges } from '../../app/push/push-nudges';
import type { ScheduledTask } from '../scheduler';

export const pushNudges: ScheduledTask = {
  name: 'push-nudges',
  async run(ctx: AppContext, now: Date) {
    await sendPushNudges(ctx, now);
  },
};
