// Team work on the minute tick: coffee rounds of every workspace at its own weekday and hour,
// and birthday and anniversary announcements in each member's zone. One task, because both walk
// the same workspaces and both claim their own keys (see app/team).

import type { AppContext } from '../../app/context';
import { announceCelebrations } from '../../app/team/celebrations';
import { runDueRounds } from '../../app/team/scheduled-rounds';
import type { ScheduledTask } from '../scheduler';

export const pairingRounds: ScheduledTask = {
  name: 'pairing-rounds',
  async run(ctx: AppContext, now: Date) {
    await runDueRounds(ctx, now);
    await announceCelebrations(ctx, now);
  },
};
