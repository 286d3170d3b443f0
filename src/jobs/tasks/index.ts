// Every scheduled task, run on the minute tick.
import type { ScheduledTask } from '../scheduler';
import { dailyDigest } from './daily-digest';
import { statusUpdateDrafts } from './status-update-drafts';

export const scheduledTasks: ScheduledTask[] = [statusUpdateDrafts, dailyDigest];
