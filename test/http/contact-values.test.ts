// Several e-mails, phones and addresses per person through the API, on both databases: labels
// and one preferred value, `email`/`phone` kept as the preferred value for old scripts, clear
// 400s that change nothing, each user's values their own, and imports that keep every value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../src/store/repositories';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const card = (lines: string[]) =>
  ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe.each(dialects())('contact values through the API on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let other: Session;

  const create = (body: BodyOf<'POST', '/api/people'>, session = owner) =>
    api.call('POST', '/api/people', { session, body });
  const get = async (id: string, session = owner) =>
    (await api.call('GET', `/api/people/${id}`, { session })).body.person;
  const patch = (id: string, body: BodyOf<'PATCH', '/api/people/{id}'>, session = owner) =>
    api.call('PATCH', `/api/people/${id}`, { session, body });
  const people = async (session = owner) =>
    (await api.call('GET', '/api/people', { session })).body.people;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    other = await api.addMember(owner);
  });
  afterAll(() => db.dispose());

  it('keeps several labelled values with one preferred, and shows it as email and phone', async () => {
    const created = await create({
      name: 'Ana Alves',
      emails: [
        { value: 'ana@work.example', label: 'work' },
        { value: 'ana@home.example', label: 'home', preferred: true },
      ],
      phones: [
        { value: '+49 30 1234567', label: 'work' },
        { value: '+49 170 7654321', label: 'mobile' },
      ],
      addresses: [
        {
          street: 'Hauptstr. 1',
          city: 'Berlin',
          postcode: '10115',
          country: 'Germany',
          label: 'work',
        },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const ana = await get(created.body.person.id);
    expect(ana.emails).toEqual([
      { value: 'ana@work.example', label: 'work', preferred: false },
      { value: 'ana@home.example', label: 'home', preferred: true },
    ]);
    expect(ana.email).toBe('ana@home.example');
    expect(ana.phones[0]).toEqual({ value: '+49 30 1234567', label: 'work', preferred: true });
    expect(ana.phone).toBe('+49 30 1234567');
    expect(ana.addresses).toEqual([
      {
        street: 'Hauptstr. 1',
        city: 'Berlin',
        region: null,
        postcode: '10115',
        country: 'Germany',
        label: 'work',
        preferred: true,
      },
    ]);
  });

  it('still takes a plain email and phone, as the preferred value', async () => {
    const created = await create({ name: 'Bo Berg', email: 'bo@one.example', phone: '555 0100' });
    const id = created.body.person.id;
    expect(await get(id)).toMatchObject({
      email: 'bo@one.example',
      emails: [{ value: 'bo@one.example', label: null, preferred: true }],
      phones: [{ value: '555 0100', label: null, preferred: true }],
    });
    await patch(id, { emails: [{ value: 'bo@one.example' }, { value: 'bo@two.example' }] });
    // An old script setting `email` replaces the preferred address and keeps the other one.
    await patch(id, { email: 'bo@new.example' });
    const bo = await get(id);
    expect(bo.emails.map((e) => [e.value, e.preferred])).toEqual([
      ['bo@new.example', true],
      ['bo@two.example', false],
    ]);
    expect(bo.email).toBe('bo@new.example');
    await patch(id, { email: null, phone: null });
    expect(await get(id)).toMatchObject({
      email: 'bo@two.example',
      phone: null,
      emails: [{ value: 'bo@two.example', preferred: true }],
      phones: [],
    });
  });

  it('refuses bad values with a 400 naming them, and changes nothing', async () => {
    const created = await create({ name: 'Cy Chu', emails: [{ value: 'cy@example.com' }] });
    const id = created.body.person.id;
    const bad = [
      { emails: [{ value: 'not an address' }] },
      { phones: [{ value: '' }] },
      { phones: [{ value: 'x'.repeat(41) }] },
      { emails: [{ value: 'a@b.example', label: 'x'.repeat(41) }] },
      { emails: [{ value: 'a@b.example', colour: 'red' }] },
      { addresses: [{ label: 'home' }] },
      { emails: Array.from({ length: 21 }, (_, i) => ({ value: `p${i}@b.example` })) },
      { emails: 'cy@example.com' },
    ];
    for (const body of bad) {
      const response = await api.raw('PATCH', `/api/people/${id}`, { session: owner, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/email|phone|address|label|Invalid|at most/i);
    }
    expect((await create({ name: 'Dee', emails: [{ value: 'nope' }] })).status).toBe(400);
    expect(await get(id)).toMatchObject({
      email: 'cy@example.com',
      emails: [{ value: 'cy@example.com', label: null, preferred: true }],
    });
    expect((await people()).some((p) => p.name === 'Dee')).toBe(false);
  });

  it('keeps each user’s values to that user', async () => {
    const created = await create({
      name: 'Eli Eng',
      emails: [{ value: 'eli@private.example' }, { value: 'eli@second.example' }],
    });
    const id = created.body.person.id;
    expect((await api.call('GET', `/api/people/${id}`, { session: other })).status).toBe(404);
    expect((await patch(id, { emails: [] }, other)).status).toBe(404);
    expect(JSON.stringify(await people(other))).not.toContain('eli@');
    const repos = repositories(db.store.db, db.store.dialect);
    const mine = await repos.people.emailIndex(owner.userId);
    expect(mine.get('eli@second.example')).toBe(id);
    const theirs = await repos.people.emailIndex(other.userId);
    expect(theirs.has('eli@second.example')).toBe(false);
    // Their own person with the same address is theirs alone.
    const same = await create({ name: 'Eli (theirs)', email: 'ELI@second.example' }, other);
    expect((await repos.people.emailIndex(other.userId)).get('eli@second.example')).toBe(
      same.body.person.id,
    );
    expect((await get(id)).emails).toHaveLength(2);
  });

  it('imports a card with two e-mails and three phones as five values, nothing in the note', async () => {
    const content = card([
      'FN:Fay Fox',
      'EMAIL;TYPE=WORK:fay@work.example',
      'EMAIL;TYPE=HOME,PREF:fay@home.example',
      'TEL;TYPE=WORK:+44 20 7946 0001',
      'TEL;TYPE=CELL:+44 7700 900001',
      'TEL;TYPE=HOME:+44 20 7946 0002',
      'ADR;TYPE=HOME:;;1 Long Lane;London;;EC1A 1AA;UK',
    ]);
    const applied = await api.call('POST', '/api/import', {
      session: owner,
      body: { filename: 'fay.vcf', content, apply: true },
    });
    expect(applied.body).toMatchObject({ created: 1 });
    const fay = (await people()).find((p) => p.name === 'Fay Fox')!;
    expect(fay.emails).toEqual([
      { value: 'fay@home.example', label: 'home', preferred: true },
      { value: 'fay@work.example', label: 'work', preferred: false },
    ]);
    expect(fay.phones).toEqual([
      { value: '+44 7700 900001', label: 'mobile', preferred: true },
      { value: '+44 20 7946 0001', label: 'work', preferred: false },
      { value: '+44 20 7946 0002', label: 'home', preferred: false },
    ]);
    expect(fay.addresses).toMatchObject([{ street: '1 Long Lane', city: 'London', label: 'home' }]);
    expect(fay.notes).toBeNull();
    // Matched again by her second address; nothing new to add.
    const again = await api.call('POST', '/api/import', {
      session: owner,
      body: {
        filename: 'fay2.vcf',
        content: card(['FN:F. Fox', 'EMAIL:fay@work.example', 'TEL:+44 20 7946 0003']),
        apply: true,
      },
    });
    expect(again.body.people[0]).toMatchObject({ action: 'update', match: { by: 'email' } });
    const after = (await people()).find((p) => p.name === 'Fay Fox')!;
    expect(after.phones.map((p) => p.value)).toContain('+44 20 7946 0003');
    expect(after.phone).toBe('+44 7700 900001');
  });

  it('imports three colleagues sharing one switchboard number as three people, each with it', async () => {
    const content = ['Alice Arendt', 'Bob Brandt', 'Carol Cramer']
      .map((name) => card([`FN:${name}`, 'TEL;TYPE=WORK:+49 30 5550000']))
      .join('\r\n');
    const applied = await api.call('POST', '/api/import', {
      session: owner,
      body: { filename: 'switchboard.vcf', content, apply: true },
    });
    expect(applied.body).toMatchObject({ created: 3, merged: 0 });
    const colleagues = (await people()).filter((p) => p.phone === '+49 30 5550000');
    expect(colleagues.map((p) => p.name).sort()).toEqual([
      'Alice Arendt',
      'Bob Brandt',
      'Carol Cramer',
    ]);
    for (const person of colleagues) {
      expect(person.phones).toEqual([{ value: '+49 30 5550000', label: 'work', preferred: true }]);
    }
  });
});
