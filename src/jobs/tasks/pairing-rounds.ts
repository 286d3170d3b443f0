// Team work on the minute tick: coffee rounds of every workspace at its own weekday and hour,
// birthday and anniversary announcements in each member's zone, and the water-cooler prompt of
// the week. One task, because all walk the same workspaces and claim their own keys (app/team).

import type { AppContext } from '../../app/context';
import { announceCelebrations } from '../../app/team/celebrations';
import { postWeeklyPrompts } from '../../app/team/prompts';
import { runDueRounds } from '../../app/team/scheduled-rounds';
import type { ScheduledTask } from '../scheduler';

export const pairingRounds: ScheduledTask = {
  name: 'pairing-rounds',
  async run(ctx: AppContext, now: Date) {
    await runDueRounds(ctx, now);
    await announceCelebrations(ctx, now);
    await postWeeklyPrompts(ctx, now);
  },
};
