import type { Migration } from './migration';

// Team tables never hold a user's private records (people, notes, interactions): only what a
// member chose to share about themselves, pairing settings and rounds. Members are named by
// `member_id` (not owner_id/user_id): these rows belong to the workspace, and they leave with the
// account through ON DELETE CASCADE on users.
// biome-ignore lint/suspicious/noExplicitAny: column builder of an untyped migration
const userRef = (c: any) => c.notNull().references('users.id').onDelete('cascade');

/** Workspaces, members and their shared profiles, invites, coffee pairings, prompts. */
export const team: Migration = {
  name: '0005-team',
  async up(db) {
    await db.schema
      .createTable('workspaces')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      // JSON: cadence, weekday, hour, zone, group size, noRepeatRounds, onboarding weeks.
      .addColumn('pairing', 'text', (c) => c.notNull().defaultTo('{}'))
      // JSON: webhook URL or bot token + channel, signing secret, Slack team id. Never returned.
      .addColumn('slack', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('slack_team_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('workspaces_slack_team')
      .on('workspaces')
      .column('slack_team_id')
      .execute();

    await db.schema
      .createTable('workspace_members')
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      .addColumn('member_id', 'text', userRef)
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('joined_at', 'text', (c) => c.notNull())
      // JSON: the member's own directory values, and the list of fields they share.
      .addColumn('profile', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('shared', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('pairing_opt_in', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('pairing_snoozed_until', 'text')
      .addColumn('allow_async', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('slack_user_id', 'text')
      .addPrimaryKeyConstraint('workspace_members_pk', ['workspace_id', 'member_id'])
      .execute();
    await db.schema
      .createIndex('workspace_members_member')
      .on('workspace_members')
      .column('member_id')
      .execute();

    await db.schema
      .createTable('workspace_invites')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('invited_by', 'text', userRef)
      // Set: single use, by the account with this address. Unset: anyone, until it expires.
      .addColumn('email', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();

    // Confidential: read only by the round and by the member who wrote it.
    await db.schema
      .createTable('pairing_exclusions')
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      .addColumn('author_id', 'text', userRef)
      .addColumn('excluded_id', 'text', userRef)
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pairing_exclusions_pk', [
        'workspace_id',
        'author_id',
        'excluded_id',
      ])
      .execute();

    await db.schema
      .createTable('pairing_rounds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('round_date', 'text', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      // JSON: the edges and weights the engine used, for audit. Never returned by a route: the
      // missing edges would reveal confidential exclusions.
      .addColumn('audit', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('pairing_rounds_workspace')
      .on('pairing_rounds')
      .columns(['workspace_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('pairing_groups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('round_id', 'text', (c) =>
        c.notNull().references('pairing_rounds.id').onDelete('cascade'),
      )
      .addColumn('members', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      // JSON: the suggested slot as UTC instants, or null when only async works.
      .addColumn('slot', 'text')
      .addColumn('weight', 'real', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createIndex('pairing_groups_round')
      .on('pairing_groups')
      .column('round_id')
      .execute();

    await db.schema
      .createTable('pairing_feedback')
      .addColumn('round_id', 'text', (c) =>
        c.notNull().references('pairing_rounds.id').onDelete('cascade'),
      )
      .addColumn('from_id', 'text', userRef)
      .addColumn('with_id', 'text', userRef)
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pairing_feedback_pk', ['round_id', 'from_id', 'with_id'])
      .execute();

    await db.schema
      .createTable('team_prompts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', userRef)
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('team_prompt_answers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      // A library prompt's key ("lib:3") or a workspace prompt's id.
      .addColumn('prompt_key', 'text', (c) => c.notNull())
      .addColumn('member_id', 'text', userRef)
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('team_prompt_answers_prompt')
      .on('team_prompt_answers')
      .columns(['workspace_id', 'prompt_key'])
      .execute();
  },
};
