// Migration 0032 (SQLite: the search rows become an ordinary table with keys, their words an FTS5
// table over it) keeps every row and what finds it, and from then on replacing or removing a
// record's row finds it by its keys instead of reading every user's rows, while search still
// finds exactly what it should: the new words, not the old, and only the owner's.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRowsIndexed } from '../../src/store/migrations/0032-search-rows-indexed';
import { migrations } from '../../src/store/migrations/index';
import { migrate } from '../../src/store/migrator';
import { SearchRepository } from '../../src/store/search/search-repository';
import { insertBareUser } from '../support/bare-user';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const hit = (refId: string, body: string, personId = `p-${refId}`) => ({
  refType: 'person' as const,
  refId,
  personId,
  body,
});

describe.each(dialects())('the search-rows migration on %s', (dialect) => {
  let db: TestDatabase;
  let search: SearchRepository;
  // The schema as the migrations leave it: untyped.
  let raw: any;
  let before: unknown[];
  const rows = () =>
    raw
      .selectFrom('search_index')
      .select(['ref_id', 'owner_id', 'ref_type', 'person_id', 'body'])
      .orderBy('ref_id')
      .execute();

  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    await migrate(db.store, migrations.slice(0, migrations.indexOf(searchRowsIndexed)));
    raw = db.store.db;
    search = new SearchRepository(raw, dialect);
    for (const id of ['ann', 'bo']) await insertBareUser(raw, id);
    await search.add('ann', hit('r1', 'Ada Lovelace analytical engine'));
    await search.add('ann', hit('r2', 'Grace Hopper compilers'));
    await search.add('bo', hit('r3', 'Ada Yonath ribosomes'));
    before = await rows();
    await migrate(db.store);
  });
  afterAll(() => db.dispose());

  const found = async (owner: string, query: string) =>
    (await search.search(owner, query, 10)).map((h) => h.refId).sort();

  it('keeps every row, and search finds what it found', async () => {
    expect(before).toHaveLength(3);
    expect(await rows()).toEqual(before);
    expect(await found('ann', 'ada')).toEqual(['r1']);
    expect(await found('ann', 'comp')).toEqual(['r2']);
    expect(await found('bo', 'ada')).toEqual(['r3']);
  });

  it('replaces and removes a record’s words, and only that owner’s', async () => {
    await search.put('ann', hit('r1', 'Ada Byron poetical science'));
    expect(await found('ann', 'analytical')).toEqual([]);
    expect(await found('ann', 'poetical')).toEqual(['r1']);
    await search.add('ann', hit('r4', 'Katherine Johnson orbits', 'p-kj'));
    await search.removeForPerson('ann', 'p-kj');
    expect(await found('ann', 'orbits')).toEqual([]);
    await search.remove('bo', 'r2');
    expect(await found('ann', 'hopper')).toEqual(['r2']);
    expect(await found('bo', 'ada')).toEqual(['r3']);
  });
});

// SQLite only: PostgreSQL's rows were keyed from the start (ref_id is their primary key).
describe('the search rows on SQLite', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(() => db.dispose());

  it('finds a record’s row by its keys, not by reading every user’s rows', async () => {
    for (const [column, value] of [
      ['ref_id', 'r1'],
      ['person_id', 'p-r1'],
    ] as const) {
      const plan = await sql<{ detail: string }>`explain query plan
        delete from search_index where owner_id = ${'ann'} and ${sql.ref(column)} = ${value}`.execute(
        db.store.db,
      );
      const steps = plan.rows.map((r) => r.detail).join('; ');
      expect(steps).toMatch(/SEARCH search_index USING (COVERING )?INDEX/);
      expect(steps).not.toMatch(/SCAN/);
    }
  });
});
