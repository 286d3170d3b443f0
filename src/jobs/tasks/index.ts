// Every scheduled task, run on the minute tick.
import type { ScheduledTask } from '../scheduler';
import { dailyDigest } from './daily-digest';
import { pairingRounds } from './pairing-rounds';
import { statusUpdateDrafts } from './status-update-drafts';
import { teamMail } from './team-mail';

export const scheduledTasks: ScheduledTask[] = [
  statusUpdateDrafts,
  dailyDigest,
  pairingRounds,
  teamMail,
];
