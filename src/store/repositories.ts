// The repositories over one store (or over one transaction of it).
import type { Kysely } from 'kysely';
import { AccomplishmentRepository } from './accomplishments/accomplishment-repository';
import { BlockerRepository } from './blockers/blocker-repository';
import { CaptureStateRepository } from './capture/capture-state-repository';
import { CapturedInteractionRepository } from './capture/captured-interaction-repository';
import { CorrespondentRepository } from './capture/correspondent-repository';
import { NoticedRepository } from './capture/noticed-repository';
import { ContactSyncRepository } from './contacts-sync/contact-sync-repository';
import type { DialectName } from './database';
import { IdempotencyRepository } from './idempotency/idempotency-repository';
import { InteractionRepository } from './interactions/interaction-repository';
import { InviteRepository } from './invites/invite-repository';
import { JobRunRepository } from './jobs/job-run-repository';
import { TaskRunRepository } from './jobs/task-run-repository';
import { OutboxRepository } from './outbox/outbox-repository';
import { PersonRepository } from './people/person-repository';
import { PersonItemRepository } from './person-items/person-item-repository';
import { ProposalRepository } from './proposals/proposal-repository';
import { PushRepository } from './push/push-repository';
import { ScheduleRepository } from './schedules/schedule-repository';
import type { Database } from './schema';
import { SearchRepository } from './search/search-repository';
import { SessionRepository } from './sessions/session-repository';
import { SigninFailureRepository } from './signin/signin-failure-repository';
import { SourceRepository } from './sources/source-repository';
import { StatusUpdateRepository } from './status-updates/status-update-repository';
import { MemberRepository } from './team/member-repository';
import { PairingRepository } from './team/pairing-repository';
import { TeamPromptRepository } from './team/prompt-repository';
import { WelcomeItemRepository } from './team/welcome-item-repository';
import { WorkspaceRepository } from './team/workspace-repository';
import { TokenRepository } from './tokens/token-repository';
import { OidcIdentityRepository } from './users/oidc-identity-repository';
import { PasswordResetRepository } from './users/password-reset-repository';
import { UserRepository } from './users/user-repository';
import { WorkSuggestionRepository } from './work-suggestions/work-suggestion-repository';

export interface Repositories {
  users: UserRepository;
  sessions: SessionRepository;
  tokens: TokenRepository;
  invites: InviteRepository;
  signinFailures: SigninFailureRepository;
  passwordResets: PasswordResetRepository;
  oidcIdentities: OidcIdentityRepository;
  people: PersonRepository;
  interactions: InteractionRepository;
  personItems: PersonItemRepository;
  search: SearchRepository;
  accomplishments: AccomplishmentRepository;
  blockers: BlockerRepository;
  statusUpdates: StatusUpdateRepository;
  proposals: ProposalRepository;
  jobRuns: JobRunRepository;
  taskRuns: TaskRunRepository;
  idempotency: IdempotencyRepository;
  outbox: OutboxRepository;
  schedules: ScheduleRepository;
  workspaces: WorkspaceRepository;
  workspaceMembers: MemberRepository;
  pairing: PairingRepository;
  teamPrompts: TeamPromptRepository;
  welcomeItems: WelcomeItemRepository;
  workSuggestions: WorkSuggestionRepository;
  sources: SourceRepository;
  captured: CapturedInteractionRepository;
  noticed: NoticedRepository;
  captureState: CaptureStateRepository;
  correspondents: CorrespondentRepository;
  contactSync: ContactSyncRepository;
  push: PushRepository;
}

/**
 * `changeStamp`: the store's (Store.changeStamp), for the top-level repositories only; a
 * transaction's see its own uncommitted writes and keep nothing.
 */
export function repositories(
  db: Kysely<Database>,
  dialect: DialectName,
  changeStamp?: () => string,
): Repositories {
  return {
    users: new UserRepository(db, changeStamp),
    sessions: new SessionRepository(db),
    tokens: new TokenRepository(db),
    invites: new InviteRepository(db),
    signinFailures: new SigninFailureRepository(db, dialect),
    passwordResets: new PasswordResetRepository(db),
    oidcIdentities: new OidcIdentityRepository(db),
    people: new PersonRepository(db, dialect),
    interactions: new InteractionRepository(db),
    personItems: new PersonItemRepository(db),
    search: new SearchRepository(db, dialect),
    accomplishments: new AccomplishmentRepository(db),
    blockers: new BlockerRepository(db),
    statusUpdates: new StatusUpdateRepository(db),
    proposals: new ProposalRepository(db),
    jobRuns: new JobRunRepository(db),
    taskRuns: new TaskRunRepository(db),
    idempotency: new IdempotencyRepository(db),
    outbox: new OutboxRepository(db),
    schedules: new ScheduleRepository(db),
    workspaces: new WorkspaceRepository(db),
    workspaceMembers: new MemberRepository(db),
    pairing: new PairingRepository(db),
    teamPrompts: new TeamPromptRepository(db),
    welcomeItems: new WelcomeItemRepository(db),
    workSuggestions: new WorkSuggestionRepository(db),
    sources: new SourceRepository(db),
    captured: new CapturedInteractionRepository(db),
    noticed: new NoticedRepository(db),
    captureState: new CaptureStateRepository(db),
    correspondents: new CorrespondentRepository(db),
    contactSync: new ContactSyncRepository(db),
    push: new PushRepository(db),
  };
}
