// Migration 0027 on people the address-book sync archived the old way (paused, tag `archived`,
// the pause before kept in the link's was_paused): they become archived since their card went,
// paused as they were before, and lose the tag only where the sync put it. Nobody else changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedPeople } from '../../src/store/migrations/0027-archived-people';
import { migrations } from '../../src/store/migrations/index';
import { migrate } from '../../src/store/migrator';
import { repositories } from '../../src/store/repositories';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const AT = '2026-01-01T00:00:00.000Z';
const GONE = '2026-03-02T10:00:00.000Z';
const GONE_LATER = '2026-04-05T10:00:00.000Z';

describe.each(dialects())('the archived people migration on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    await migrate(db.store, migrations.slice(0, migrations.indexOf(archivedPeople)));
    const raw = db.store.db as any;
    await raw
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'u1@example.com',
        email_key: 'u1@example.com',
        display_name: 'u1',
        time_zone: 'UTC',
        working_hours: '{}',
        role: 'owner',
        password_hash: 'x',
        preferences: '{}',
        data_version: 0,
        created_at: AT,
        updated_at: AT,
      })
      .execute();
    const person = (id: string, tags: string[], paused: boolean) => ({
      id,
      owner_id: 'u1',
      name: id,
      name_key: id,
      kind: 'coworker',
      tags: JSON.stringify(tags),
      paused: paused ? 1 : 0,
      notes: `Deleted from the address book (Phone) on 2026-03-02; archived by Rapport.`,
      created_at: AT,
      updated_at: AT,
    });
    await raw
      .insertInto('people')
      .values([
        person('ann', ['berlin', 'archived'], true), // kept in touch before: not paused
        person('bo', ['archived'], true), // paused before the card went
        person('cy', ['archived', 'alumni'], true), // her own tag, not the sync's
        person('dee', ['archived'], false), // linked, card still there: her own tag
        person('eve', ['archived'], true), // gone from two address books
        person('fay', ['archived'], false), // not synced at all
      ])
      .execute();
    const account = (id: string) => ({
      id,
      owner_id: 'u1',
      url: 'https://dav.example/',
      username: 'u',
      credentials: 'sealed',
      book_url: 'https://dav.example/book/',
      book_name: id,
      created_at: AT,
      updated_at: AT,
    });
    await raw
      .insertInto('contact_sync_accounts')
      .values([account('a1'), account('a2')])
      .execute();
    const link = (
      id: string,
      account: string,
      person: string,
      removedAt: string | null,
      wasPaused: number | null,
    ) => ({
      id,
      owner_id: 'u1',
      account_id: account,
      person_id: person,
      uid: id,
      href: `/book/${id}.vcf`,
      snapshot: '{}',
      removed_at: removedAt,
      was_paused: wasPaused,
      synced_at: AT,
    });
    await raw
      .insertInto('contact_sync_links')
      .values([
        link('l-ann', 'a1', 'ann', GONE, 0),
        link('l-bo', 'a1', 'bo', GONE, 1),
        link('l-cy', 'a1', 'cy', GONE, 0),
        link('l-dee', 'a1', 'dee', null, null),
        link('l-eve2', 'a2', 'eve', GONE_LATER, 1), // the second sync saw the first one's pause
        link('l-eve1', 'a1', 'eve', GONE, 0),
      ])
      .execute();
    await migrate(db.store);
  });
  afterAll(() => db.dispose());

  const repos = () => repositories(db.store.db, db.store.dialect);
  const find = async (id: string) => (await repos().people.findById('u1', id))!;

  it('archives people since their card went, paused as they were, without the sync’s tag', async () => {
    expect(await find('ann')).toMatchObject({
      archivedAt: GONE,
      paused: false,
      tags: ['berlin'],
      notes: 'Deleted from the address book (Phone) on 2026-03-02; archived by Rapport.',
    });
    expect(await find('bo')).toMatchObject({ archivedAt: GONE, paused: true, tags: [] });
    expect(await find('eve')).toMatchObject({ archivedAt: GONE, paused: false, tags: [] });
  });

  it('keeps a tag `archived` the user placed, and leaves people the sync did not archive', async () => {
    expect(await find('cy')).toMatchObject({
      archivedAt: GONE,
      paused: false,
      tags: ['archived', 'alumni'],
    });
    expect(await find('dee')).toMatchObject({
      archivedAt: null,
      paused: false,
      tags: ['archived'],
    });
    expect(await find('fay')).toMatchObject({ archivedAt: null, tags: ['archived'] });
  });

  it('lists the archived people apart and spends the links’ was_paused', async () => {
    const names = async (archived: 'hide' | 'only') =>
      (await repos().people.list('u1', { archived })).map((p) => p.name);
    expect(await names('hide')).toEqual(['dee', 'fay']);
    expect(await names('only')).toEqual(['ann', 'bo', 'cy', 'eve']);
    const links = await repos().contactSync.links('u1', 'a1');
    expect(links.map((l) => l.wasPaused)).toEqual(links.map(() => null));
    expect(links.find((l) => l.personId === 'ann')?.removedAt).toBe(GONE);
  });
});
