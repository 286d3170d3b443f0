// Merging two records of one person: conversations, promises, favors, accomplishments, trips
// and routines move, facts and tags join, a conflicting birthday is kept under a label, and no
// row anywhere still points at the merged person.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { callAs } from '../support/call-as';
import type { ApiPath, Method } from '../support/contract';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { type Seeded, seedEverything } from './seed';

describe.each(dialects())('merging people on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let seeded: Seeded;
  let twin: string;

  const call = <M extends Method, P extends ApiPath<Method>>(
    method: M,
    path: P,
    body?: BodyOf<M, P>,
    session = owner,
  ) => callAs(api, session)(method, path, body);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    seeded = await seedEverything(api, owner);
    twin = (
      await call('POST', '/api/people', {
        name: 'Ann L.',
        email: 'ann.old@example.com',
        company: 'Northwind',
        office: 'Lisbon Baixa hub',
        birthday: '1988-03-15',
        facts: ['dog: Pixel', 'plays the cello'],
        tags: ['choir'],
        notes: 'From the old phone.',
      })
    ).body.person.id;
    const ids = seeded.people;
    for (const body of [
      { personIds: [twin], channel: 'call', note: 'Cello recital', at: '2026-10-20T18:00:00Z' },
      { personIds: [twin, ids.ann], channel: 'in-person', at: '2026-09-01T12:00:00Z' },
    ] satisfies BodyOf<'POST', '/api/interactions'>[]) {
      expect((await call('POST', '/api/interactions', body)).status).toBe(201);
    }
    const create = async <P extends ApiPath<'POST'>>(path: P, body: BodyOf<'POST', P>) => {
      const response = await call('POST', path, body);
      expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    };
    await create('/api/promises', { personId: twin, text: 'Lend the book', due: '2026-12-24' });
    await create('/api/favors', { personId: twin, direction: 'gave', kind: 'review' });
    await create('/api/accomplishments', { title: 'Choir concert', helpedBy: [twin] });
    await create('/api/trips', {
      city: 'Porto',
      zone: 'Europe/Lisbon',
      from: '2027-02-01',
      to: '2027-02-03',
      personId: twin,
    });
    await create('/api/routines', {
      kind: 'date',
      title: 'Lunch with both Anns',
      rule: 'every second Tuesday',
      personIds: [twin, ids.ann],
    });
  });
  afterAll(() => db.dispose());

  it('moves everything to the person kept and loses nothing', async () => {
    const before = (await call('GET', `/api/people/${seeded.people.ann}`)).body.person;
    expect(before.interactionCount).toBe(3);
    const merged = await call('POST', '/api/people/merge', { from: twin, into: seeded.people.ann });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const ann = merged.body.person;
    expect(ann).toMatchObject({
      id: seeded.people.ann,
      name: 'Ann Lee',
      email: 'ann@example.com',
      company: 'Northwind',
      interactionCount: 4,
      lastInteractionAt: '2026-10-20T18:00:00.000Z',
    });
    expect(ann.facts).toEqual(['dog: Pixel', 'training for a half-marathon', 'plays the cello']);
    expect(ann.tags).toEqual(['mentor', 'platform', 'choir']);
    expect(ann.notes).toContain('Merged from Ann L.:');
    expect(ann.notes).toContain('From the old phone.');
    // The other record's e-mail joins the list, after the kept (still preferred) one.
    expect(ann.emails).toEqual([
      { value: 'ann@example.com', label: null, preferred: true },
      { value: 'ann.old@example.com', label: null, preferred: false },
    ]);
    expect(ann.notes).not.toContain('E-mail:');
    expect(ann.notes).toContain('Also known as: Ann L.');
    // Two offices: the kept person's stays, the other's is noted.
    expect(ann.office).toBe('Lisbon Alfama hub');
    expect(ann.notes).toContain('Office: Lisbon Baixa hub');
    expect(ann.dates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'birthday', month: 3, day: 14, year: 1988 }),
        expect.objectContaining({ type: 'custom', label: 'Birthday (from Ann L.)', day: 15 }),
      ]),
    );
    expect(merged.body.moved).toMatchObject({
      interaction_people: 1,
      person_items: 2,
      person_dates: 1,
      accomplishment_people: 1,
      trips: 1,
      routines: 1,
    });

    expect((await call('GET', `/api/people/${twin}`)).status).toBe(404);
    const timeline = (await call('GET', `/api/people/${seeded.people.ann}/timeline`)).body;
    expect(timeline.interactions).toHaveLength(4);
    expect(timeline.items.map((i: { text: string }) => i.text)).toEqual(
      expect.arrayContaining(['Lend the book', 'The RFC']),
    );
    const search = (await call('GET', '/api/search?q=cello')).body;
    expect(JSON.stringify(search)).toContain(seeded.people.ann);
    expect(JSON.stringify(search)).not.toContain(twin);
    const routines = (await call('GET', '/api/routines')).body;
    expect(JSON.stringify(routines)).not.toContain(twin);
  });

  it('leaves no row anywhere pointing at the merged person', async () => {
    const tables =
      dialect === 'sqlite'
        ? (
            await sql<{ table_name: string; column_name: string }>`
              select m.name as table_name, c.name as column_name
              from sqlite_master m join pragma_table_info(m.name) c
              where m.type = 'table' and c.name in ('person_id', 'person_ids', 'id')`.execute(
              db.store.db,
            )
          ).rows
        : (
            await sql<{ table_name: string; column_name: string }>`
              select table_name, column_name from information_schema.columns
              where table_schema = current_schema()
                and column_name in ('person_id', 'person_ids', 'id')`.execute(db.store.db)
          ).rows;
    let checked = 0;
    for (const { table_name, column_name } of tables) {
      if (column_name === 'id' && table_name !== 'people') continue;
      const found = await sql<{ n: number }>`
        select count(*) as n from ${sql.table(table_name)}
        where ${sql.ref(column_name)} like ${`%${twin}%`}`.execute(db.store.db);
      expect(Number(found.rows[0]!.n), `${table_name}.${column_name}`).toBe(0);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  it('keeps "new" and the latest estimate of the last talk while nobody was logged', async () => {
    const added = async (body: BodyOf<'POST', '/api/people'>) =>
      (await call('POST', '/api/people', body)).body.person.id;
    const imported = await added({ name: 'Zoe Imported', lastTalkedEstimate: '2026-01-10' });
    const byHand = await added({ name: 'Zoe Z.', isNew: true, lastTalkedEstimate: '2026-02-01' });
    const merged = await call('POST', '/api/people/merge', { from: byHand, into: imported });
    expect(merged.status).toBe(200);
    expect(merged.body.person.newSince).not.toBeNull();
    expect(merged.body.person.lastTalkedEstimate).toBe('2026-02-01');

    const talked = await added({ name: 'Yan Talked' });
    await call('POST', '/api/interactions', { personIds: [talked], channel: 'call' });
    const guessed = await added({ name: 'Yan T.', lastTalkedEstimate: '2026-02-01' });
    const second = await call('POST', '/api/people/merge', { from: guessed, into: talked });
    expect(second.body.person.lastTalkedEstimate).toBeNull();
  });

  it('refuses a merge into oneself, unknown people, and another user’s people', async () => {
    const ids = seeded.people;
    const self = await call('POST', '/api/people/merge', { from: ids.bo, into: ids.bo });
    expect(self.status).toBe(400);
    const unknown = await call('POST', '/api/people/merge', { from: 'nobody', into: ids.bo });
    expect(unknown.status).toBe(404);
    const other = await api.addMember(owner);
    const theirs = (await call('POST', '/api/people', { name: 'Their Ann' }, other)).body.person.id;
    for (const body of [
      { from: ids.bo, into: theirs },
      { from: theirs, into: ids.bo },
    ]) {
      expect((await call('POST', '/api/people/merge', body, other)).status).toBe(404);
      expect((await call('POST', '/api/people/merge', body)).status).toBe(404);
    }
    expect((await call('GET', `/api/people/${ids.bo}`)).status).toBe(200);
    expect((await call('GET', `/api/people/${theirs}`, undefined, other)).status).toBe(200);
  });
});
