// Full-text search over people and interaction notes: FTS5 on SQLite, tsvector on PostgreSQL.
// Each searchable record has one row whose body is rebuilt whenever the record changes. The rows
// are an ordinary table on both databases, found by owner and record through its indexes; on
// SQLite their words are in `search_fts`, which triggers keep in step (migration 0032).
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../database';
import type { Database } from '../schema';

export interface SearchHit {
  refType: 'person' | 'interaction';
  refId: string;
  personId: string;
  body: string;
}

export class SearchRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async put(ownerId: string, hit: SearchHit): Promise<void> {
    await this.remove(ownerId, hit.refId);
    await this.add(ownerId, hit);
  }

  /** The row of a record that has none yet (one just created): no delete to look for it. */
  async add(ownerId: string, hit: SearchHit): Promise<void> {
    await this.db
      .insertInto('search_index')
      .values({
        ref_id: hit.refId,
        owner_id: ownerId,
        ref_type: hit.refType,
        person_id: hit.personId,
        body: hit.body,
      })
      .execute();
  }

  async remove(ownerId: string, refId: string): Promise<void> {
    await this.db
      .deleteFrom('search_index')
      .where('owner_id', '=', ownerId)
      .where('ref_id', '=', refId)
      .execute();
  }

  async removeForPerson(ownerId: string, personId: string): Promise<void> {
    await this.db
      .deleteFrom('search_index')
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', personId)
      .execute();
  }

  /**
   * Records matching every word of the query (prefixes count), best first. Archived people and
   * what was said with them only when asked (`withArchived`): their rows stay in the index.
   */
  async search(
    ownerId: string,
    query: string,
    limit: number,
    withArchived = false,
  ): Promise<SearchHit[]> {
    const words = query
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(0, 8);
    if (words.length === 0) return [];
    let base = this.db
      .selectFrom('search_index')
      .select([
        'search_index.ref_type',
        'search_index.ref_id',
        'search_index.person_id',
        'search_index.body',
      ])
      .where('search_index.owner_id', '=', ownerId)
      .limit(limit);
    if (!withArchived) {
      base = base.where('search_index.person_id', 'not in', (eb) =>
        eb
          .selectFrom('people')
          .select('id')
          .where('owner_id', '=', ownerId)
          .where('archived_at', 'is not', null),
      );
    }
    const rows =
      this.dialect === 'sqlite'
        ? // The words' table is not in the schema's types (SQLite only): joined by its rowid.
          await base
            .innerJoin(sql<{ rowid: number }>`search_fts`.as('search_fts'), (join) =>
              join.on(sql`search_fts.rowid`, '=', sql.ref('search_index.id')),
            )
            .where(sql<boolean>`search_fts match ${words.map((w) => `"${w}"*`).join(' ')}`)
            .orderBy(sql`search_fts.rank`)
            .execute()
        : await base
            .where(
              sql<boolean>`tsv @@ to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')})`,
            )
            .orderBy(
              sql`ts_rank(tsv, to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')}))`,
              'desc',
            )
            .execute();
    return rows.map((row) => ({
      refType: row.ref_type as SearchHit['refType'],
      refId: row.ref_id,
      personId: row.person_id,
      body: row.body,
    }));
  }
}
