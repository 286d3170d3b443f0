// Contacts CSVs: Google (current and older layout), Outlook, LinkedIn's Connections.csv, and any
// CSV read through a column mapping; broken rows are reported with their line.
import { describe, expect, it } from 'vitest';
import {
  type ContactCandidate,
  ContactFileError,
} from '../../src/domain/contacts/contact-candidate';
import { readContacts } from '../../src/domain/contacts/contact-file';
import { fixture } from './fixtures';

const read = (name: string, mapping?: Record<string, string>) =>
  readContacts(fixture(name), { filename: name, mapping });

const emails = (c: ContactCandidate) => c.emails.map((e) => e.value);

describe('contacts CSVs', () => {
  it('reads Google Contacts CSV: ::: lists, the * primary mark, labels, events, relations', () => {
    const { source, contacts, errors } = read('google-contacts.csv');
    expect(source).toBe('google-csv');
    expect(contacts.map((c) => c.name)).toEqual(['Priya Raman', 'Tomás Ó Briain', 'Acme Plumbing']);
    const priya = contacts[0]!;
    expect(emails(priya)).toEqual([
      'priya.raman@contoso.example',
      'priya@gmail.example',
      'priya.r@old.example',
    ]);
    expect(priya).toMatchObject({
      line: 2,
      company: 'Contoso',
      title: 'Product Manager',
      team: 'Payments',
      city: 'Bengaluru',
      country: 'India',
      birthday: { year: 1990, month: 11, day: 2 },
      tags: ['Colleagues', 'starred'],
      facts: ['spouse: Arjun'],
      links: ['https://github.com/priya-r'],
      notes: 'Loves cricket.\nAsk about the IPL.',
      dates: [{ label: 'anniversary', date: { year: 2016, month: 2, day: 29 } }],
    });
    // Priya's notes span lines 2–3, so Tomás starts on line 6 (the address spans three).
    expect(contacts[1]).toMatchObject({ line: 6, birthday: { year: null, month: 7, day: 30 } });
    expect(errors).toEqual([{ line: 8, reason: 'the row has no name' }]);
  });

  it('reads the older Google CSV layout', () => {
    const { source, contacts } = read('google-contacts-legacy.csv');
    expect(source).toBe('google-csv');
    expect(contacts[0]).toMatchObject({
      name: 'Grace Hopper',
      company: 'US Navy',
      title: 'Rear Admiral',
      birthday: { year: 1906, month: 12, day: 9 },
      tags: ['Navy'],
    });
    expect(emails(contacts[0]!)).toEqual(['grace@navy.example']);
  });

  it('reads Outlook CSV: Windows-1252, M/D/YYYY, 0/0/00 for no date, Categories', () => {
    const { source, contacts, errors } = read('outlook.csv');
    expect(source).toBe('outlook-csv');
    expect(errors).toEqual([]);
    const joerg = contacts.find((c) => c.name === 'Jörg Müller')!;
    expect(joerg).toMatchObject({
      company: 'Contoso GmbH',
      team: 'Vertrieb',
      title: 'Vertriebsleiter',
      city: 'München',
      country: 'Deutschland',
      birthday: { year: 1979, month: 3, day: 12 },
      dates: [{ label: 'Anniversary', date: { year: 2008, month: 8, day: 16 } }],
      tags: ['Kunden', 'Bayern'],
      facts: ['spouse: Anna', 'children: Lena, Max', 'manager: Petra Schmidt', 'hobby: Fußball'],
      links: ['https://www.contoso.example/de'],
      notes: 'Trinkt seinen Kaffee schwarz.\nBudget 5.000 €.',
    });
    expect(emails(joerg)).toEqual(['joerg.mueller@contoso.example']);
    const helene = contacts.find((c) => c.name === 'Hélène Dubois')!;
    expect(helene.birthday).toBeNull();
    expect(helene.warnings).toEqual([]);
    // A room with only an Exchange address and a display name still gets its name.
    expect(contacts.map((c) => c.name)).toContain('Conference Room 4');
  });

  it('reads LinkedIn Connections.csv after its notes, with "12 Nov 2024" dates', () => {
    const { source, contacts, errors } = read('linkedin-connections.csv');
    expect(source).toBe('linkedin-csv');
    expect(errors).toEqual([]);
    expect(contacts.map((c) => [c.line, c.name])).toEqual([
      [5, 'Amara Nwosu'],
      [6, 'Lars Eriksen'],
      [7, 'Astrid Lindqvist'],
    ]);
    expect(contacts[0]).toMatchObject({
      company: 'Globex',
      title: 'VP Engineering',
      links: ['https://www.linkedin.com/in/amaranwosu'],
      noteLines: ['Connected on LinkedIn: 2024-11-12'],
    });
    expect(contacts[1]).toMatchObject({ emails: [], company: 'Initech, Inc.' });
    expect(contacts[1]!.title).toBe('Senior "Data" Scientist');
  });

  it('reads any CSV through a mapping, and says which column it needs when it cannot guess', () => {
    expect(() => read('custom-list.csv')).toThrow(ContactFileError);
    expect(() => read('custom-list.csv')).toThrow(/Which column holds the name/);
    const { source, contacts, mapping } = read('custom-list.csv', {
      name: 'Vollständiger Name',
      email: 'E-Post',
      company: 'Firma',
      birthday: 'Geburtstag',
      tags: 'Stichworte',
    });
    expect(source).toBe('mapped-csv');
    expect(mapping).toMatchObject({ name: 'Vollständiger Name' });
    expect(contacts[0]).toMatchObject({
      name: 'Karin Berger',
      company: 'Berger & Söhne',
      birthday: { year: 1975, month: 2, day: 14 },
      tags: ['Verein', 'Nachbarn'],
    });
    expect(emails(contacts[0]!)).toEqual(['karin@berger.example']);
    expect(() => read('custom-list.csv', { name: 'Nope' })).toThrow(/No column "Nope"/);
  });

  it('guesses an obvious mapping and reports broken rows by line', () => {
    const { source, mapping, contacts, errors } = read('broken.csv');
    expect(source).toBe('guessed-csv');
    expect(mapping).toEqual({ name: 'Name', email: 'Email', company: 'Company' });
    expect(contacts.map((c) => [c.line, c.name])).toEqual([
      [2, 'Good One'],
      [4, 'Good Two'],
      [8, 'Good Three'],
    ]);
    expect(contacts[1]!.company).toBe('Multi\nline co');
    expect(errors).toEqual([
      { line: 3, reason: 'a quote opens a field and is never closed' },
      { line: 6, reason: 'the row has 5 fields; the header has 3' },
      { line: 7, reason: 'the row has no name' },
    ]);
  });

  it('takes semicolon- and tab-separated files', () => {
    const tabbed = readContacts('Name\tEmail\nAnn Lee\tann@example.com\n', { format: 'csv' });
    expect(tabbed.contacts[0]).toMatchObject({ name: 'Ann Lee' });
    const semi = readContacts('Name;Email\n"Lee; Ann";ann@example.com\n', { format: 'csv' });
    expect(semi.contacts[0]).toMatchObject({ name: 'Lee; Ann' });
  });
});
