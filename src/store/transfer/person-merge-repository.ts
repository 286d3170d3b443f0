// Moving everything that points at one person onto another, for a merge. The tables are read
// from the catalog: every table with a person_id column (interactions' people, items,
// accomplishments, trips, and whatever comes later) and every person_ids JSON list. Where the
// person is part of a row's key (a conversation with both of them), the duplicate is dropped
// instead of moved. Dates and the search index are the caller's: they are merged, not moved.
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database';
import type { Database } from '../schema';
import { TableCatalog } from './table-catalog';

/** Tables whose person_id the merge leaves to the caller. */
const NOT_MOVED = new Set(['person_dates', 'search_index']);

export interface MovedReferences {
  /** Rows that now point at the kept person, per table. */
  moved: Record<string, number>;
  /** Interactions the merged person took part in (their search rows need rebuilding). */
  interactionIds: string[];
}

export class PersonMergeRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async moveReferences(ownerId: string, fromId: string, intoId: string): Promise<MovedReferences> {
    const interactions = await this.db
      .selectFrom('interaction_people')
      .select('interaction_id')
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', fromId)
      .execute();
    const tables = await new TableCatalog(this.db, this.dialect).tables();
    const moved: Record<string, number> = {};
    for (const table of tables) {
      const names = table.columns.map((c) => c.name);
      if (NOT_MOVED.has(table.name) || !names.includes('owner_id')) continue;
      if (names.includes('person_id')) {
        const keyColumns = table.columns.filter((c) => c.primaryKey).map((c) => c.name);
        moved[table.name] = await this.moveColumn(table.name, keyColumns, ownerId, fromId, intoId);
      }
      if (names.includes('person_ids') && names.includes('id')) {
        moved[table.name] =
          (moved[table.name] ?? 0) + (await this.moveInLists(table.name, ownerId, fromId, intoId));
      }
    }
    return { moved, interactionIds: interactions.map((r) => r.interaction_id) };
  }

  private async moveColumn(
    table: string,
    keyColumns: string[],
    ownerId: string,
    fromId: string,
    intoId: string,
  ): Promise<number> {
    const t = sql.table(table);
    const others = keyColumns.filter((c) => c !== 'person_id');
    if (keyColumns.includes('person_id') && others.length > 0) {
      // Rows that would collide with the kept person's: both were in it; keep one.
      const same = sql.join(
        others.map((c) => sql`kept.${sql.ref(c)} = ${t}.${sql.ref(c)}`),
        sql` and `,
      );
      await sql`delete from ${t} where owner_id = ${ownerId} and person_id = ${fromId}
        and exists (select 1 from ${t} kept where kept.person_id = ${intoId} and ${same})`.execute(
        this.db,
      );
    }
    const result = await sql`update ${t} set person_id = ${intoId}
      where owner_id = ${ownerId} and person_id = ${fromId}`.execute(this.db);
    return Number(result.numAffectedRows ?? 0);
  }

  private async moveInLists(
    table: string,
    ownerId: string,
    fromId: string,
    intoId: string,
  ): Promise<number> {
    const t = sql.table(table);
    const rows = await sql<{ id: string; person_ids: string }>`
      select id, person_ids from ${t}
      where owner_id = ${ownerId} and person_ids like ${`%"${fromId}"%`}`.execute(this.db);
    for (const row of rows.rows) {
      const ids = parseList(row.person_ids).map((id) => (id === fromId ? intoId : id));
      const unique = [...new Set(ids)];
      await sql`update ${t} set person_ids = ${JSON.stringify(unique)}
        where owner_id = ${ownerId} and id = ${row.id}`.execute(this.db);
    }
    return rows.rows.length;
  }
}

function parseList(text: string): string[] {
  try {
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}
