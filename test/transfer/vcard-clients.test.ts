// vCard exports as real address books write them (see test/fixtures/contacts/README.md), read
// by the parser and then imported through the API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactCandidate } from '../../src/domain/contacts/contact-candidate';
import { readContacts } from '../../src/domain/contacts/contact-file';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { fixture } from './fixtures';

function read(name: string) {
  return readContacts(fixture(name), { filename: name });
}

function byName(contacts: ContactCandidate[], name: string): ContactCandidate {
  const found = contacts.find((c) => c.name === name);
  if (!found) throw new Error(`${name} not among ${contacts.map((c) => c.name).join(', ')}`);
  return found;
}

const emails = (c: ContactCandidate) => c.emails.map((e) => e.value);

describe('vCard exports from address books', () => {
  it('reads Apple Contacts (macOS): itemN groups, X-ABLabel, X-ABDATE, photos, omitted years', () => {
    const { contacts, errors } = read('apple-macos.vcf');
    expect(contacts.map((c) => c.name)).toEqual([
      'Astrid Lindqvist',
      'Chidi Okafor',
      'Blue Bottle Café',
    ]);
    const astrid = byName(contacts, 'Astrid Lindqvist');
    expect(emails(astrid)).toEqual(['astrid@northwind.example', 'astrid.l@mail.example']);
    expect(astrid.emails[0]!.label).toBe('other');
    expect(astrid.phones).toEqual([
      { value: '+46 70 123 45 67', label: 'cell' },
      { value: '+46 8 555 010 20', label: 'Desk' },
    ]);
    expect(astrid).toMatchObject({
      company: 'Northwind Traders, AB',
      team: 'Platform',
      title: 'Staff Engineer',
      city: 'Stockholm',
      country: 'Sweden',
      birthday: { year: 1988, month: 3, day: 14 },
      notes: 'Met at the Lisbon offsite.\nPrefers async, hates Monday calls.',
      facts: ['spouse: Erik'],
    });
    expect(astrid.dates).toEqual([
      { label: 'anniversary', date: { year: 2015, month: 6, day: 20 } },
    ]);
    expect(astrid.links).toEqual(['https://astrid.example', 'http://www.linkedin.com/in/astridl']);
    expect(byName(contacts, 'Chidi Okafor')).toMatchObject({
      birthday: { year: null, month: 7, day: 9 },
      facts: ['child: Ada'],
      phones: [{ value: '+44 20 7946 0018', label: 'mobile' }],
    });
    // The group card is reported, not imported as a person.
    expect(errors).toEqual([{ line: 67, reason: 'a contact group, not a person' }]);
  });

  it('reads an iPhone share: custom labels and a birthday without a year', () => {
    const { contacts, errors } = read('iphone-share.vcf');
    expect(errors).toEqual([]);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      name: 'Haruto Nakamura',
      company: 'Kaizen Labs',
      title: 'Design Lead',
      city: 'Tokyo',
      birthday: { year: null, month: 12, day: 24 },
      dates: [{ label: 'Started at Kaizen', date: { year: 2019, month: 4, day: 1 } }],
    });
    expect(contacts[0]!.phones[0]).toEqual({ value: '+81 90 1234 5678', label: 'iPhone' });
  });

  it('reads Google Contacts: escaped colons in URLs, myContacts dropped, no-year birthdays', () => {
    const { contacts, errors } = read('google-contacts.vcf');
    expect(errors).toEqual([]);
    const priya = byName(contacts, 'Priya Raman');
    expect(emails(priya)).toEqual(['priya.raman@contoso.example', 'priya@gmail.example']);
    expect(priya).toMatchObject({
      company: 'Contoso',
      title: 'Product Manager',
      city: 'Bengaluru',
      country: 'India',
      birthday: { year: 1990, month: 11, day: 2 },
      tags: ['Colleagues', 'Bangalore'],
      links: ['https://github.com/priya-r'],
      notes: 'Loves cricket, especially the IPL.',
      noteLines: ['Nickname: Pri'],
    });
    expect(byName(contacts, 'Tomás Ó Briain')).toMatchObject({
      birthday: { year: null, month: 7, day: 30 },
      tags: [],
    });
  });

  it('reads Outlook 2.1: Windows-1252, quoted-printable with soft breaks, bare types', () => {
    const { contacts, errors } = read('outlook-2.1.vcf');
    expect(errors).toEqual([]);
    const joerg = byName(contacts, 'Jörg Müller');
    expect(emails(joerg)).toEqual(['joerg.mueller@contoso.example']);
    expect(joerg).toMatchObject({
      company: 'Contoso GmbH',
      team: 'Vertrieb',
      title: 'Vertriebsleiter',
      city: 'München',
      country: 'Deutschland',
      birthday: { year: 1979, month: 3, day: 12 },
      dates: [{ label: 'Anniversary', date: { year: 2008, month: 8, day: 16 } }],
      facts: ['spouse: Anna'],
      notes:
        'Trinkt seinen Kaffee schwarz.\nHat zwei Kinder (Lena und Max), für Fußball begeistert; Budget 5.000 €.',
    });
    // The mobile number (TEL;CELL;VOICE) comes before the office line.
    expect(joerg.phones.map((p) => p.label)).toEqual(['cell', 'work']);
    const helene = byName(contacts, 'Hélène Dubois');
    expect(helene.notes).toBe('Préfère le thé au café.');
    expect(emails(helene)).toEqual(['helene.dubois@exemple.example', 'h.dubois@maison.example']);
  });

  it('reads Android: UTF-8 quoted-printable names and addresses, X-ANDROID-CUSTOM', () => {
    const { contacts, errors } = read('android.vcf');
    expect(errors).toEqual([]);
    const zofia = byName(contacts, 'Zofia Żukowska');
    expect(emails(zofia)).toEqual(['zofia.zukowska@poczta.example', 'z.zukowska@firma.example']);
    expect(zofia).toMatchObject({
      company: 'Firma Sp. z o.o.',
      title: 'Kierownik projektu',
      city: 'Warszawa',
      country: 'Polska',
      birthday: { year: 1992, month: 5, day: 23 },
      notes: 'Biega maratony.\n\nLubi psy i kawę z mlekiem.',
      noteLines: ['Nickname: Zosia'],
      facts: ['spouse: Marek'],
      dates: [{ label: 'Anniversary', date: { year: 2018, month: 9, day: 1 } }],
    });
    expect(byName(contacts, 'Jan Kowalski').phones).toEqual([
      { value: '+48 602 000 111', label: 'cell' },
    ]);
  });

  it('reads Thunderbird 4.0: PREF=1, VALUE=DATE birthdays, --MMDD anniversaries, TZ', () => {
    const { contacts, errors } = read('thunderbird.vcf');
    expect(errors).toEqual([]);
    const lea = byName(contacts, 'Léa Moreau');
    expect(emails(lea)).toEqual(['lea.moreau@exemple.example', 'lea@maison.example']);
    expect(lea).toMatchObject({
      company: 'Société Générale des Tests',
      team: 'Qualité',
      title: 'Responsable qualité',
      city: 'Paris',
      timeZone: 'Europe/Paris',
      birthday: { year: 1985, month: 4, day: 12 },
      dates: [{ label: 'Anniversary', date: { year: null, month: 9, day: 20 } }],
      notes: "Rencontrée à la conférence de Lyon, adore l'escalade.",
    });
    expect(byName(contacts, 'Noah Petit')).toMatchObject({
      birthday: { year: null, month: 2, day: 29 },
      timeZone: '+01:00',
    });
  });

  it('reads Evolution: X-EVOLUTION-* relations and anniversary, folded lines', () => {
    const { contacts, errors } = read('evolution.vcf');
    expect(errors).toEqual([]);
    expect(contacts[0]).toMatchObject({
      name: 'Mateo García',
      company: 'Empresa S.A.',
      team: 'Ingeniería',
      title: 'Arquitecto de software',
      city: 'Madrid',
      birthday: { year: 1983, month: 9, day: 30 },
      dates: [{ label: 'Anniversary', date: { year: 2011, month: 5, day: 14 } }],
      tags: ['Trabajo', 'Madrid'],
      facts: ['manager: Lucía Fernández', 'assistant: Pablo', 'spouse: Carmen'],
      notes:
        'Juega al pádel los jueves y siempre pregunta por el último libro que has leído; buen conversador.',
    });
  });

  it('reports broken cards with their line and reads the rest', () => {
    const { contacts, errors } = read('broken.vcf');
    expect(contacts.map((c) => c.name)).toEqual(['Good Before', 'Good After']);
    expect(errors).toEqual([
      { line: 6, reason: 'the card has no END:VCARD' },
      { line: 13, reason: 'not a vCard property: "this line is not a property"' },
      { line: 17, reason: expect.stringContaining('not a vCard property') },
      { line: 19, reason: 'the card has no name (FN or N)' },
    ]);
    expect(byName(contacts, 'Good After').warnings).toEqual([
      'birthday "not a date" is not a date; not kept',
    ]);
  });

  it('reads a type list with an empty entry (a damaged Apple card) instead of failing', () => {
    // ical.js gives "type=,VOICE" as a list inside the list; reading it threw a TypeError.
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Astrid Lindqvist',
      'TEL;type=CELL;type=,VOICE;type=pref:+46 70 123 45 67',
      'END:VCARD',
    ].join('\r\n');
    const { contacts, errors } = readContacts(text, { format: 'vcard' });
    expect(errors).toEqual([]);
    expect(contacts[0]!.phones).toEqual([{ value: '+46 70 123 45 67', label: 'cell' }]);
  });
});

describe.each(dialects())('importing every client’s vCards on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
  });
  afterAll(() => db.dispose());

  const files = [
    'apple-macos.vcf',
    'iphone-share.vcf',
    'google-contacts.vcf',
    'outlook-2.1.vcf',
    'android.vcf',
    'thunderbird.vcf',
    'evolution.vcf',
  ];

  it('stores names, e-mails, birthdays and organisations as the files say', async () => {
    for (const filename of files) {
      const response = await api.call('POST', '/api/import', {
        session: owner,
        body: { filename, content: fixture(filename), apply: true },
      });
      expect(response.status, filename).toBe(200);
      expect(response.body.created, filename).toBeGreaterThan(0);
    }
    const { people } = (await api.call('GET', '/api/people', { session: owner })).body;
    const person = (name: string) => {
      const found = people.find((p) => p.name === name);
      expect(found, name).toBeDefined();
      return found!;
    };
    const birthday = (p: (typeof people)[number]) => p.dates.find((d) => d.type === 'birthday');

    expect(person('Astrid Lindqvist')).toMatchObject({
      email: 'astrid@northwind.example',
      phone: '+46 70 123 45 67',
      company: 'Northwind Traders, AB',
      team: 'Platform',
      title: 'Staff Engineer',
      kind: 'other',
    });
    expect(birthday(person('Astrid Lindqvist'))).toMatchObject({ month: 3, day: 14, year: 1988 });
    expect(person('Astrid Lindqvist').emails).toEqual([
      { value: 'astrid@northwind.example', label: 'other', preferred: true },
      { value: 'astrid.l@mail.example', label: 'home', preferred: false },
    ]);
    expect(person('Astrid Lindqvist').phones).toEqual([
      { value: '+46 70 123 45 67', label: 'mobile', preferred: true },
      { value: '+46 8 555 010 20', label: 'Desk', preferred: false },
    ]);
    expect(person('Astrid Lindqvist').addresses).toEqual([
      {
        street: 'Kungsgatan 1',
        city: 'Stockholm',
        region: null,
        postcode: '111 43',
        country: 'Sweden',
        label: 'work',
        preferred: true,
      },
    ]);
    expect(person('Astrid Lindqvist').notes).not.toContain('E-mail');
    expect(birthday(person('Chidi Okafor'))).toMatchObject({ month: 7, day: 9, year: null });
    expect(birthday(person('Haruto Nakamura'))).toMatchObject({ month: 12, day: 24, year: null });
    expect(person('Priya Raman')).toMatchObject({
      email: 'priya.raman@contoso.example',
      company: 'Contoso',
      tags: ['Colleagues', 'Bangalore'],
    });
    expect(person('Jörg Müller')).toMatchObject({
      email: 'joerg.mueller@contoso.example',
      company: 'Contoso GmbH',
      city: 'München',
      facts: ['spouse: Anna'],
    });
    expect(person('Jörg Müller').dates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'birthday', month: 3, day: 12, year: 1979 }),
        expect.objectContaining({ type: 'custom', label: 'Anniversary', month: 8, day: 16 }),
      ]),
    );
    expect(person('Zofia Żukowska')).toMatchObject({
      email: 'zofia.zukowska@poczta.example',
      company: 'Firma Sp. z o.o.',
    });
    expect(person('Léa Moreau')).toMatchObject({
      email: 'lea.moreau@exemple.example',
      timeZone: 'Europe/Paris',
      company: 'Société Générale des Tests',
    });
    expect(person('Mateo García')).toMatchObject({
      email: 'mateo.garcia@empresa.example',
      company: 'Empresa S.A.',
      tags: ['Trabajo', 'Madrid'],
    });
    // Searchable straight away.
    const search = await api.call('GET', '/api/search?q=northwind', { session: owner });
    expect(JSON.stringify(search.body)).toContain('Astrid Lindqvist');
  });

  it('changes nothing when the same files are imported again', async () => {
    for (const filename of files) {
      const again = await api.call('POST', '/api/import', {
        session: owner,
        body: { filename, content: fixture(filename), apply: true },
      });
      expect(again.body, filename).toMatchObject({ created: 0, updated: 0 });
    }
  });
});
