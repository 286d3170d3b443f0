// Deleting an account: every row the user owns, in every table, found from the database's own
// catalog so tables added later are covered without touching this file. A row is the user's when
// one of its owner columns names them; a row that only mentions them (an invite they accepted)
// loses the mention. The search index on SQLite is an FTS5 table without foreign keys, which is
// one more reason not to rely on ON DELETE CASCADE alone.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DialectName } from '../database';
import type { Database } from '../schema';
import { type CatalogColumn, childrenFirst, TableCatalog } from './table-catalog';

/** Columns whose value is the user who owns the row. */
export const OWNER_COLUMNS = ['owner_id', 'user_id', 'created_by'] as const;
/** Columns that only mention a user; cleared (or the row deleted when they cannot be null). */
export const MENTION_COLUMNS = ['used_by'] as const;

export class AccountEraser {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Deletes the user and everything they own; returns the rows removed per table. */
  async erase(userId: string, emailKey: string): Promise<Record<string, number>> {
    const catalog = new TableCatalog(this.db, this.dialect);
    const [tables, keys] = await Promise.all([catalog.tables(), catalog.foreignKeys()]);
    const userColumns = new Map<string, CatalogColumn[]>();
    for (const table of tables) {
      const columns = table.columns.filter((c) => isOwnerColumn(c.name) || isMention(c.name));
      if (table.name !== 'users' && columns.length > 0) userColumns.set(table.name, columns);
    }
    const removed: Record<string, number> = {};
    for (const table of childrenFirst([...userColumns.keys()], keys)) {
      for (const column of userColumns.get(table)!) {
        const where = sql`${sql.ref(column.name)} = ${userId}`;
        if (isMention(column.name) && column.nullable) {
          await this.run(
            sql`update ${sql.table(table)} set ${sql.ref(column.name)} = null where ${where}`,
          );
          continue;
        }
        const count = await this.run(sql`delete from ${sql.table(table)} where ${where}`);
        removed[table] = (removed[table] ?? 0) + count;
      }
    }
    // Failed sign-ins are keyed by the e-mail address, which is personal data too.
    removed.signin_failures = await this.run(
      sql`delete from signin_failures where key = ${`email:${emailKey}`}`,
    );
    removed.users = await this.run(sql`delete from users where id = ${userId}`);
    return removed;
  }

  private async run(query: RawBuilder<unknown>): Promise<number> {
    const result = await query.execute(this.db);
    return Number(result.numAffectedRows ?? 0);
  }
}

const isOwnerColumn = (name: string) => (OWNER_COLUMNS as readonly string[]).includes(name);
const isMention = (name: string) => (MENTION_COLUMNS as readonly string[]).includes(name);
