// Migration 0015 on people kept before it: the single e-mail and phone become the preferred
// values, and the extra ones an import or a merge wrote into notes come back out as values,
// leaving the rest of the note as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactValues } from '../../src/store/migrations/0015-contact-values';
import { migrations } from '../../src/store/migrations/index';
import { migrate } from '../../src/store/migrator';
import { repositories } from '../../src/store/repositories';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const IMPORTED_NOTE = [
  'Met at the conference.',
  '',
  'Nickname: Al',
  'E-mail (home): al@home.example',
  'E-mail (work): AL@office.example',
  'Phone (mobile): +49 170 1234567',
  'Phone (cell): 0170 7654321',
].join('\n');

const MERGED_NOTE = [
  'Likes tea.',
  '',
  'Merged from Bea B.:',
  'Also known as: Bea B.',
  'E-mail: bea@old.example',
  'Phone: +1 555 0100',
  '',
  'Merged from Bea Two:',
  'E-mail: bea2@old.example',
].join('\n');

describe.each(dialects())('the contact values migration on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect, { migrated: false });
    await migrate(db.store, migrations.slice(0, migrations.indexOf(contactValues)));
    // The schema as it was before 0015 (the typed one has the new table).
    const raw = db.store.db as any;
    const at = '2026-01-01T00:00:00.000Z';
    await raw
      .insertInto('users')
      .values(
        ['u1', 'u2'].map((id) => ({
          id,
          email: `${id}@example.com`,
          email_key: `${id}@example.com`,
          display_name: id,
          time_zone: 'UTC',
          working_hours: '{}',
          role: id === 'u1' ? 'owner' : 'member',
          password_hash: 'x',
          preferences: '{}',
          data_version: 0,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const person = (
      id: string,
      owner: string,
      email: string | null,
      phone: string | null,
      notes: string | null,
    ) => ({
      id,
      owner_id: owner,
      name: id,
      name_key: id,
      kind: 'coworker',
      email,
      phone,
      notes,
      created_at: at,
      updated_at: at,
    });
    await raw
      .insertInto('people')
      .values([
        person('al', 'u1', 'al@office.example', '+49 30 1234567', IMPORTED_NOTE),
        person('bea', 'u1', 'bea@new.example', null, MERGED_NOTE),
        person('cy', 'u1', null, null, 'E-mail: cy@only-in-notes.example\nPhone: not a number'),
        person('dan', 'u2', 'dan@example.com', '555 0199', 'Just a note.\n\n\nWith gaps.'),
        person('eve', 'u2', null, null, null),
      ])
      .execute();
    await migrate(db.store);
  });
  afterAll(() => db.dispose());

  const repos = () => repositories(db.store.db, db.store.dialect);
  const find = (owner: string, id: string) => repos().people.findById(owner, id);

  it('keeps the single e-mail and phone as preferred and takes the imported ones out of the note', async () => {
    const al = (await find('u1', 'al'))!;
    expect(al.emails).toEqual([
      { value: 'al@office.example', label: null, preferred: true },
      { value: 'al@home.example', label: 'home', preferred: false },
    ]);
    expect(al.phones).toEqual([
      { value: '+49 30 1234567', label: null, preferred: true },
      { value: '+49 170 1234567', label: 'mobile', preferred: false },
      { value: '0170 7654321', label: 'mobile', preferred: false },
    ]);
    expect(al.email).toBe('al@office.example');
    expect(al.phone).toBe('+49 30 1234567');
    expect(al.notes).toBe('Met at the conference.\n\nNickname: Al');
  });

  it('takes a merge’s e-mails and phones out of its block and drops a block left empty', async () => {
    const bea = (await find('u1', 'bea'))!;
    expect(bea.emails.map((e) => e.value)).toEqual([
      'bea@new.example',
      'bea@old.example',
      'bea2@old.example',
    ]);
    expect(bea.phones).toEqual([{ value: '+1 555 0100', label: null, preferred: true }]);
    expect(bea.phone).toBe('+1 555 0100');
    expect(bea.notes).toBe('Likes tea.\n\nMerged from Bea B.:\nAlso known as: Bea B.');
  });

  it('makes a note’s only e-mail the preferred one, and leaves lines that are not values', async () => {
    const cy = (await find('u1', 'cy'))!;
    expect(cy.email).toBe('cy@only-in-notes.example');
    expect(cy.emails).toEqual([
      { value: 'cy@only-in-notes.example', label: null, preferred: true },
    ]);
    expect(cy.notes).toBe('Phone: not a number');
  });

  it('leaves notes without value lines byte for byte, and people without values empty', async () => {
    const dan = (await find('u2', 'dan'))!;
    expect(dan.notes).toBe('Just a note.\n\n\nWith gaps.');
    expect(dan.emails).toEqual([{ value: 'dan@example.com', label: null, preferred: true }]);
    const eve = (await find('u2', 'eve'))!;
    expect(eve).toMatchObject({ emails: [], phones: [], addresses: [], email: null });
  });

  it('keeps each user’s values to that user', async () => {
    expect(await find('u2', 'al')).toBeUndefined();
    expect([...(await repos().people.emailIndex('u2')).entries()]).toEqual([
      ['dan@example.com', 'dan'],
    ]);
    const index = await repos().people.emailIndex('u1');
    expect(index.get('al@home.example')).toBe('al');
    expect(index.get('bea2@old.example')).toBe('bea');
    expect(index.has('dan@example.com')).toBe(false);
  });
});
