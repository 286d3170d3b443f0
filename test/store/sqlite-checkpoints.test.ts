// A server's SQLite connection leaves WAL checkpoints (and their fsyncs) to a worker thread:
// commits never copy the log into the database file themselves, the worker does, and closing
// the store stops it with every commit kept.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite, type Store } from '../../src/store/database';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(checkpointEveryMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-ckpt-'));
  dirs.push(dir);
  const file = join(dir, 'db.sqlite');
  const store = await openSqlite(file, { checkpointEveryMs });
  await sql`create table t (id integer primary key, body text)`.execute(store.db);
  return { file, store };
}

/** 40 commits of 40 rows of 4 KB: about 1,600 pages, past the 1,000 of SQLite's own checkpoints. */
async function writeMuch(store: Store) {
  for (let i = 0; i < 40; i++) {
    const rows = Array.from({ length: 40 }, () => ({ body: 'x'.repeat(4_000) }));
    await store.db
      .insertInto('t' as never)
      .values(rows as never)
      .execute();
  }
}

const size = (file: string) => statSync(file).size;

describe('WAL checkpoints in the background', () => {
  it('leaves the database file alone on commit: the log holds what was written', async () => {
    const { file, store } = await open(60_000);
    const before = size(file);
    await writeMuch(store);
    expect(size(`${file}-wal`)).toBeGreaterThan(6_000_000);
    expect(size(file)).toBe(before);
    await store.close();
  });

  it('has the worker copy the log into the database file, and keeps every commit on close', async () => {
    const { file, store } = await open(50);
    await writeMuch(store);
    const deadline = Date.now() + 20_000;
    while (size(file) < 6_000_000 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(size(file)).toBeGreaterThan(6_000_000);
    await store.close();
    const again = await openSqlite(file);
    const { rows } = await sql<{ n: number }>`select count(*) as n from t`.execute(again.db);
    expect(rows).toEqual([{ n: 1_600 }]);
    await again.close();
  });
});
