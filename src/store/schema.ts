// Row shapes as stored. Instants are UTC ISO-8601 strings (they sort as text on both databases);
// flags are 0/1 integers and structured values JSON text, so both dialects store the same thing.

export interface UserRow {
  id: string;
  email: string;
  email_key: string;
  display_name: string;
  time_zone: string;
  working_hours: string;
  role: UserRole;
  password_hash: string;
  /** JSON: the user's own settings, such as cadence defaults. */
  preferences: string;
  data_version: number;
  created_at: string;
  updated_at: string;
  /** Set while an owner or admin has disabled the account (0024). */
  disabled_at: string | null;
}

/** The owner set Rapport up; admins help administer accounts; members use it. */
export type UserRole = 'owner' | 'admin' | 'member';

export interface SessionRow {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface ApiTokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface InviteRow {
  id: string;
  token_hash: string;
  created_by: string;
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface PasswordResetRow {
  id: string;
  token_hash: string;
  user_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OidcIdentityRow {
  id: string;
  user_id: string;
  issuer: string;
  subject: string;
  email: string | null;
  created_at: string;
  last_used_at: string;
}

export interface SigninFailureRow {
  id: string;
  key: string;
  at: string;
}

export interface MigrationRow {
  name: string;
  applied_at: string;
}

export interface PersonRow {
  id: string;
  owner_id: string;
  name: string;
  name_key: string;
  kind: string;
  is_key: number;
  team: string | null;
  company: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
  city: string | null;
  country: string | null;
  /** The named office the person works from ("Berlin HQ"); null: none recorded. */
  office: string | null;
  time_zone: string | null;
  working_hours: string | null;
  tags: string;
  facts: string;
  links: string;
  notes: string | null;
  cadence_days: number | null;
  snoozed_until: string | null;
  paused: number;
  last_interaction_id: string | null;
  last_interaction_at: string | null;
  last_note: string | null;
  last_about: string | null;
  last_initiator: string | null;
  interaction_count: number;
  office_days: string;
  new_since: string | null;
  last_talked_estimate: string | null;
  /** When the person was archived (by hand, or their card left the address book); null: not. */
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One e-mail address, phone number or postal address of a person (migration 0015). */
export interface PersonValueRow {
  id: string;
  owner_id: string;
  person_id: string;
  /** 'email', 'phone' or 'address'. */
  kind: string;
  position: number;
  label: string | null;
  /** 1 for the one preferred value of its kind. */
  preferred: number;
  /** The e-mail or number as given; an address on one line. */
  value: string;
  /** Lower-cased e-mail, the number's digits (leading + kept), lower-cased address line. */
  value_key: string;
  street: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country: string | null;
}

export interface PersonDateRow {
  id: string;
  owner_id: string;
  person_id: string;
  type: string;
  label: string | null;
  month: number;
  day: number;
  year: number | null;
  /** The occurrence (YYYY-MM-DD, the person's calendar) marked done or skipped. */
  handled_on?: string | null;
  /** 'done' or 'skipped'. */
  handled_as?: string | null;
}

export interface InteractionRow {
  id: string;
  owner_id: string;
  at: string;
  channel: string;
  initiator: string;
  about: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  /** Captured interactions: the source and the item's id there; null when typed. */
  source_id?: string | null;
  external_id?: string | null;
  /** The calendar object a captured meeting came from, to follow moves and deletions. */
  object_key?: string | null;
}

export interface InteractionPersonRow {
  interaction_id: string;
  person_id: string;
  owner_id: string;
  at: string;
}

export interface PersonItemRow {
  id: string;
  owner_id: string;
  person_id: string;
  type: string;
  text: string;
  kind: string | null;
  direction: string | null;
  date: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
  /** A reply owed found by capture: its source and the mail thread's key. */
  source_id?: string | null;
  external_id?: string | null;
}

export interface SearchIndexRow {
  ref_id: string;
  owner_id: string;
  ref_type: string;
  person_id: string;
  body: string;
}

export interface AccomplishmentRow {
  id: string;
  owner_id: string;
  date: string;
  title: string;
  detail: string | null;
  project: string | null;
  impact: string | null;
  links: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

export interface AccomplishmentPersonRow {
  accomplishment_id: string;
  person_id: string;
  owner_id: string;
  role: 'helped' | 'tell';
}

export interface FlexEntryRow {
  id: string;
  owner_id: string;
  date: string;
  text: string;
  person_id: string | null;
  created_at: string;
}

export interface BlockerRow {
  id: string;
  owner_id: string;
  text: string;
  person_id: string | null;
  since: string;
  resolved_on: string | null;
  created_at: string;
  updated_at: string;
}

/** A suggested accomplishment from the user's commits on one repository and day. */
export interface WorkSuggestionRow {
  id: string;
  owner_id: string;
  /** `${date}:${repository}`: one row per repository and day, whatever the user answered. */
  key: string;
  repository: string;
  date: string;
  /** JSON: { sha, at, title }[], oldest first. */
  commits: string;
  text: string;
  status: 'open' | 'accepted' | 'dismissed';
  accomplishment_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface StatusUpdateRow {
  id: string;
  owner_id: string;
  kind: string;
  period_start: string;
  period_end: string;
  subject: string;
  markdown: string;
  recipients: string;
  status: 'draft' | 'sent' | 'failed';
  error: string | null;
  origin: 'manual' | 'scheduled';
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProposalRow {
  id: string;
  owner_id: string;
  answers: string;
  decision: string;
  revisit_on: string | null;
  created_at: string;
  updated_at: string;
}

/** Who changed at which data version, for Today's cache (0025); person '' = the welcomes. */
export interface AgendaChangeRow {
  owner_id: string;
  person_id: string;
  version: number;
}

export interface TaskRunRow {
  task: string;
  last_tick_at: string;
  last_success_at: string | null;
  last_failure_at: string | null;
  last_error: string | null;
  runs: number;
  failures: number;
}

export interface IdempotencyKeyRow {
  owner_id: string;
  route: string;
  key: string;
  request_hash: string;
  status: number | null;
  response: string | null;
  created_at: string;
}

export interface PushSubscriptionRow {
  id: string;
  owner_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  device_name: string;
  created_at: string;
  last_push_at: string | null;
}

export interface PushNudgeRow {
  owner_id: string;
  day: string;
  card_key: string;
  kind: string;
  sent_at: string;
}

export interface ServerKeyRow {
  name: string;
  sealed: string;
  created_at: string;
}

export interface JobRunRow {
  key: string;
  owner_id: string | null;
  ran_at: string;
}

export interface OutboxRow {
  id: string;
  channel: 'email' | 'slack';
  topic: string | null;
  owner_id: string | null;
  recipient: string;
  payload: string;
  message_id: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  leased_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface TripRow {
  id: string;
  owner_id: string;
  person_id: string | null;
  city: string;
  zone: string;
  from_date: string;
  to_date: string;
  created_at: string;
}

export interface RoutineRow {
  id: string;
  owner_id: string;
  kind: string;
  title: string;
  rule: string;
  person_ids: string;
  assignee: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoutineMarkRow {
  id: string;
  owner_id: string;
  routine_id: string;
  occurrence_date: string;
  status: string;
  created_at: string;
}

export interface WorkspaceRow {
  id: string;
  name: string;
  pairing: string;
  slack: string;
  slack_team_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface WorkspaceMemberRow {
  workspace_id: string;
  member_id: string;
  role: 'admin' | 'member';
  joined_at: string;
  profile: string;
  shared: string;
  pairing_opt_in: number;
  pairing_snoozed_until: string | null;
  allow_async: number;
  slack_user_id: string | null;
  newcomer_since: string | null;
}

export interface WorkspaceInviteRow {
  id: string;
  workspace_id: string;
  token_hash: string;
  invited_by: string;
  email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  newcomer: number | null;
}

export interface PairingExclusionRow {
  workspace_id: string;
  author_id: string;
  excluded_id: string;
  created_at: string;
}

export interface PairingRoundRow {
  id: string;
  workspace_id: string;
  kind: 'coffee' | 'welcome';
  round_date: string;
  seed: string;
  origin: 'manual' | 'scheduled';
  audit: string;
  created_at: string;
}

export interface PairingGroupRow {
  id: string;
  round_id: string;
  members: string;
  reason: string;
  slot: string | null;
  weight: number;
}

export interface PairingFeedbackRow {
  round_id: string;
  from_id: string;
  with_id: string;
  answer: 'met' | 'didnt' | 'again';
  created_at: string;
}

export interface TeamPromptRow {
  id: string;
  workspace_id: string;
  text: string;
  author_id: string;
  created_at: string;
}

export interface TeamPromptAnswerRow {
  id: string;
  workspace_id: string;
  prompt_key: string;
  member_id: string;
  text: string;
  created_at: string;
}

export interface WelcomeItemRow {
  id: string;
  owner_id: string;
  workspace_id: string;
  round_id: string;
  other_id: string;
  direction: 'newcomer' | 'colleague';
  reason: string;
  round_date: string;
  state: 'done' | 'dismissed' | null;
  created_at: string;
  updated_at: string;
}

export interface SourceRow {
  id: string;
  owner_id: string;
  kind: string;
  name: string;
  mode: string;
  paused: number;
  keep_subjects: number;
  large_meeting_size: number;
  count_large_meetings: number;
  reach_back_months: number;
  interval_minutes: number;
  reply_delay_hours: number;
  /** JSON, never a secret. */
  settings: string;
  /** Sealed (AES-256-GCM) JSON `{ password }`, or null. */
  credentials: string | null;
  cursor: string | null;
  /** Where calendar windows start, fixed at creation (creation minus the reach-back). */
  window_from: string;
  last_sync_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  failing_since: string | null;
  next_sync_at: string;
  failures: number;
  lease_until: string | null;
  seen_last: number;
  captured_total: number;
  created_at: string;
  updated_at: string;
}

export interface ContactSyncAccountRow {
  id: string;
  owner_id: string;
  url: string;
  username: string;
  /** Sealed (src/app/credentials.ts): `{ password }`. */
  credentials: string;
  book_url: string;
  book_name: string;
  push_new: number;
  paused: number;
  cursor: string | null;
  last_sync_at: string | null;
  last_error: string | null;
  /** When the scheduler syncs it next (null: at its next tick). */
  next_sync_at: string | null;
  /** Failed syncs in a row: the wait before the next one doubles with each. */
  failures: number;
  /** Held while one sync runs (0026), so two never run at once. */
  lease_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface CaptureNoticedRow {
  id: string;
  owner_id: string;
  source_id: string;
  external_id: string;
  object_key: string | null;
  at: string;
  channel: string;
  initiator: string;
  seen_only: number;
  subject: string | null;
  /** JSON array of person ids. */
  person_ids: string;
  state: 'pending' | 'accepted' | 'ignored';
  created_at: string;
  updated_at: string;
}

export interface CaptureSeenRow {
  owner_id: string;
  source_id: string;
  external_id: string;
  object_key: string | null;
  person_id: string;
  at: string;
}

export interface CaptureThreadRow {
  owner_id: string;
  source_id: string;
  thread_key: string;
  person_id: string;
  message_ids: string;
  since: string;
  subject: string | null;
  due_at: string;
  item_id: string | null;
}

export interface CapturePendingEventRow {
  owner_id: string;
  source_id: string;
  external_id: string;
  object_key: string;
  ends_at: string;
  event: string;
}

export interface CaptureUnknownRow {
  id: string;
  owner_id: string;
  email: string;
  name: string | null;
  dismissed: number;
  created_at: string;
  updated_at: string;
}

export interface CaptureSightingRow {
  unknown_id: string;
  owner_id: string;
  conversation_key: string;
  at: string;
}

export interface CaptureIgnoredPersonRow {
  owner_id: string;
  person_id: string;
  created_at: string;
}

export interface ContactSyncLinkRow {
  id: string;
  owner_id: string;
  account_id: string;
  person_id: string;
  uid: string;
  href: string;
  etag: string | null;
  /** The last agreed ContactCard, JSON. */
  snapshot: string;
  removed_at: string | null;
  /** Spent by 0027 (archived_at replaced the pause); always null now. */
  was_paused: number | null;
  synced_at: string;
}

export interface ContactSyncConflictRow {
  id: string;
  owner_id: string;
  account_id: string;
  person_id: string;
  field: string;
  local_value: string;
  remote_value: string;
  created_at: string;
}

export interface Database {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  invites: InviteRow;
  signin_failures: SigninFailureRow;
  password_resets: PasswordResetRow;
  oidc_identities: OidcIdentityRow;
  people: PersonRow;
  contact_sync_accounts: ContactSyncAccountRow;
  contact_sync_links: ContactSyncLinkRow;
  contact_sync_conflicts: ContactSyncConflictRow;
  person_dates: PersonDateRow;
  person_values: PersonValueRow;
  interactions: InteractionRow;
  interaction_people: InteractionPersonRow;
  person_items: PersonItemRow;
  search_index: SearchIndexRow;
  accomplishments: AccomplishmentRow;
  accomplishment_people: AccomplishmentPersonRow;
  flex_entries: FlexEntryRow;
  blockers: BlockerRow;
  work_suggestions: WorkSuggestionRow;
  status_updates: StatusUpdateRow;
  proposals: ProposalRow;
  job_runs: JobRunRow;
  task_runs: TaskRunRow;
  agenda_changes: AgendaChangeRow;
  idempotency_keys: IdempotencyKeyRow;
  outbox: OutboxRow;
  trips: TripRow;
  routines: RoutineRow;
  routine_marks: RoutineMarkRow;
  workspaces: WorkspaceRow;
  workspace_members: WorkspaceMemberRow;
  workspace_invites: WorkspaceInviteRow;
  pairing_exclusions: PairingExclusionRow;
  pairing_rounds: PairingRoundRow;
  pairing_groups: PairingGroupRow;
  pairing_feedback: PairingFeedbackRow;
  team_prompts: TeamPromptRow;
  team_prompt_answers: TeamPromptAnswerRow;
  welcome_items: WelcomeItemRow;
  sources: SourceRow;
  capture_noticed: CaptureNoticedRow;
  capture_seen: CaptureSeenRow;
  capture_threads: CaptureThreadRow;
  capture_pending_events: CapturePendingEventRow;
  capture_unknowns: CaptureUnknownRow;
  capture_sightings: CaptureSightingRow;
  capture_ignored_people: CaptureIgnoredPersonRow;
  push_subscriptions: PushSubscriptionRow;
  push_nudges: PushNudgeRow;
  server_keys: ServerKeyRow;
  rapport_migrations: MigrationRow;
}
