// SQLite plans by statistics it only has once ANALYZE ran: without them a read of a few people
// by id walked all of a heavy user's people through the owner index (12 ms instead of 0.3 for
// Today's 29 people among 5,000). A store opened on a database keeps them (keepStatistics).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { seedUser } from '../../bench/seed';
import { openSqlite } from '../../src/store/database';
import { migrate } from '../../src/store/migrator';

const dir = mkdtempSync(join(tmpdir(), 'rapport-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads a few of a heavy user’s people by their ids, not through all of them', async () => {
  const file = join(dir, 'rapport.sqlite');
  const seeding = await openSqlite(file);
  await migrate(seeding);
  for (let other = 0; other < 3; other++) await seedUser(seeding, 50, 0, `other${other}`);
  const userId = await seedUser(seeding, 2_000, 0, 'heavy');
  await seeding.close();

  // The server starts on that database.
  const store = await openSqlite(file);
  try {
    const ids = await store.db
      .selectFrom('people')
      .select('id')
      .where('owner_id', '=', userId)
      .limit(29)
      .execute();
    const query = store.db
      .selectFrom('people')
      .selectAll()
      .where('owner_id', '=', userId)
      .where(
        'id',
        'in',
        ids.map((row) => row.id),
      )
      .compile();
    const { rows } = await store.db.executeQuery<{ detail: string }>({
      ...query,
      sql: `explain query plan ${query.sql}`,
    });
    expect(rows.map((row) => row.detail).join('\n')).toMatch(/sqlite_autoindex_people_1 \(id=\?\)/);
  } finally {
    await store.close();
  }
});
