// Random and mutated vCard and CSV text: the reader never crashes (only a clear "cannot read
// this file" for the file as a whole), every skipped card or row names a real line and a
// reason, and the API answers 200 or 400, never 500, whether previewing or applying.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactFileError, type ParsedContacts } from '../../src/domain/contacts/contact-candidate';
import { readContacts } from '../../src/domain/contacts/contact-file';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { fixture } from './fixtures';

// RAPPORT_FC_RUNS=5000 for a longer hunt.
const RUNS = Number(process.env.RAPPORT_FC_RUNS) || 400;

const VCARDS = [
  'apple-macos.vcf',
  'google-contacts.vcf',
  'outlook-2.1.vcf',
  'android.vcf',
  'thunderbird.vcf',
  'evolution.vcf',
  'broken.vcf',
].map((name) => ({ name, text: fixture(name) }));
const CSVS = [
  'google-contacts.csv',
  'outlook.csv',
  'linkedin-connections.csv',
  'broken.csv',
  'google-contacts-legacy.csv',
].map((name) => ({ name, text: fixture(name) }));

// Characters that matter to the formats: delimiters, quotes, escapes, encodings, folds.
const SPECIAL = fc.constantFrom(
  '"',
  ',',
  ';',
  ':',
  '=',
  '\\',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '=C3=',
  'BEGIN:VCARD',
  'END:VCARD',
  'VERSION:2.1',
  'ENCODING=QUOTED-PRINTABLE',
  'item1.',
  'é',
  '\u0000',
  '\uFEFF',
);

type Edit = { at: number; kind: number; text: string; length: number };

const edits = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.integer({ min: 0, max: 5 }),
    text: fc.oneof(SPECIAL, fc.string({ maxLength: 12 })),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  { minLength: 1, maxLength: 8 },
);

/** Applies edits: delete a span, insert text, drop, duplicate or swap a line, truncate. */
function mutate(text: string, changes: Edit[]): string {
  let out = text;
  for (const { at, kind, text: inserted, length } of changes) {
    const position = out.length === 0 ? 0 : at % out.length;
    const lines = out.split('\n');
    const line = lines.length === 0 ? 0 : at % lines.length;
    switch (kind) {
      case 0:
        out = out.slice(0, position) + out.slice(position + length);
        break;
      case 1:
        out = out.slice(0, position) + inserted + out.slice(position);
        break;
      case 2:
        lines.splice(line, 1);
        out = lines.join('\n');
        break;
      case 3:
        lines.splice(line, 0, lines[line] ?? inserted);
        out = lines.join('\n');
        break;
      case 4: {
        const other = (line + length) % Math.max(1, lines.length);
        [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
        out = lines.join('\n');
        break;
      }
      default:
        out = out.slice(0, position);
    }
  }
  return out;
}

/** What must hold for any input: a result with sane lines, or a file-level error. */
function checkRead(text: string, format: 'vcard' | 'csv' | 'auto') {
  let result: ParsedContacts;
  try {
    result = readContacts(text, { format });
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(ContactFileError);
    expect((error as Error).message.length).toBeGreaterThan(0);
    return;
  }
  const lines = text.split(/\r\n|\n|\r/).length;
  for (const issue of result.errors) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lines);
    expect(issue.reason.trim().length).toBeGreaterThan(0);
  }
  for (const contact of result.contacts) {
    expect(contact.name.trim().length).toBeGreaterThan(0);
    expect(contact.line).toBeGreaterThanOrEqual(1);
    expect(contact.line).toBeLessThanOrEqual(lines);
  }
}

describe('reading random and mutated contact files', () => {
  it('never crashes on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 })),
        fc.constantFrom('vcard' as const, 'csv' as const, 'auto' as const),
        (text, format) => checkRead(text, format),
      ),
      { numRuns: RUNS },
    );
  });

  it('never crashes on vCards from real clients with random damage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VCARDS), edits, (file, changes) =>
        checkRead(mutate(file.text, changes), 'vcard'),
      ),
      { numRuns: RUNS },
    );
  });

  it('never crashes on CSVs from real clients with random damage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CSVS), edits, (file, changes) =>
        checkRead(mutate(file.text, changes), 'csv'),
      ),
      { numRuns: RUNS },
    );
  });

  it('reports one damaged card by its line and still reads every other card', () => {
    const cards = Array.from(
      { length: 6 },
      (_, i) => `BEGIN:VCARD\nVERSION:3.0\nFN:Person ${i}\nEMAIL:p${i}@example.com\nEND:VCARD`,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), (broken) => {
        const text = cards
          .map((card, i) => (i === broken ? card.replace('EMAIL:', 'EMAIL') : card))
          .join('\n');
        const result = readContacts(text, { format: 'vcard' });
        expect(result.contacts.map((c) => c.name)).toEqual(
          cards.map((_, i) => `Person ${i}`).filter((_, i) => i !== broken),
        );
        expect(result.errors).toEqual([{ line: broken * 5 + 4, reason: expect.any(String) }]);
      }),
    );
  });
});

describe('the import API under random input', () => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    api = testApi(db);
    owner = await api.setupOwner();
  });
  afterAll(() => db.dispose());

  it('answers 200 with per-row errors or 400, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc
            .tuple(fc.constantFrom(...VCARDS, ...CSVS), edits)
            .map(([file, changes]) => mutate(file.text, changes)),
        ),
        fc.boolean(),
        fc.constantFrom('vcard', 'csv', 'auto'),
        async (content, apply, format) => {
          const response = await api.call('POST', '/api/import', {
            session: owner,
            body: { content, apply, format },
          });
          expect([200, 400], JSON.stringify(response.body)).toContain(response.status);
          if (response.status === 400) {
            expect(response.body.error!.message.length).toBeGreaterThan(0);
            return;
          }
          for (const error of response.body.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.reason.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
