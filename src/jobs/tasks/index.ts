// Every scheduled task, run on the minute tick.
import type { ScheduledTask } from '../scheduler';
import { dailyDigest } from './daily-digest';
import { outboxSender } from './outbox';
import { pairingRounds } from './pairing-rounds';
import { statusUpdateDrafts } from './status-update-drafts';

// The outbox sender runs last, so what the others queued leaves on the same tick.
export const scheduledTasks: ScheduledTask[] = [
  statusUpdateDrafts,
  dailyDigest,
  pairingRounds,
  outboxSender,
];
