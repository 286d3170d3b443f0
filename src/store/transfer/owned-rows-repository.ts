// Rows of any owner-scoped table, as stored: what a full export reads and a restore writes back
// with the same ids. Table and column names come from the export's section list (code, never
// input); values are bound parameters.
import { type Kysely, sql } from 'kysely';
import { insertRows } from '../bulk-insert';
import type { DialectName } from '../database';
import type { Database } from '../schema';

export type StoredRow = Record<string, string | number | null>;

const IDS_PER_QUERY = 500;

export class OwnedRowsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Every row of the owner's in a table, in a stable order. */
  async read(table: string, ownerId: string, orderBy: string[]): Promise<StoredRow[]> {
    const order = sql.join(orderBy.map((column) => sql.ref(column)));
    const result = await sql<StoredRow>`
      select * from ${sql.table(table)} where owner_id = ${ownerId} order by ${order}`.execute(
      this.db,
    );
    return result.rows.map(normalizeRow);
  }

  /** Inserts rows that all name the same columns (a restore groups them so). */
  async insert(table: string, rows: StoredRow[]): Promise<void> {
    await insertRows(this.db, this.dialect, table as keyof Database & string, rows as never[]);
  }

  async count(table: string, ownerId: string): Promise<number> {
    const result = await sql<{ n: number }>`
      select count(*) as n from ${sql.table(table)} where owner_id = ${ownerId}`.execute(this.db);
    return Number(result.rows[0]?.n ?? 0);
  }

  /** Which of these values already exist in a column (of anyone's rows). */
  async existing(table: string, column: string, values: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    if (this.dialect === 'postgres') {
      // One array parameter instead of 500 bound values per query.
      const result = await sql<{ value: string }>`
        select ${sql.ref(column)} as value from ${sql.table(table)}
        where ${sql.ref(column)} = any(${values})`.execute(this.db);
      for (const row of result.rows) found.add(row.value);
      return found;
    }
    for (let start = 0; start < values.length; start += IDS_PER_QUERY) {
      const slice = values.slice(start, start + IDS_PER_QUERY);
      const result = await sql<{ value: string }>`
        select ${sql.ref(column)} as value from ${sql.table(table)}
        where ${sql.ref(column)} in (${sql.join(slice)})`.execute(this.db);
      for (const row of result.rows) found.add(row.value);
    }
    return found;
  }

  /**
   * Recomputes every person's latest conversation and count from the interactions, in one
   * statement, leaving updated_at alone (a restore keeps the exported value). A person with no
   * interaction whose stats are already empty is left alone: rewriting all 10,000 rows of a
   * restored address book (and logging each in the agenda triggers) changed nothing but cost
   * most of the statement.
   */
  async recomputeContactStats(ownerId: string): Promise<void> {
    const latest = (column: string) => sql`(
      select ${sql.raw(column)} from interaction_people ip
      join interactions i on i.id = ip.interaction_id
      where ip.person_id = people.id
      order by ip.at desc, ip.interaction_id desc limit 1)`;
    await sql`update people set
        interaction_count = (select count(*) from interaction_people ip where ip.person_id = people.id),
        last_interaction_id = ${latest('ip.interaction_id')},
        last_interaction_at = ${latest('ip.at')},
        last_note = ${latest('i.note')},
        last_about = ${latest('i.about')},
        last_initiator = ${latest('i.initiator')}
      where owner_id = ${ownerId} and (
        exists (select 1 from interaction_people ip where ip.person_id = people.id)
        or interaction_count <> 0 or last_interaction_id is not null
        or last_interaction_at is not null or last_note is not null
        or last_about is not null or last_initiator is not null)`.execute(this.db);
  }
}

/** PostgreSQL returns bigint columns as strings and SQLite integers as numbers; one shape out. */
function normalizeRow(row: StoredRow): StoredRow {
  const out: StoredRow = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] = typeof value === 'bigint' ? Number(value) : (value as string | number | null);
  }
  return out;
}
