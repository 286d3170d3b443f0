// What a full export holds, one entry per kind of record. A section is a table the user owns;
// every column is exported (camelCased) except the owner and what a restore recomputes, so a
// column added later travels without a change here. A new table plugs in with one entry below
// (the transfer tests fail until it does, or until NOT_EXPORTED says why it stays out).
import { z } from 'zod';
import { ASSIGNEES, ROUTINE_KINDS } from '../../domain/availability/types';
import {
  ABOUTS,
  CHANNELS,
  IMPORTANT_DATE_TYPES,
  INITIATORS,
  PERSON_KINDS,
} from '../../domain/index';

/** Rows of another table nested in each record (a person's dates, an interaction's people). */
export interface ChildSpec {
  key: string;
  table: string;
  /** The child's column holding the parent's id. */
  parentColumn: string;
  order: string[];
  /** Exported as a plain list of this column's values (an interaction's person ids). */
  listOf?: string;
  /** Columns copied from the parent on restore instead of exported (interaction_people.at). */
  fromParent?: Record<string, string>;
  refs?: Record<string, string>;
  json?: string[];
}

export interface SectionSpec {
  /** Key under `data` in the document. */
  key: string;
  table: string;
  order: string[];
  /** Columns holding JSON text, exported parsed. */
  json?: string[];
  /** 0/1 columns, exported as booleans. */
  flags?: string[];
  /** Names in the document that differ from the camelCased column (is_key → key, as the API). */
  rename?: Record<string, string>;
  /** Columns a restore recomputes, left out of the document. */
  derived?: string[];
  /** Columns holding the id of another section's record: column → section key. */
  refs?: Record<string, string>;
  /** Columns holding a JSON list of another section's ids. */
  listRefs?: Record<string, string>;
  children?: ChildSpec[];
  /** Checks beyond the columns' types, for values other code relies on. */
  check?: z.ZodType;
}

const iso = z.string().min(1).max(40);

/** In restore order: a section comes after the sections it refers to. */
export const SECTIONS: SectionSpec[] = [
  {
    key: 'people',
    table: 'people',
    order: ['created_at', 'id'],
    json: ['tags', 'facts', 'links', 'working_hours', 'office_days'],
    flags: ['is_key', 'paused'],
    rename: { is_key: 'key' },
    derived: [
      'name_key',
      'last_interaction_id',
      'last_interaction_at',
      'last_note',
      'last_about',
      'last_initiator',
      'interaction_count',
    ],
    children: [
      {
        key: 'dates',
        table: 'person_dates',
        parentColumn: 'person_id',
        order: ['type', 'month', 'day', 'id'],
      },
      {
        // E-mails, phones and addresses (an export from before 0015 has none: a restore makes
        // them from `email` and `phone`).
        key: 'contactValues',
        table: 'person_values',
        parentColumn: 'person_id',
        order: ['kind', 'position', 'id'],
      },
    ],
    check: z.looseObject({
      name: z.string().trim().min(1).max(200),
      kind: z.enum(PERSON_KINDS),
      tags: z.array(z.string()),
      facts: z.array(z.string()),
      links: z.array(z.string()),
      createdAt: iso,
      updatedAt: iso,
      dates: z.array(
        z.looseObject({
          type: z.enum(IMPORTANT_DATE_TYPES),
          month: z.number().int().min(1).max(12),
          day: z.number().int().min(1).max(31),
        }),
      ),
    }),
  },
  {
    key: 'interactions',
    table: 'interactions',
    order: ['at', 'id'],
    children: [
      {
        key: 'personIds',
        table: 'interaction_people',
        parentColumn: 'interaction_id',
        order: ['person_id'],
        listOf: 'person_id',
        fromParent: { at: 'at' },
        refs: { person_id: 'people' },
      },
    ],
    check: z.looseObject({
      at: iso,
      channel: z.enum(CHANNELS),
      initiator: z.enum(INITIATORS),
      about: z.enum(ABOUTS),
      personIds: z.array(z.string()).min(1, 'An interaction is with at least one person'),
    }),
  },
  {
    key: 'items',
    table: 'person_items',
    order: ['created_at', 'id'],
    refs: { person_id: 'people' },
    check: z.looseObject({ type: z.enum(['reply', 'promise', 'favor', 'event']) }),
  },
  {
    key: 'accomplishments',
    table: 'accomplishments',
    order: ['date', 'created_at', 'id'],
    json: ['links', 'tags'],
    children: [
      {
        key: 'people',
        table: 'accomplishment_people',
        parentColumn: 'accomplishment_id',
        order: ['role', 'person_id'],
        refs: { person_id: 'people' },
      },
    ],
  },
  {
    // Suggested from the user's commits; answered ones keep their day from being suggested again.
    key: 'workSuggestions',
    table: 'work_suggestions',
    order: ['date', 'created_at', 'id'],
    json: ['commits'],
    refs: { accomplishment_id: 'accomplishments' },
    check: z.looseObject({ status: z.enum(['open', 'accepted', 'dismissed']) }),
  },
  {
    key: 'flexEntries',
    table: 'flex_entries',
    order: ['date', 'created_at', 'id'],
    refs: { person_id: 'people' },
  },
  {
    key: 'blockers',
    table: 'blockers',
    order: ['since', 'created_at', 'id'],
    refs: { person_id: 'people' },
  },
  {
    key: 'statusUpdates',
    table: 'status_updates',
    order: ['created_at', 'id'],
    json: ['recipients'],
  },
  { key: 'proposals', table: 'proposals', order: ['created_at', 'id'], json: ['answers'] },
  {
    key: 'trips',
    table: 'trips',
    order: ['from_date', 'created_at', 'id'],
    refs: { person_id: 'people' },
  },
  {
    key: 'routines',
    table: 'routines',
    order: ['created_at', 'id'],
    json: ['rule'],
    listRefs: { person_ids: 'people' },
    // The routes answer these as enums (RoutineSchema).
    check: z.looseObject({
      kind: z.enum(ROUTINE_KINDS),
      assignee: z.enum(ASSIGNEES).nullable().optional(),
    }),
  },
  {
    // One date of a routine marked done or skipped.
    key: 'routineMarks',
    table: 'routine_marks',
    order: ['occurrence_date', 'id'],
    refs: { routine_id: 'routines' },
    check: z.looseObject({ status: z.enum(['done', 'skipped']) }),
  },
];

/**
 * Tables with an owner column that a full export leaves out, and why. Anything else that a user
 * owns must be a section or a section's child.
 */
export const NOT_EXPORTED: Record<string, string> = {
  users: 'the account itself: its profile and settings are in the document’s envelope',
  sessions: 'sign-in sessions are secrets of one browser',
  api_tokens: 'token secrets are never exported; create new tokens after a restore',
  invites: 'invitations belong to the workspace, not to the person’s data',
  signin_failures: 'sign-in limits',
  password_resets: 'one-time password reset links are secrets, and expire within a day',
  oidc_identities:
    'which account at the company’s identity provider signs in here: meaningful only on this server',
  search_index: 'rebuilt from people and interactions on restore',
  job_runs: 'bookkeeping of scheduled runs',
  agenda_changes: 'bookkeeping of Today’s cache: which person changed at which data version',
  idempotency_keys:
    'replies to retried writes, kept 48 hours so a write is not made twice (the writes themselves are exported)',
  push_subscriptions:
    'a push subscription belongs to one browser and its keys; subscribe the phone again after a restore',
  push_nudges: 'push bookkeeping: which items were pushed today',
  server_keys: 'server keys (push), not a user’s data',
  outbox: 'mail and posts waiting to be delivered, or delivered: delivery bookkeeping',
  contact_sync_accounts:
    'address-book connections hold a stored password; add the account again after a restore',
  contact_sync_links: 'sync bookkeeping of an address-book connection (rebuilt by its first sync)',
  contact_sync_conflicts: 'sync bookkeeping of an address-book connection',
  sources:
    'calendar and mailbox connections hold a stored password or secret address; add them again after a restore (what they captured is in interactions)',
  capture_noticed:
    'conversations a source noticed and awaiting review: found again by the next sync',
  capture_seen: 'capture bookkeeping: large meetings seen, recomputed by the next sync',
  capture_threads:
    'capture bookkeeping: mail threads awaiting a reply, recomputed by the next sync',
  capture_pending_events: 'capture bookkeeping: meetings not over yet',
  capture_unknowns:
    'addresses seen in mail that match nobody you keep: found again by the next sync',
  capture_sightings: 'capture bookkeeping behind the suggestions of people to add',
  capture_ignored_people:
    'capture bookkeeping: "never from this person" choices, kept with the sources they apply to',
  welcome_items:
    'first hellos of a workspace’s welcome round: they live with the workspace, on its server',
};
