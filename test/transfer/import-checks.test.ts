// An imported person is checked like a person typed into Rapport. checkNewPerson answers most
// people with a plain check before the schema; random people (edge lengths, blanks, control
// characters, bad addresses and dates) must get the same verdict as the schema itself gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPersonInput } from '../../src/app/people/person-input';
import { checkNewPerson } from '../../src/app/transfer/contact-person';
import { valueLabel } from '../../src/domain/people/contact-values';
import type { ImportedPerson } from '../../src/domain/transfer/imported-person';

const RUNS = Number(process.env.RAPPORT_FC_RUNS) || 2000;

// Mostly good values, so that a person is often good but for one field.
const tricky = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });
const text = tricky(
  fc.constantFrom('Ann Lee', 'Ж', 'Company 12', 'x'.repeat(40)),
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '',
      ' ',
      'Ann Lee',
      ' Ann Lee ',
      'Ann\tLee',
      'Ann\nLee',
      'Ann\u0085Lee',
      '\u0007',
      'Ж',
      'x'.repeat(20),
      'x'.repeat(40),
      'x'.repeat(41),
      ` ${'x'.repeat(40)} `,
      'x'.repeat(80),
      'x'.repeat(81),
      'x'.repeat(100),
      'x'.repeat(101),
      'x'.repeat(120),
      'x'.repeat(121),
      'x'.repeat(201),
      'x'.repeat(301),
    ),
  ),
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const email = tricky(
  fc.oneof(fc.constant('ann@example.com'), fc.emailAddress()),
  fc.constantFrom(
    'ann@example.com',
    ' ann@example.com ',
    'ANN.LEE@Example.org',
    'ann@example',
    'ann@example.c',
    'a@b.cd',
    '@example.com',
    'ann lee@example.com',
    '',
    ' ',
    `${'a'.repeat(250)}@example.com`,
  ),
);
const label = nullable(
  fc.constantFrom('work', 'home', 'mobile', ' other ', 'x'.repeat(41), 'a\nb'),
);
const value = (of: fc.Arbitrary<string>) =>
  fc.record({ value: of, label, preferred: fc.boolean() });
const phone = tricky(
  fc.constantFrom('+1 555 0100', '0601'),
  fc.constantFrom(' ', '', '1'.repeat(41), '555\t0100'),
);
const address = fc.record({
  street: nullable(text),
  city: nullable(text),
  region: nullable(text),
  postcode: nullable(tricky(fc.constant('10115'), fc.constantFrom(' ', '1'.repeat(21), 'a\nb'))),
  country: nullable(text),
  label,
  preferred: fc.boolean(),
});
const date = fc.record({
  type: fc.constantFrom('birthday', 'work-anniversary', 'custom') as fc.Arbitrary<
    'birthday' | 'work-anniversary' | 'custom'
  >,
  label: nullable(text),
  month: tricky(fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 13, 1.5)),
  day: tricky(fc.integer({ min: 1, max: 28 }), fc.constantFrom(0, 29, 30, 31, 32)),
  year: nullable(
    tricky(fc.constantFrom(1996, 2000), fc.constantFrom(1899, 1900, 2023, 2024, 2200, 2201)),
  ),
});

const person: fc.Arbitrary<ImportedPerson> = fc.record({
  fields: fc.record({
    name: text,
    kind: fc.constantFrom('other', 'peer', 'manager'),
    key: fc.constant(false),
    team: nullable(text),
    company: nullable(text),
    title: nullable(text),
    email: nullable(email),
    phone: nullable(phone),
    emails: tricky(
      fc.array(value(email), { maxLength: 2 }),
      fc.array(fc.constant({ value: 'ann@example.com', label: null, preferred: false }), {
        minLength: 19,
        maxLength: 22,
      }),
    ),
    phones: fc.array(value(phone), { maxLength: 2 }),
    addresses: fc.array(
      tricky(
        address,
        fc.constant({
          street: ' ',
          city: null,
          region: null,
          postcode: null,
          country: null,
          label: null,
          preferred: true,
        }),
      ),
      { maxLength: 1 },
    ),
    city: nullable(text),
    country: nullable(text),
    timeZone: nullable(
      tricky(
        fc.constantFrom('Europe/Paris', 'UTC'),
        fc.constantFrom(' Europe/Paris ', 'Mars/Base', ''),
      ),
    ),
    workingHours: fc.constant(null),
    tags: tricky(
      fc.array(text, { maxLength: 2 }),
      fc.array(fc.constant('tag'), { minLength: 49, maxLength: 51 }),
    ),
    facts: fc.array(text, { maxLength: 2 }),
    links: tricky(
      fc.constant([]),
      fc.array(fc.constantFrom('https://example.com', 'javascript:alert(1)', 'nope'), {
        maxLength: 1,
      }),
    ),
    notes: nullable(tricky(text, fc.constant('x'.repeat(20_001)))),
    cadenceDays: fc.constant(null),
    snoozedUntil: fc.constant(null),
    paused: fc.constant(false),
    officeDays: fc.constant([]),
    newSince: fc.constant(null),
    lastTalkedEstimate: fc.constant(null),
  }),
  dates: fc.array(date, { maxLength: 2 }),
}) as fc.Arbitrary<ImportedPerson>;

function schemaVerdict({ fields, dates }: ImportedPerson): boolean {
  const { key: _key, workingHours: _w, cadenceDays: _c, snoozedUntil: _s, ...rest } = fields;
  const { paused: _p, officeDays: _o, newSince: _n, lastTalkedEstimate: _l, ...input } = rest;
  return newPersonInput.safeParse({ ...input, dates }).success;
}

describe('checkNewPerson', () => {
  it('accepts and refuses exactly the people the schema of a new person does', () => {
    fc.assert(
      fc.property(person, (p) => {
        expect(checkNewPerson(p) === null).toBe(schemaVerdict(p));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the schema’s own reason for a refusal', () => {
    const base = {
      name: 'Ann Lee',
      kind: 'other',
      key: false,
      team: null,
      company: null,
      title: null,
      email: null,
      phone: null,
      emails: [{ value: 'ann@example', label: null, preferred: true }],
      phones: [],
      addresses: [],
      city: null,
      country: null,
      timeZone: null,
      workingHours: null,
      tags: [],
      facts: [],
      links: [],
      notes: null,
      cadenceDays: null,
      snoozedUntil: null,
      paused: false,
      officeDays: [],
      newSince: null,
      lastTalkedEstimate: null,
    } satisfies ImportedPerson['fields'];
    expect(checkNewPerson({ fields: base, dates: [] })).toBe(
      'emails.0.value: Enter a valid e-mail address',
    );
    expect(checkNewPerson({ fields: { ...base, emails: [] }, dates: [] })).toBeNull();
    expect(
      checkNewPerson({
        fields: { ...base, emails: [] },
        dates: [{ type: 'birthday', label: null, month: 2, day: 30, year: null }],
      }),
    ).toBe('dates.0: That date does not exist');
  });
});

describe('valueLabel', () => {
  it('reads one word as it reads a list (the one-word path is a shortcut, not a rule)', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'CELL',
        ' home ',
        'voice',
        'Pref',
        'iPhone',
        'Work,voice',
        '',
        ' ',
        'x'.repeat(45),
      ),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.option(word, { nil: null }), (w) => {
        expect(valueLabel(w)).toBe(valueLabel(w, null));
      }),
      { numRuns: RUNS },
    );
    expect(valueLabel('CELL')).toBe('mobile');
    expect(valueLabel(' Gym ')).toBe('Gym');
    expect(valueLabel('voice')).toBeNull();
  });
});
