// Deleting a person or an account cascades through every table that points at them; a foreign
// key without an index makes each deleted row read its whole referencing table. Every foreign
// key of the migrated schema must lead an index, on both databases.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

async function unindexedForeignKeys(db: TestDatabase): Promise<string[]> {
  const kysely = db.store.db;
  if (db.store.dialect === 'postgres') {
    const { rows } = await sql<{ key: string }>`
      select c.conrelid::regclass || '.' || a.attname as key
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and not exists (
        select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
      order by 1`.execute(kysely);
    return rows.map((r) => r.key);
  }
  const { rows: tables } = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
    kysely,
  );
  const missing: string[] = [];
  for (const { name } of tables) {
    const { rows: keys } = await sql<{ from: string; seq: number }>`
      select "from", seq from pragma_foreign_key_list(${name})`.execute(kysely);
    const { rows: leading } = await sql<{ name: string }>`
      select ii.name from pragma_index_list(${name}) il
      join pragma_index_info(il.name) ii on ii.seqno = 0`.execute(kysely);
    const led = new Set(leading.map((r) => r.name));
    for (const key of keys)
      if (key.seq === 0 && !led.has(key.from)) missing.push(`${name}.${key.from}`);
  }
  return missing.sort();
}

describe.each(dialects())('foreign keys on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterAll(() => db.dispose());

  it('each lead an index, so a cascade never reads a whole table per deleted row', async () => {
    expect(await unindexedForeignKeys(db)).toEqual([]);
  });
});
