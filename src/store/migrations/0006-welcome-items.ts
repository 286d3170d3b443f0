import { sql } from 'kysely';
import { newId } from '../ids';
import type { Migration } from './migration';

// biome-ignore lint/suspicious/noExplicitAny: column builder of an untyped migration
const userRef = (c: any) => c.notNull().references('users.id').onDelete('cascade');

const WELCOME_DAYS = 14;

/**
 * Welcome items on Today: one row per person and introduction of a "welcome" round, owned by
 * the user whose Today shows it (the newcomer has one per colleague, each colleague one for the
 * newcomer), with that user's own "done" or "dismissed". Like people and their items, each
 * change bumps the owner's data_version, so Today's cache sees it.
 */
export const welcomeItems: Migration = {
  name: '0006-welcome-items',
  async up(db, dialect) {
    await db.schema
      .createTable('welcome_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', userRef)
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      .addColumn('round_id', 'text', (c) =>
        c.notNull().references('pairing_rounds.id').onDelete('cascade'),
      )
      // The other person: the colleague to greet, or the newcomer to welcome.
      .addColumn('other_id', 'text', userRef)
      // The owner's side: 'newcomer' (say hello to other) or 'colleague' (welcome other).
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('round_date', 'text', (c) => c.notNull())
      // null while open; 'done' or 'dismissed' once the owner said so.
      .addColumn('state', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('welcome_items_once', ['owner_id', 'round_id', 'other_id'])
      .execute();
    await db.schema
      .createIndex('welcome_items_owner')
      .on('welcome_items')
      .columns(['owner_id', 'created_at'])
      .execute();

    // The same bump as people's tables (0002): the PostgreSQL function already exists.
    if (dialect === 'postgres') {
      await sql`create trigger welcome_items_data_version after insert or update or delete
        on welcome_items for each row execute function rapport_bump_data_version()`.execute(db);
    } else {
      for (const [event, row] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        await sql`create trigger ${sql.raw(`welcome_items_${event}_data_version`)} after ${sql.raw(event)}
          on welcome_items begin
            update users set data_version = data_version + 1 where id = ${sql.raw(row)}.owner_id;
          end`.execute(db);
      }
    }

    // Welcomes of the last two weeks appear on Today too, for the two people still members.
    const since = new Date(Date.now() - WELCOME_DAYS * 86_400_000).toISOString();
    const groups: {
      round_id: string;
      workspace_id: string;
      round_date: string;
      created_at: string;
      members: string;
      reason: string;
    }[] = await db
      .selectFrom('pairing_rounds as r')
      .innerJoin('pairing_groups as g', 'g.round_id', 'r.id')
      .select([
        'r.id as round_id',
        'r.workspace_id',
        'r.round_date',
        'r.created_at',
        'g.members',
        'g.reason',
      ])
      .where('r.kind', '=', 'welcome')
      .where('r.created_at', '>=', since)
      .execute();
    if (groups.length === 0) return;
    const members: { workspace_id: string; member_id: string }[] = await db
      .selectFrom('workspace_members')
      .select(['workspace_id', 'member_id'])
      .where('workspace_id', 'in', [...new Set(groups.map((g) => g.workspace_id))])
      .execute();
    const isMember = new Set(members.map((m) => `${m.workspace_id}:${m.member_id}`));
    const rows = groups.flatMap((g) => {
      const [newcomer, colleague] = JSON.parse(g.members) as string[];
      if (!newcomer || !colleague) return [];
      if (!isMember.has(`${g.workspace_id}:${newcomer}`)) return [];
      if (!isMember.has(`${g.workspace_id}:${colleague}`)) return [];
      const base = {
        workspace_id: g.workspace_id,
        round_id: g.round_id,
        reason: g.reason,
        round_date: g.round_date,
        state: null,
        created_at: g.created_at,
        updated_at: g.created_at,
      };
      return [
        { ...base, id: newId(), owner_id: newcomer, other_id: colleague, direction: 'newcomer' },
        { ...base, id: newId(), owner_id: colleague, other_id: newcomer, direction: 'colleague' },
      ];
    });
    if (rows.length > 0) await db.insertInto('welcome_items').values(rows).execute();
  },
};
