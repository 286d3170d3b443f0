import type { Migration } from './migration';

/**
 * Every foreign key gets an index on its referencing column. Deleting a person (or an account of
 * 10,000 people, or a workspace) makes the database look up the rows that point at each deleted
 * row, to cascade or refuse; without an index that lookup reads the whole referencing table once
 * per deleted row, so on a shared server an account deletion grew with everybody's data. The list
 * came from PostgreSQL's catalogue after 0027: the foreign keys whose first column no index
 * leads with.
 */
const UNINDEXED: [table: string, column: string][] = [
  ['blockers', 'person_id'],
  ['capture_ignored_people', 'person_id'],
  ['capture_pending_events', 'owner_id'],
  ['capture_seen', 'owner_id'],
  ['capture_threads', 'owner_id'],
  ['capture_threads', 'person_id'],
  ['contact_sync_conflicts', 'account_id'],
  ['contact_sync_conflicts', 'person_id'],
  ['contact_sync_links', 'owner_id'],
  ['flex_entries', 'person_id'],
  ['invites', 'created_by'],
  ['invites', 'used_by'],
  ['job_runs', 'owner_id'],
  ['outbox', 'owner_id'],
  ['pairing_exclusions', 'author_id'],
  ['pairing_exclusions', 'excluded_id'],
  ['pairing_feedback', 'from_id'],
  ['pairing_feedback', 'with_id'],
  ['password_resets', 'created_by'],
  ['team_prompt_answers', 'member_id'],
  ['team_prompts', 'author_id'],
  ['team_prompts', 'workspace_id'],
  ['trips', 'person_id'],
  ['welcome_items', 'other_id'],
  ['welcome_items', 'round_id'],
  ['welcome_items', 'workspace_id'],
  ['work_suggestions', 'accomplishment_id'],
  ['workspace_invites', 'invited_by'],
  ['workspace_invites', 'workspace_id'],
];

export const foreignKeyIndexes: Migration = {
  name: '0028-foreign-key-indexes',
  async up(db) {
    for (const [table, column] of UNINDEXED) {
      await db.schema
        .createIndex(`${table}_${column}_fk`)
        .ifNotExists()
        .on(table)
        .column(column)
        .execute();
    }
  },
};
