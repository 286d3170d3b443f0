// Every migration, in order. Append only: a released migration is never edited or removed.
import { accounts } from './0001-accounts';
import { people } from './0002-people';
import { credit } from './0003-credit';
import { timeAndPlace } from './0004-time-and-place';
import { team } from './0005-team';
import { welcomeItems } from './0006-welcome-items';
import { onboarding } from './0007-onboarding';
import { dateOccurrences } from './0008-date-occurrences';
import { routineMarks } from './0009-routine-marks';
import { teamRollout } from './0010-team-rollout';
import { blockers } from './0011-blockers';
import { passwordResets } from './0012-password-resets';
import { outbox } from './0013-outbox';
import { personOffice } from './0014-person-office';
import { contactValues } from './0015-contact-values';
import { capture } from './0016-capture';
import { carddav } from './0017-carddav';
import { workSuggestions } from './0018-work-suggestions';
import { statementTriggers } from './0019-statement-triggers';
import { taskRuns } from './0020-task-runs';
import { idempotencyKeys } from './0021-idempotency-keys';
import { push } from './0022-push';
import { oidcIdentities } from './0023-oidc-identities';
import { admin } from './0024-admin';
import { agendaChanges } from './0025-agenda-changes';
import { contactSyncSchedule } from './0026-contact-sync-schedule';
import { archivedPeople } from './0027-archived-people';
import { foreignKeyIndexes } from './0028-foreign-key-indexes';
import { agendaChangesOnce } from './0029-agenda-changes-once';
import { bulkWriteChecks } from './0030-bulk-write-checks';
import { personChecksPerStatement } from './0031-person-checks-per-statement';
import { searchRowsIndexed } from './0032-search-rows-indexed';
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
  routineMarks,
  teamRollout,
  blockers,
  passwordResets,
  outbox,
  personOffice,
  contactValues,
  capture,
  carddav,
  workSuggestions,
  statementTriggers,
  taskRuns,
  idempotencyKeys,
  push,
  oidcIdentities,
  admin,
  agendaChanges,
  contactSyncSchedule,
  archivedPeople,
  foreignKeyIndexes,
  agendaChangesOnce,
  bulkWriteChecks,
  personChecksPerStatement,
  searchRowsIndexed,
];
