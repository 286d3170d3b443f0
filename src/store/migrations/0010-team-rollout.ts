import type { Migration } from './migration';

/** Members who were in a workspace's first weeks are its founders, not its newcomers. */
const FOUNDING_DAYS = 14;

/**
 * A team rollout that does not embarrass anyone.
 * - `workspace_members.newcomer_since` (YYYY-MM-DD): the member joined as someone new to the
 *   team (welcomed, and "new" when a colleague adds them to their people). Null: a founding or
 *   long-standing member. Existing rows are backfilled: whoever joined after the workspace's
 *   first two weeks joined as a newcomer on their join date; the 30-day window applies on read.
 * - `workspace_invites.newcomer`: the admin's word for who the invite is for (1: someone new to
 *   the team, 0: an existing colleague); null leaves it to the founding-weeks rule.
 * Coffee opt-in is NOT changed for existing members: they chose (or accepted) their state
 * already; only new memberships start opted out (in the repository, not here).
 */
export const teamRollout: Migration = {
  name: '0010-team-rollout',
  async up(db) {
    await db.schema.alterTable('workspace_members').addColumn('newcomer_since', 'text').execute();
    await db.schema.alterTable('workspace_invites').addColumn('newcomer', 'integer').execute();

    const rows: {
      workspace_id: string;
      member_id: string;
      joined_at: string;
      created_at: string;
    }[] = await db
      .selectFrom('workspace_members as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select(['m.workspace_id', 'm.member_id', 'm.joined_at', 'w.created_at'])
      .execute();
    for (const row of rows) {
      const after = Date.parse(row.joined_at) - Date.parse(row.created_at);
      if (!(after > FOUNDING_DAYS * 24 * 3600_000)) continue;
      await db
        .updateTable('workspace_members')
        .set({ newcomer_since: row.joined_at.slice(0, 10) })
        .where('workspace_id', '=', row.workspace_id)
        .where('member_id', '=', row.member_id)
        .execute();
    }
  },
};
