// The import through the API: a preview changes nothing, applying does what the preview said,
// duplicates are found by UID, e-mail, and name (with a shared phone), never by a phone alone, a
// second import adds nothing, broken rows are reported and skipped, and a failure half-way
// leaves nothing behind.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PeopleBulkRepository } from '../../src/store/transfer/people-bulk-repository';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { fixture } from './fixtures';

const card = (lines: string[]) =>
  ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe.each(dialects())('importing through the API on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let other: Session;

  const people = async (session = owner) =>
    (await api.call('GET', '/api/people', { session })).body.people;
  const importFile = (body: BodyOf<'POST', '/api/import'>, session = owner) =>
    api.call('POST', '/api/import', { session, body });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    other = await api.addMember(owner);
  });
  afterAll(() => db.dispose());
  afterEach(() => vi.restoreAllMocks());

  it('previews without changing anything, then applies exactly the preview', async () => {
    const content = fixture('google-contacts.csv');
    const preview = await importFile({ filename: 'contacts.csv', content, apply: false });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      format: 'csv',
      source: 'google-csv',
      applied: false,
      created: 3,
      updated: 0,
      merged: 0,
      skipped: 0,
      errors: [{ line: 8, reason: 'the row has no name' }],
    });
    expect(await people()).toEqual([]);

    const applied = await importFile({ filename: 'contacts.csv', content, apply: true });
    expect(applied.body).toMatchObject({ applied: true, created: 3, errors: [{ line: 8 }] });
    expect(applied.body.people).toEqual(preview.body.people);
    expect((await people()).map((p) => p.name).sort()).toEqual([
      'Acme Plumbing',
      'Priya Raman',
      'Tomás Ó Briain',
    ]);

    const again = await importFile({ filename: 'contacts.csv', content, apply: true });
    expect(again.body).toMatchObject({ created: 0, updated: 0, merged: 0, skipped: 3 });
    expect(again.body.people.every((e) => e.action === 'unchanged')).toBe(true);
  });

  it('matches people already kept by e-mail or name and only fills what is missing', async () => {
    const added = await api.call('POST', '/api/people', {
      session: owner,
      body: { name: 'Ann Lee', email: 'ann@example.com', company: 'Old Co', tags: ['keep'] },
    });
    await api.call('POST', '/api/people', {
      session: owner,
      body: { name: 'Bo Chen', phone: '+1 (555) 010-0199' },
    });
    await api.call('POST', '/api/people', { session: owner, body: { name: 'Cy Diaz' } });
    const content = [
      card(['FN:Ann L.', 'EMAIL:ANN@example.com', 'ORG:New Co', 'TITLE:CTO', 'CATEGORIES:friends']),
      card(['FN:Robert Chen', 'TEL:555 010 0199', 'EMAIL:bo@example.com']),
      card(['FN:cy DÍAZ', 'NOTE:Met at the conference']),
      card(['FN:Dee Evans', 'EMAIL:dee@example.com']),
    ].join('\r\n');
    const preview = await importFile({ filename: 'x.vcf', content, apply: false });
    expect(preview.body).toMatchObject({ created: 2, updated: 2, skipped: 0 });
    const byName = Object.fromEntries(preview.body.people.map((e) => [e.name, e]));
    expect(byName['Ann L.']).toMatchObject({
      action: 'update',
      match: { name: 'Ann Lee', by: 'email', personId: added.body.person.id },
      changes: ['title', 'tags'],
    });
    // Bo's number on a card with another name and e-mail is someone else (a shared line).
    expect(byName['Robert Chen']).toMatchObject({ action: 'create' });
    expect(byName['cy DÍAZ']).toMatchObject({ action: 'update', match: { by: 'name' } });
    expect(byName['Dee Evans']).toMatchObject({ action: 'create' });

    await importFile({ filename: 'x.vcf', content, apply: true });
    const ann = (await people()).find((p) => p.name === 'Ann Lee')!;
    // Kept: the name and company the user typed; added: the title and the tag.
    expect(ann).toMatchObject({ company: 'Old Co', email: 'ann@example.com' });
    expect(ann.tags).toEqual(['keep', 'friends']);
    const bo = (await people()).find((p) => p.name === 'Bo Chen')!;
    expect(bo.email).toBeNull();
    const cy = (await people()).find((p) => p.name === 'Cy Diaz')!;
    expect(cy.notes).toBe('Met at the conference');

    const again = await importFile({ filename: 'x.vcf', content, apply: true });
    expect(again.body).toMatchObject({ created: 0, updated: 0, skipped: 4 });
  });

  it('reads a file previewed twice and then applied the same way each time', async () => {
    // The apply reuses the preview's read of the same text; folding cards together must not
    // change what a later preview or the apply reads.
    const content = [
      card(['FN:Memo Ann', 'EMAIL:memo.ann@example.com', 'NOTE:First card']),
      card(['FN:Memo Ann', 'EMAIL:MEMO.ANN@example.com', 'ORG:Memo Co', 'NOTE:Second card']),
      card(['FN:Memo Bo', 'TEL:+1 555 010 0100']),
    ].join('\r\n');
    const first = await importFile({ content, apply: false });
    const second = await importFile({ content, apply: false });
    expect(second.body).toEqual(first.body);
    expect(first.body).toMatchObject({ created: 2, merged: 1 });
    const applied = await importFile({ content, apply: true });
    expect(applied.body.people).toEqual(first.body.people);
    const ann = (await people()).filter((p) => p.name === 'Memo Ann');
    expect(ann).toHaveLength(1);
    expect(ann[0]).toMatchObject({ company: 'Memo Co', email: 'memo.ann@example.com' });
    expect(ann[0]!.notes).toBe('First card\n\nSecond card');
    // Another text is read anew: Bo's card now has a title to add.
    const edited = await importFile({
      content: content.replace('TEL:+1 555 010 0100', 'TEL:+1 555 010 0100\r\nTITLE:Boss'),
      apply: false,
    });
    expect(edited.body).toMatchObject({ created: 0, updated: 1, skipped: 1 });
  });

  it('applies what is kept when it applies, not what the preview saw', async () => {
    // The apply may reuse the preview's plan only while the people it matched are unchanged.
    const content = [
      card(['FN:Later Ann', 'EMAIL:later.ann@example.com', 'TITLE:Chef']),
      card(['FN:Later Bo', 'EMAIL:later.bo@example.com']),
    ].join('\r\n');
    const preview = await importFile({ content, apply: false });
    expect(preview.body).toMatchObject({ created: 2, updated: 0 });
    // Added on the phone (another tab, a sync) between the preview and the apply.
    await api.call('POST', '/api/people', {
      session: owner,
      body: { name: 'Ann Later', email: 'later.ann@example.com' },
    });
    const applied = await importFile({ content, apply: true });
    expect(applied.body).toMatchObject({ created: 1, updated: 1 });
    const ann = (await people()).filter((p) => p.email === 'later.ann@example.com');
    expect(ann).toHaveLength(1);
    expect(ann[0]).toMatchObject({ name: 'Ann Later', title: 'Chef' });
    // Previewed again with another kind, the plan is made anew: Cy is filed as a friend.
    const bo = card(['FN:Later Cy', 'EMAIL:later.cy@example.com']);
    await importFile({ content: bo, apply: false });
    await importFile({ content: bo, apply: false, kind: 'friend' });
    await importFile({ content: bo, apply: true, kind: 'friend' });
    expect((await people()).find((p) => p.name === 'Later Cy')).toMatchObject({ kind: 'friend' });
  });

  it('imports three colleagues who share the office switchboard as three people', async () => {
    const content = ['Alice Arendt', 'Bob Brandt', 'Carol Cramer']
      .map((name) =>
        card([
          `FN:${name}`,
          `EMAIL:${name.split(' ')[0]!.toLowerCase()}@office.example`,
          'TEL;TYPE=WORK:+49 30 1234567',
        ]),
      )
      .join('\r\n');
    const noEmails = ['Dora Dietz', 'Emil Engel', 'Fritz Fuchs']
      .map((name) => card([`FN:${name}`, 'TEL;TYPE=WORK:+49 30 7654321']))
      .join('\r\n');
    const applied = await importFile({
      filename: 'office.vcf',
      content: `${content}\r\n${noEmails}`,
      apply: true,
    });
    expect(applied.body).toMatchObject({ created: 6, merged: 0, updated: 0 });
    const names = (await people()).map((p) => p.name);
    for (const name of ['Alice Arendt', 'Bob Brandt', 'Carol Cramer', 'Dora Dietz', 'Emil Engel']) {
      expect(names).toContain(name);
    }
    // A later file with one more colleague on the same line adds her; it does not fold her into
    // Alice (already kept, same phone).
    const later = await importFile({
      filename: 'more.vcf',
      content: card(['FN:Gina Graf', 'TEL;TYPE=WORK:+49 30 1234567']),
      apply: true,
    });
    expect(later.body).toMatchObject({ created: 1, updated: 0 });
  });

  it('folds cards with the same UID, and matches a card Rapport exported by its UID', async () => {
    const content = [
      card(['UID:abc-123', 'FN:Hanna Hart', 'EMAIL:hanna@one.example']),
      card(['UID:abc-123', 'FN:Hanna H.', 'EMAIL:hanna@two.example']),
    ].join('\r\n');
    const applied = await importFile({ filename: 'uid.vcf', content, apply: true });
    expect(applied.body).toMatchObject({ created: 1, merged: 1 });
    expect(applied.body.people[1]).toMatchObject({ duplicateOf: { line: 1, by: 'uid' } });
    const hanna = (await people()).find((p) => p.name === 'Hanna Hart')!;
    const renamed = card([`UID:urn:rapport:person:${hanna.id}`, 'FN:Hanna Hart-Berg', 'TITLE:CFO']);
    const again = await importFile({ filename: 'export.vcf', content: renamed, apply: false });
    expect(again.body.people[0]).toMatchObject({
      action: 'update',
      match: { personId: hanna.id, by: 'uid' },
    });
  });

  it('never marks imported people new, and spreads their estimated last conversation', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `Spread Person ${i}`);
    const content = names
      .map((n, i) => card([`FN:${n}`, `EMAIL:spread${i}@example.com`]))
      .join('\r\n');
    const preview = await importFile({ content, apply: false, familiarity: 'regularly' });
    expect(preview.body.familiarity).toBe('regularly');
    const applied = await importFile({ content, apply: true, familiarity: 'regularly' });
    expect(applied.body.created).toBe(20);
    expect(applied.body.people).toEqual(preview.body.people);
    const imported = (await api.call('GET', '/api/people?match=spread', { session: owner })).body
      .people;
    expect(imported).toHaveLength(20);
    expect(imported.every((p) => p.newSince === null)).toBe(true);
    const days = new Set(imported.map((p) => p.lastTalkedEstimate));
    expect(days.has(null)).toBe(false);
    expect(days.size).toBeGreaterThanOrEqual(8);
    const today = new Date().toISOString().slice(0, 10);
    for (const day of days) expect(day! < today || day === today).toBe(true);

    const bad = await api.raw('POST', '/api/import', {
      session: owner,
      body: { content, apply: false, familiarity: 'besties' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/Familiarity is one of/);
  });

  it('folds cards of one person within a file, but not namesakes with other e-mails', async () => {
    const content = [
      card(['FN:Eve Fox', 'EMAIL:eve@work.example', 'TEL:+44 7700 900123']),
      card(['FN:Eve Fox', 'EMAIL:eve@home.example', 'TEL:07700 900123', 'BDAY:1990-01-02']),
      card(['FN:Gil Ho', 'EMAIL:gil@one.example']),
      card(['FN:Gil Ho', 'EMAIL:gil@two.example']),
    ].join('\r\n');
    const applied = await importFile({ filename: 'dupes.vcf', content, apply: true, tag: 'dupes' });
    expect(applied.body).toMatchObject({ created: 3, merged: 1 });
    const folded = applied.body.people.find((e) => e.line === 7);
    expect(folded).toMatchObject({ action: 'duplicate', duplicateOf: { line: 1, by: 'phone' } });
    const eve = (await people()).find((p) => p.name === 'Eve Fox')!;
    expect(eve.email).toBe('eve@work.example');
    // Both e-mails and the number (written two ways) are values; nothing went into the note.
    expect(eve.emails).toEqual([
      { value: 'eve@work.example', label: null, preferred: true },
      { value: 'eve@home.example', label: null, preferred: false },
    ]);
    expect(eve.phones).toEqual([{ value: '+44 7700 900123', label: null, preferred: true }]);
    expect(eve.notes).toBeNull();
    expect(eve.dates.map((d) => d.type)).toEqual(['birthday']);
    expect(eve.tags).toEqual(['dupes']);
    expect((await people()).filter((p) => p.name === 'Gil Ho')).toHaveLength(2);
  });

  it('files new people under --kind and tags them with --tag', async () => {
    const content = card(['FN:Hal Ito', 'EMAIL:hal@example.com']);
    const preview = await importFile({ content, apply: false });
    expect(preview.body).toMatchObject({ kind: 'other', tag: null });
    await importFile({ content, apply: true, kind: 'network', tag: 'conference' });
    const hal = (await people()).find((p) => p.name === 'Hal Ito')!;
    expect(hal).toMatchObject({ kind: 'network', tags: ['conference'] });
  });

  it('reports broken cards by line, imports the rest, and never answers 500', async () => {
    const applied = await importFile({
      filename: 'broken.vcf',
      content: fixture('broken.vcf'),
      apply: true,
    });
    expect(applied.status).toBe(200);
    expect(applied.body.errors.map((e) => e.line)).toEqual([6, 13, 17, 19]);
    expect(applied.body.created).toBe(2);
    const good = (await people()).filter((p) => p.name.startsWith('Good '));
    expect(good.map((p) => p.name).sort()).toEqual(['Good After', 'Good Before']);
  });

  it('refuses what it cannot read at all with a clear 400', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ format: 'vcard', content: 'hello', apply: false }, /not a vCard file/],
      [{ format: 'csv', content: '', apply: false }, /empty/],
      [{ filename: 'l.csv', content: fixture('custom-list.csv'), apply: false }, /Which column/],
      [
        { content: 'Name,Email\nA,a@x.io', mapping: { name: 'Full' }, apply: false },
        /No column "Full"/,
      ],
      [{ content: 'x', mapping: { shoeSize: 'x' }, apply: false }, /Map only these fields/],
      [{ content: 'x', kind: 'alien', apply: false }, /Kind is one of/],
      [{ content: 'x' }, /apply/],
    ];
    for (const [body, message] of cases) {
      const response = await api.raw('POST', '/api/import', { session: owner, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.message).toMatch(message);
    }
  });

  it('reads a mapped CSV the user confirmed', async () => {
    const response = await importFile({
      filename: 'list.csv',
      content: fixture('custom-list.csv'),
      mapping: { name: 'Vollständiger Name', email: 'E-Post', company: 'Firma' },
      apply: true,
    });
    expect(response.body).toMatchObject({ source: 'mapped-csv', created: 2 });
    expect((await people()).find((p) => p.name === 'Karin Berger')?.company).toBe('Berger & Söhne');
  });

  it('takes files larger than the 1 MB API limit', async () => {
    const cards = Array.from({ length: 4000 }, (_, i) =>
      card([`FN:Bulk Person ${i}`, `EMAIL:bulk${i}@example.com`, `NOTE:${'x'.repeat(200)}`]),
    ).join('\r\n');
    expect(cards.length).toBeGreaterThan(1024 * 1024);
    const response = await importFile({ filename: 'big.vcf', content: cards, apply: true });
    expect(response.status).toBe(200);
    expect(response.body.created).toBe(4000);
    // Other routes keep the 1 MB limit.
    const big = await api.call('POST', '/api/people', {
      session: owner,
      body: { name: 'x', notes: 'y'.repeat(2 * 1024 * 1024) },
    });
    expect(big.status).toBe(413);
  });

  it('streams progress lines and ends with the report when asked for NDJSON', async () => {
    const cards = Array.from({ length: 600 }, (_, i) => card([`FN:Stream ${i}`])).join('\r\n');
    const response = await api.call('POST', '/api/import', {
      session: owner,
      body: { content: cards, apply: true },
      headers: { accept: 'application/x-ndjson' },
    });
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    // The contract types the JSON report; asked for NDJSON, the answer is its text.
    const lines = (response.body as unknown as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => l.progress?.phase === 'reading')).toBe(true);
    expect(lines.some((l) => l.progress?.phase === 'writing')).toBe(true);
    expect(lines.at(-1).report).toMatchObject({ applied: true, created: 600 });
  });

  it('writes all or nothing: a failure half-way leaves no one behind', async () => {
    const before = (await people()).length;
    const insert = PeopleBulkRepository.prototype.insert;
    let calls = 0;
    vi.spyOn(PeopleBulkRepository.prototype, 'insert').mockImplementation(async function (
      this: PeopleBulkRepository,
      ...args
    ) {
      await insert.apply(this, args);
      calls += 1;
      throw new Error(`disk full after ${calls} batch`);
    });
    const content = Array.from({ length: 50 }, (_, i) => card([`FN:Atomic ${i}`])).join('\r\n');
    const response = await importFile({ content, apply: true });
    expect(response.status).toBe(500);
    expect(calls).toBe(1);
    expect((await people()).length).toBe(before);
  });

  it('writes all or nothing when the database refuses a batch while the next one is waiting', async () => {
    const before = (await people()).length;
    // A batch is written while the next is built; the second batch's people collide with the
    // first's in the database, and the third, already built, must never reach it.
    type Batch = { people: { id: string }[] };
    type Writer = { writeBatch(ownerId: string, rows: Batch, hits: unknown[]): Promise<void> };
    const prototype = PeopleBulkRepository.prototype as unknown as Writer;
    const write = prototype.writeBatch;
    const written: string[] = [];
    vi.spyOn(prototype, 'writeBatch').mockImplementation(async function (
      this: Writer,
      ownerId,
      rows,
      hits,
    ) {
      if (written.length === 1) rows.people[0]!.id = written[0]!;
      written.push(rows.people[0]!.id);
      return write.call(this, ownerId, rows, hits);
    });
    const content = Array.from({ length: 2500 }, (_, i) =>
      card([`FN:Batch Person ${i}`, `EMAIL:batch${i}@example.com`]),
    ).join('\r\n');
    const response = await importFile({ content, apply: true });
    expect(response.status).toBe(500);
    expect(written).toHaveLength(2);
    expect((await people()).length).toBe(before);
  });

  it('matches only the importing user’s people and keeps each user’s import to themselves', async () => {
    const content = card(['FN:Ann Lee', 'EMAIL:ann@example.com']);
    const preview = await importFile({ content, apply: false }, other);
    expect(preview.body).toMatchObject({ created: 1, updated: 0, skipped: 0 });
    expect(JSON.stringify(preview.body)).not.toContain('personId');
    await importFile({ content, apply: true }, other);
    const theirs = await people(other);
    expect(theirs.map((p) => p.name)).toEqual(['Ann Lee']);
    const mine = (await people()).filter((p) => p.name === 'Ann Lee');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.id).not.toBe(theirs[0]!.id);
  });
});
