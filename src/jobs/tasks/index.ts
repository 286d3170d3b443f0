// Every scheduled task, run on the minute tick.
import type { ScheduledTask } from '../scheduler';
import { captureSync } from './capture-sync';
import { contactsSync } from './contacts-sync';
import { dailyDigest } from './daily-digest';
import { outboxSender } from './outbox';
import { pairingRounds } from './pairing-rounds';
import { pushNudges } from './push-nudges';
import { statusUpdateDrafts } from './status-update-drafts';

// The outbox sender runs after what queues mail, so what they queued leaves on the same tick.
export const scheduledTasks: ScheduledTask[] = [
  statusUpdateDrafts,
  dailyDigest,
  pairingRounds,
  outboxSender,
  pushNudges,
  // Last: its syncs may take a while and queue nothing for the outbox.
  captureSync,
  contactsSync,
];
