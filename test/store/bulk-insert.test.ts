// Bulk inserts (imports, restores) store every value as a one-row insert would, on both
// databases: PostgreSQL's rows travel as JSON, where quotes, backslashes, accents, emoji,
// numbers and nulls must come out as they went in, and a lone surrogate (half an emoji, from a
// broken file) becomes U+FFFD, as with a bound parameter, instead of failing the import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertRows } from '../../src/store/bulk-insert';
import { insertBareUser } from '../support/bare-user';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('bulk insert on %s', (dialect) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    await insertBareUser(db.store.db, 'ann');
  });
  afterEach(() => db.dispose());

  const row = (id: string, name: string, note: string | null) => ({
    id,
    owner_id: 'ann',
    name,
    name_key: name.toLowerCase(),
    kind: 'other',
    is_key: 0,
    notes: note,
    tags: '["a \\"quoted\\" tag"]',
    facts: '[]',
    links: '[]',
    office_days: '[]',
    paused: 0,
    interaction_count: 0,
    cadence_days: id === 'p1' ? 14 : null,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  });

  it('stores text, numbers and nulls as given', async () => {
    const names = [`O'Brien "Bob"`, 'back\\slash \\ud83d', 'Żółć 😀', 'tab\there\nline'];
    await insertRows(
      db.store.db,
      db.store.dialect,
      'people',
      names.map((name, i) => row(`p${i}`, name, i === 2 ? null : `note ${i}`)),
    );
    const stored = await db.store.db
      .selectFrom('people')
      .select(['id', 'name', 'notes', 'tags', 'cadence_days'])
      .orderBy('id')
      .execute();
    expect(stored).toEqual(
      names.map((name, i) => ({
        id: `p${i}`,
        name,
        notes: i === 2 ? null : `note ${i}`,
        tags: '["a \\"quoted\\" tag"]',
        cadence_days: i === 1 ? 14 : null,
      })),
    );
  });

  it('stores half an emoji as replacement characters instead of failing', async () => {
    const broken = 'Ann \ud83d and \\\ude00';
    await insertRows(db.store.db, db.store.dialect, 'people', [row('p0', broken, null)]);
    const stored = await db.store.db.selectFrom('people').select('name').executeTakeFirstOrThrow();
    // SQLite gives one U+FFFD per byte of the broken UTF-8, PostgreSQL one per surrogate.
    expect(stored.name.replace(/\ufffd+/g, '?')).toBe('Ann ? and \\?');
  });

  it('inserts more rows than one statement takes', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => row(`p${i}`, `Person ${i}`, null));
    await insertRows(db.store.db, db.store.dialect, 'people', many);
    const { n } = await db.store.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(12_000);
  });
});
