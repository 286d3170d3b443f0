// Every migration, in order. Append only: a released migration is never edited or removed.
import { accounts } from './0001-accounts';
import { people } from './0002-people';
import { credit } from './0003-credit';
import { timeAndPlace } from './0004-time-and-place';
import { team } from './0005-team';
import { welcomeItems } from './0006-welcome-items';
import { onboarding } from './0007-onboarding';
import { dateOccurrences } from './0009-date-occurrences';
import { teamRollout } from './0011-team-rollout';
import { blockers } from './0012-blockers';
import { passwordResets } from './0013-password-resets';
import { outbox } from './0014-outbox';
import type { Migration } from './migration';

export const migrations: readonly Migration[] = [
  accounts,
  people,
  credit,
  timeAndPlace,
  team,
  welcomeItems,
  onboarding,
  dateOccurrences,
  blockers,
  passwordResets,
  outbox,
  teamRollout,
];
