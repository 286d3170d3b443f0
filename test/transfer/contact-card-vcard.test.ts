// The card Rapport writes back to an address book: unknown properties, Apple's item groups and
// photos come back exactly as the phone wrote them; new values are escaped and folded per RFC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContactCard } from '../../src/domain/contacts/contact-card-reader';
import { writeContactCard } from '../../src/domain/contacts/contact-card-writer';
import { emptyCard } from '../../src/domain/contacts-sync/index';
import { IPHONE_CARD } from '../support/phone-cards';

describe('contact cards', () => {
  it('reads what a phone wrote: labels from item groups, a year-less birthday, a photo', () => {
    const card = readContactCard(IPHONE_CARD);
    expect(card).toMatchObject({
      uid: '2E4F6A1B-7C8D-4E9F-A0B1-C2D3E4F5A6B7',
      name: 'Ada Lovelace',
      organization: 'Analytical Engines',
      department: 'Research',
      birthday: '--12-10',
    });
    expect(card.emails).toMatchObject([
      { value: 'ada@example.com', label: 'other', preferred: true },
    ]);
    expect(card.phones.map((p) => [p.value, p.label])).toEqual([
      ['+44 20 7946 0000', 'mobile'],
      ['+44 20 7946 0999', 'Switchboard'],
    ]);
    expect(card.photo).toContain('PHOTO;ENCODING=b');
  });

  it('writes an unchanged card back with every property the phone wrote, byte for byte', () => {
    const written = writeContactCard(readContactCard(IPHONE_CARD));
    const lines = (text: string) =>
      text
        .split('\r\n')
        .join('\n')
        .split(/\n(?![ \t])/)
        .filter(Boolean)
        .sort();
    expect(lines(written)).toEqual(lines(IPHONE_CARD));
  });

  it('escapes and folds a changed value, keeping the rest', () => {
    const card = readContactCard(IPHONE_CARD);
    card.title = 'Head of Engines, Analytical; Difference';
    card.phones.push({ value: '+44 20 7946 0123', label: 'work', preferred: false });
    const written = writeContactCard(card);
    expect(written).toContain('TITLE:Head of Engines\\, Analytical\\; Difference');
    expect(written).toContain('TEL;TYPE=WORK:+44 20 7946 0123');
    expect(written).toContain('IMPP;X-SERVICE-TYPE=Skype;type=pref:skype:ada.l');
    expect(
      written.split('\r\n').every((l) => Buffer.byteLength(l) <= 75 || l.startsWith('PHOTO')),
    ).toBe(true);
    expect(readContactCard(written).title).toBe('Head of Engines, Analytical; Difference');
  });

  it('write, read, write is stable for random cards', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', ',', ';', '\\', '\n', ' ', 'Z', '日'),
      maxLength: 90,
    });
    const values = fc.array(
      fc.record({
        value: text.filter((t) => t.trim() !== ''),
        label: fc.constantFrom(null, 'work', 'home', 'mobile', 'other', 'Switchboard'),
        preferred: fc.constant(false),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constantFrom('3.0', '4.0'),
          name: text.filter((t) => t.trim() !== '' && t.trim() === t && !t.includes('\n')),
          title: fc.option(
            text.filter((t) => t.trim() !== '' && t.trim() === t),
            { nil: null },
          ),
          birthday: fc.constantFrom(null, '--02-29', '1990-07-04'),
          emails: values,
          phones: values,
        }),
        (patch) => {
          const card = { ...emptyCard('urn:uuid:1'), ...patch };
          const once = writeContactCard(card);
          const read = readContactCard(once);
          expect(read.name).toBe(card.name);
          expect(read.title).toBe(card.title);
          expect(read.birthday).toBe(card.birthday);
          expect(read.phones.map((p) => p.value)).toEqual(card.phones.map((p) => p.value.trim()));
          expect(writeContactCard(read)).toBe(once);
        },
      ),
      { numRuns: 200 },
    );
  });
});
