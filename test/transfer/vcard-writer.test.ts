// The vCard writer: RFC 6350 escaping of every text value, folding at 75 octets without cutting
// a UTF-8 character, every e-mail/phone/address with its label and PREF, and write → read →
// write stable for random people (fast-check), through the same reading and planning code the
// import uses. Then the whole trip through the API: export → import → export is the same file
// apart from REV (and UID, which names the person in the account that exported it).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNewPerson, contactPerson } from '../../src/app/transfer/contact-person';
import { readVCards } from '../../src/domain/contacts/vcard-reader';
import { fold, type VCardPerson, writeVCard } from '../../src/domain/contacts/vcard-writer';
import { planImport } from '../../src/domain/transfer/import-plan';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const RUNS = Number(process.env.RAPPORT_FC_RUNS) || 300;

const base: VCardPerson = {
  id: 'p1',
  name: 'Ann Lee',
  emails: [],
  phones: [],
  addresses: [],
  company: null,
  team: null,
  title: null,
  city: null,
  country: null,
  timeZone: null,
  tags: [],
  facts: [],
  links: [],
  notes: null,
  dates: [],
  updatedAt: '2026-12-07T01:00:00.000Z',
};

/** What an import makes of a vCard file, as the writer takes it back. */
function reread(text: string, id: string): VCardPerson {
  const parsed = readVCards(text);
  expect(parsed.errors).toEqual([]);
  const contact = contactPerson(parsed.contacts[0]!);
  expect(contact.warnings).toEqual([]);
  const plan = planImport([contact], [], { kind: 'other', tag: null, check: checkNewPerson });
  const { fields, dates } = plan.creates[0]!;
  return {
    ...base,
    ...fields,
    id,
    emails: fields.emails ?? [],
    phones: fields.phones ?? [],
    addresses: fields.addresses ?? [],
    dates,
  };
}

const lines = (text: string) => text.split('\r\n');

describe('the vCard writer', () => {
  it('escapes commas, semicolons, backslashes and newlines in every text value', () => {
    const text = writeVCard({
      ...base,
      name: "Jean, Jr.; O'Brien",
      company: 'Smith; Sons, Ltd',
      title: 'C:\\ lead',
      notes: 'one\ntwo; three, four',
      facts: ['likes a;b'],
      tags: ['x,y'],
      addresses: [
        {
          street: 'Main 1; rear',
          city: 'Paris, 5e',
          region: null,
          postcode: null,
          country: 'FR',
          label: 'home',
          preferred: true,
        },
      ],
    });
    expect(lines(text)).toContain("FN:Jean\\, Jr.\\; O'Brien");
    expect(lines(text)).toContain('ORG:Smith\\; Sons\\, Ltd;');
    expect(lines(text)).toContain('TITLE:C:\\\\ lead');
    expect(lines(text)).toContain('NOTE:one\\ntwo\\; three\\, four');
    expect(lines(text)).toContain('X-RAPPORT-FACT:likes a\\;b');
    expect(lines(text)).toContain('CATEGORIES:x\\,y');
    expect(lines(text)).toContain('ADR;TYPE=home;PREF=1:;;Main 1\\; rear;Paris\\, 5e;;;FR');
    expect(reread(text, 'p1')).toMatchObject({
      name: "Jean, Jr.; O'Brien",
      company: 'Smith; Sons, Ltd',
      notes: 'one\ntwo; three, four',
    });
  });

  it('folds at 75 octets and never splits a UTF-8 character', () => {
    const long = `NOTE:${'日本語のメモ🙂é'.repeat(20)}`;
    const folded = fold(long);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      // A lone surrogate would mean an emoji was cut in two.
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(line)).toBe(false);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(fold('X'.repeat(75))).toBe('X'.repeat(75));
    expect(fold('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('writes every e-mail, phone and address with its label, the preferred first with PREF=1', () => {
    const text = writeVCard({
      ...base,
      emails: [
        { value: 'ann@home.example', label: 'home', preferred: false },
        { value: 'ann@work.example', label: 'work', preferred: true },
      ],
      phones: [
        { value: '+49 30 1234567', label: 'work', preferred: false },
        { value: '+49 170 1', label: 'mobile', preferred: true },
        { value: '+49 30 2', label: 'Desk', preferred: false },
      ],
    });
    const body = lines(text);
    expect(body.filter((l) => /EMAIL|TEL|X-ABLabel/.test(l))).toEqual([
      'EMAIL;TYPE=work;PREF=1:ann@work.example',
      'EMAIL;TYPE=home:ann@home.example',
      'TEL;VALUE=text;TYPE=cell;PREF=1:+49 170 1',
      'TEL;VALUE=text;TYPE=work:+49 30 1234567',
      'item1.X-ABLabel:Desk',
      'item1.TEL;VALUE=text:+49 30 2',
    ]);
    const back = reread(text, 'p1');
    expect(back.emails).toEqual([
      { value: 'ann@work.example', label: 'work', preferred: true },
      { value: 'ann@home.example', label: 'home', preferred: false },
    ]);
    expect(back.phones.map((p) => p.label)).toEqual(['mobile', 'work', 'Desk']);
  });

  it('is stable for random people: write → read → write gives the same text', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9'.,;\\:"日本🙂-]{1,12}$/u);
    const text = (max: number) =>
      fc
        .array(word, { minLength: 1, maxLength: max })
        .map((words) => words.join(' '))
        .filter((t) => /[^\s,;\\]/.test(t));
    const label = fc.constantFrom(null, 'work', 'home', 'mobile', 'other', 'Desk', 'Assistant');
    const email = fc
      .tuple(
        fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,10}[a-z0-9]$/),
        fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/),
      )
      .filter(([local]) => !local.includes('..'))
      .map(([local, domain]) => `${local}@${domain}.example`);
    const phone = fc.stringMatching(/^\+?[0-9]{2,4}( [0-9]{2,6}){1,3}$/);
    const values = (value: fc.Arbitrary<string>) =>
      fc
        .uniqueArray(fc.record({ value, label }), {
          maxLength: 4,
          selector: (v) => v.value.replace(/\D/g, '') || v.value,
        })
        .chain((list) =>
          fc
            .nat({ max: Math.max(0, list.length - 1) })
            .map((pick) => list.map((v, i) => ({ ...v, preferred: i === pick }))),
        );
    const address = fc.record({
      street: fc.option(text(4), { nil: null }),
      city: text(2),
      region: fc.option(text(2), { nil: null }),
      postcode: fc.option(fc.stringMatching(/^[0-9A-Z]{3,8}$/), { nil: null }),
      country: fc.option(text(2), { nil: null }),
      label,
    });
    const person = fc.record({
      name: text(4),
      emails: values(email),
      phones: values(phone),
      addresses: fc
        .uniqueArray(address, { maxLength: 2, selector: (a) => JSON.stringify(a).toLowerCase() })
        .map((list) => list.map((a, i) => ({ ...a, preferred: i === 0 }))),
      company: fc.option(text(3), { nil: null }),
      title: fc.option(text(3), { nil: null }),
      timeZone: fc.constantFrom(null, 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'),
      tags: fc.uniqueArray(text(2), { maxLength: 3, selector: (t) => t.toLowerCase() }),
      facts: fc.uniqueArray(text(5), { maxLength: 3, selector: (t) => t.toLowerCase() }),
      notes: fc.option(
        fc.array(text(6), { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')),
        { nil: null },
      ),
      birthday: fc.option(
        fc.record({
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          year: fc.option(fc.integer({ min: 1901, max: 2100 }), { nil: null }),
        }),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(person, ({ birthday, ...fields }) => {
        const start: VCardPerson = {
          ...base,
          ...fields,
          dates: birthday ? [{ type: 'birthday', label: null, ...birthday }] : [],
        };
        const first = writeVCard(start);
        const second = writeVCard(reread(first, start.id));
        expect(second).toBe(first);
        for (const line of lines(first)) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      }),
      { numRuns: RUNS },
    );
  });
});

describe.each(dialects())('export → import → export on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
  });
  afterAll(() => db.dispose());

  it('gives back the same vCard file apart from REV and UID', async () => {
    const owner = await api.setupOwner();
    const people = [
      {
        name: "Jean, Jr.; O'Brien",
        company: 'Smith; Sons',
        team: 'R&D',
        title: 'Lead, Platform',
        emails: [
          { value: 'jean@work.example', label: 'work' },
          { value: 'jean@home.example', label: 'home', preferred: true },
        ],
        phones: [
          { value: '+33 1 23 45 67 89', label: 'work' },
          { value: '+33 6 12 34 56 78', label: 'mobile' },
          { value: '+33 1 00 00 00 00', label: 'Desk' },
        ],
        addresses: [
          {
            street: '1 rue de la Paix',
            city: 'Paris',
            postcode: '75002',
            country: 'France',
            label: 'work',
          },
          { street: 'Flat 2\nBack door', city: 'Lyon', label: 'home' },
        ],
        timeZone: 'Europe/Paris',
        tags: ['paris', 'a, b'],
        facts: ['dog: Rex; a poodle'],
        links: ['https://example.com/jean'],
        notes: 'Met in Lyon.\nLikes long walks, naps; and \\ backslashes. 日本語のメモ🙂 '
          .repeat(3)
          .trim(),
        birthday: '1980-02-29',
      },
      { name: 'Bo', email: 'bo@example.com', city: 'Oslo', country: 'Norway' },
    ];
    for (const body of people) {
      const created = await api.call('POST', '/api/people', { session: owner, body });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const first = (await api.call('GET', '/api/export/vcard', { session: owner })).body;
    const member = await api.addMember(owner);
    const imported = await api.call('POST', '/api/import', {
      session: member,
      body: { filename: 'people.vcf', content: first, apply: true },
    });
    expect(imported.body).toMatchObject({ created: 2, errors: [] });
    const second = (await api.call('GET', '/api/export/vcard', { session: member })).body;
    const comparable = (text: string) =>
      text.replace(/^REV:.*$/gm, 'REV').replace(/^UID:.*$/gm, 'UID');
    expect(comparable(second)).toBe(comparable(first));
    expect(first).toContain("FN:Jean\\, Jr.\\; O'Brien");
  });
});
