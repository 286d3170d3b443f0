// Taking everything out and putting it back: the JSON export restored into an empty account
// (on the same database kind and across them) exports again to the same document, field by
// field; the vCard export reads back with ical.js; no secrets leave; every owned table is in it.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_EXPORTED, SECTIONS } from '../../src/app/transfer/export-sections';
import { OWNER_COLUMNS } from '../../src/store/transfer/account-erasure';
import { TableCatalog } from '../../src/store/transfer/table-catalog';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { type Seeded, seedEverything } from './seed';

/** The export document, as GET /api/export answers it and POST /api/restore takes it. */
type Document = BodyOf<'POST', '/api/restore'>;

/** Compares two exports record by record and field by field, naming the field that differs. */
function expectSameDocument(after: Document, before: Document) {
  expect(after.account).toEqual(before.account);
  expect(after.settings).toEqual(before.settings);
  expect(Object.keys(after.data).sort()).toEqual(Object.keys(before.data).sort());
  for (const [section, records = []] of Object.entries(before.data)) {
    expect(after.data[section], section).toHaveLength(records.length);
    records.forEach((record, i) => {
      const restored = after.data[section]![i]!;
      expect(Object.keys(restored).sort(), `${section}[${i}] fields`).toEqual(
        Object.keys(record).sort(),
      );
      for (const [field, value] of Object.entries(record)) {
        expect(restored[field], `${section}[${i}].${field}`).toEqual(value);
      }
    });
  }
}

/** Replaces ids by their order of first appearance, to compare documents whose ids changed. */
function withoutIds(document: Document, ids: string[]): Document {
  let text = JSON.stringify(document.data);
  ids.forEach((id, i) => {
    text = text.split(`"${id}"`).join(`"id-${i}"`);
  });
  // Lists of ids are ordered by id, so new ids may order them differently.
  return {
    ...document,
    data: JSON.parse(text, (key, value) =>
      key === 'personIds' && Array.isArray(value) ? [...value].sort() : value,
    ),
  };
}

function idsIn(document: Document): string[] {
  const ids: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    } else if (
      typeof value === 'string' &&
      key &&
      /^(id|personId|personIds|accomplishmentId)$/.test(key)
    ) {
      if (!ids.includes(value)) ids.push(value);
    }
  };
  visit(document.data);
  return ids;
}

describe.each(dialects())('export and restore on %s', (dialect) => {
  let source: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let seeded: Seeded;
  let exported: Document;

  beforeAll(async () => {
    source = await createTestDatabase(dialect);
    api = testApi(source);
    owner = await api.setupOwner({ email: 'me@example.com', name: 'Me Myself' });
    await api.tokenFor(owner, 'laptop');
    seeded = await seedEverything(api, owner);
    const response = await api.call('GET', '/api/export', { session: owner });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="rapport-export-/,
    );
    exported = response.body;
  });
  afterAll(() => source.dispose());

  it('holds every kind of record, with people’s dates and interactions’ people nested', () => {
    expect(exported).toMatchObject({ format: 'rapport-export', version: 1 });
    expect(exported.account).toMatchObject({ email: 'me@example.com', name: 'Me Myself' });
    expect(exported.settings.preferences).toMatchObject({ interests: ['climbing', 'sourdough'] });
    const counts = Object.fromEntries(
      Object.entries(exported.data).map(([key, records = []]) => [key, records.length]),
    );
    expect(counts).toMatchObject({
      people: 3,
      interactions: 3,
      items: 4,
      accomplishments: 2,
      workSuggestions: 2,
      flexEntries: 1,
      statusUpdates: 1,
      proposals: 1,
      trips: 2,
      routines: 1,
    });
    const ann = exported.data.people!.find((p) => p.id === seeded.people.ann)!;
    expect(ann).toMatchObject({
      name: 'Ann Lee',
      key: true,
      tags: ['mentor', 'platform'],
      facts: ['dog: Pixel', 'training for a half-marathon'],
      officeDays: ['tue', 'thu'],
      office: 'Lisbon Alfama hub',
      cadenceDays: 7,
    });
    expect(ann.dates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'birthday', month: 3, day: 14, year: 1988 }),
      ]),
    );
    // Derived values are recomputed on restore, so they stay out.
    expect(ann).not.toHaveProperty('interactionCount');
    expect(ann).not.toHaveProperty('nameKey');
    const group = exported.data.interactions!.find((i) => i.id === seeded.interactions[0]);
    expect(group?.personIds).toEqual([seeded.people.ann, seeded.people.bo].sort());
    expect(exported.data.accomplishments![0]!.people).toHaveLength(2);
  });

  it('leaves out passwords and token secrets', async () => {
    const text = JSON.stringify(exported);
    const stored = await source.store.db.selectFrom('users').select('password_hash').execute();
    const tokens = await source.store.db.selectFrom('api_tokens').select('token_hash').execute();
    for (const { password_hash } of stored) expect(text).not.toContain(password_hash);
    for (const { token_hash } of tokens) expect(text).not.toContain(token_hash);
    expect(text).not.toContain(owner.password);
    expect(text).not.toMatch(/password|token_?hash|csrf/i);
  });

  const restoreTargets = dialects().map((d) => [d] as const);

  it.each(restoreTargets)(
    'restores into an empty account on %s and exports the same document',
    async (target) => {
      const fresh = await createTestDatabase(target);
      try {
        const other = testApi(fresh);
        const me = await other.setupOwner({ email: 'me@example.com', name: 'Someone New' });
        const restored = await other.call('POST', '/api/restore', {
          session: me,
          body: exported,
        });
        expect(restored.status, JSON.stringify(restored.body)).toBe(200);
        expect(restored.body).toMatchObject({
          remapped: false,
          restored: { people: 3, interactions: 3, items: 4 },
        });
        const again = (await other.call('GET', '/api/export', { session: me })).body;
        expect(again.exportedAt).not.toBe('');
        expectSameDocument(again, exported);

        // Derived data is rebuilt: contact stats, search, and Today all work on the restored data.
        const ann = (await other.call('GET', `/api/people/${seeded.people.ann}`, { session: me }))
          .body.person;
        expect(ann).toMatchObject({
          interactionCount: 2,
          lastInteractionAt: '2026-10-05T14:00:00.000Z',
        });
        const search = await other.call('GET', '/api/search?q=migration', { session: me });
        expect(JSON.stringify(search.body)).toContain(seeded.interactions[1]);
        expect((await other.call('GET', '/api/today', { session: me })).status).toBe(200);
        const timeline = await other.call('GET', `/api/people/${seeded.people.bo}/timeline`, {
          session: me,
        });
        expect(timeline.body.items.map((i) => i.text)).toEqual(['Send the photos']);

        // A restore never mixes two histories.
        const twice = await other.call('POST', '/api/restore', { session: me, body: exported });
        expect(twice.status).toBe(409);
        expect(twice.body.error?.message).toMatch(/empty account/);
      } finally {
        await fresh.dispose();
      }
    },
  );

  it('gives every record a new id when the ids are taken in this database', async () => {
    const member = await api.addMember(owner, { email: 'twin@example.com' });
    const restored = await api.call('POST', '/api/restore', { session: member, body: exported });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.remapped).toBe(true);
    const copy = (await api.call('GET', '/api/export', { session: member })).body;
    expect(copy.data.people!.map((p) => p.id)).not.toContain(seeded.people.ann);
    const original = withoutIds(exported, idsIn(exported));
    const remapped = withoutIds(copy, idsIn(copy));
    expectSameDocument({ ...remapped, account: original.account }, original);
    // The original owner's records are untouched.
    const mine = (await api.call('GET', '/api/export', { session: owner })).body;
    expectSameDocument(mine, exported);
  });

  it('refuses documents it cannot restore, saying where the problem is', async () => {
    const member = await api.addMember(owner);
    const broken = (change: (d: Document & Record<string, unknown>) => void) => {
      const copy = structuredClone(exported) as Document & Record<string, unknown>;
      change(copy);
      return copy;
    };
    const cases: [unknown, number, RegExp][] = [
      [{ hello: 'world' }, 400, /format/],
      [
        broken((d) => {
          d.version = 2;
        }),
        400,
        /newer Rapport/,
      ],
      [
        broken((d) => {
          d.data.pets = [];
        }),
        400,
        /pets/,
      ],
      [
        broken((d) => {
          d.data.people![0]!.shoeSize = 44;
        }),
        400,
        /data\.people\[0\]\.shoeSize/,
      ],
      [
        broken((d) => {
          d.data.people![1]!.kind = 'alien';
        }),
        400,
        /data\.people\[1\]\.kind/,
      ],
      [
        broken((d) => {
          d.data.items![0]!.personId = 'nobody';
        }),
        400,
        /data\.items\[0\]\.personId/,
      ],
      [
        broken((d) => {
          d.data.people![1]!.id = d.data.people![0]!.id;
        }),
        400,
        /appears twice/,
      ],
      [
        broken((d) => {
          d.data.interactions![0]!.personIds = [];
        }),
        400,
        /at least one person/,
      ],
      // A routine of a kind or for someone no routine can be: GET /api/routines would answer
      // outside its own schema after such a restore.
      [
        broken((d) => {
          (d.data.routines![0] as Record<string, unknown>).kind = 'alien';
        }),
        400,
        /routines\[0\]\.kind/,
      ],
      [
        broken((d) => {
          (d.data.routines![0] as Record<string, unknown>).assignee = 'nobody';
        }),
        400,
        /routines\[0\]\.assignee/,
      ],
      [
        broken((d) => {
          d.account.timeZone = 'Mars/Olympus';
        }),
        400,
        /account\.timeZone/,
      ],
    ];
    for (const [body, status, message] of cases) {
      const response = await api.raw('POST', '/api/restore', { session: member, body });
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      expect(response.body.error.message).toMatch(message);
    }
    const left = await api.call('GET', '/api/people', { session: member });
    expect(left.body.people).toEqual([]);
  });

  it('exports people as vCard 4.0 that ical.js reads back', async () => {
    const response = await api.call('GET', '/api/export/vcard', { session: owner });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/vcard');
    const parsed = ICAL.parse(response.body);
    const cards: ICAL.Component[] = (Array.isArray(parsed[0]) ? parsed : [parsed]).map(
      (jcard: unknown) => new ICAL.Component(jcard as unknown[]),
    );
    expect(cards).toHaveLength(3);
    const card = (name: string) => cards.find((c) => c.getFirstPropertyValue('fn') === name)!;
    const ann = card('Ann Lee');
    expect(ann.getFirstPropertyValue('version')).toBe('4.0');
    expect(ann.getFirstPropertyValue('email')).toBe('ann@example.com');
    expect(ann.getFirstPropertyValue('tel')).toBe('+1 555 0100');
    expect(ann.getFirstProperty('org')!.getValues()[0]).toEqual(['Northwind', 'Platform']);
    expect(ann.getFirstPropertyValue('title')).toBe('Staff Engineer');
    expect(String(ann.getFirstPropertyValue('bday'))).toBe('1988-03-14');
    expect(ann.getFirstProperty('categories')!.getValues()).toEqual(['mentor', 'platform']);
    // RFC 6350 §3.4 escapes the semicolon too (ical.js reads "\;" back as is in a NOTE).
    expect(response.body.split('\r\n')).toContain(
      'NOTE:Prefers async.\\nLoves "quotes"\\, commas\\, and\\; semicolons.',
    );
    expect(
      ann.getAllProperties('x-rapport-fact').map((p: ICAL.Property) => p.getFirstValue()),
    ).toEqual(['dog: Pixel', 'training for a half-marathon']);
    expect(ann.getFirstProperty('adr')!.getFirstValue()).toEqual([
      '',
      '',
      '',
      'Lisbon',
      '',
      '',
      'Portugal',
    ]);
    const bo = card('Bo Chen');
    expect(String(bo.getFirstPropertyValue('bday'))).toBe('--07-09');
    expect(String(bo.getFirstPropertyValue('anniversary'))).toBe('--06-20');
  });

  it('imports its own vCard export back to the same people', async () => {
    const vcard = (await api.call('GET', '/api/export/vcard', { session: owner })).body;
    const member = await api.addMember(owner);
    const imported = await api.call('POST', '/api/import', {
      session: member,
      body: { filename: 'people.vcf', content: vcard, apply: true },
    });
    expect(imported.body).toMatchObject({ created: 3, errors: [] });
    const mine = (await api.call('GET', '/api/people', { session: owner })).body.people;
    const theirs = (await api.call('GET', '/api/people', { session: member })).body.people;
    const comparable = (p: (typeof mine)[number]) => ({
      name: p.name,
      email: p.email,
      phone: p.phone,
      company: p.company,
      team: p.team,
      title: p.title,
      city: p.city,
      country: p.country,
      timeZone: p.timeZone,
      tags: p.tags,
      facts: p.facts,
      links: p.links,
      notes: p.notes,
      dates: p.dates
        .filter((d) => d.type === 'birthday' || d.label === 'Anniversary')
        .map(({ type, label, month, day, year }) => ({ type, label, month, day, year }))
        .sort((a, b) => a.type.localeCompare(b.type)),
    });
    expect(theirs.map(comparable)).toEqual(mine.map(comparable));
  });

  it('covers every table a user owns, or says why not', async () => {
    const tables = await new TableCatalog(source.store.db, source.store.dialect).tables();
    const covered = new Set(
      SECTIONS.flatMap((s) => [s.table, ...(s.children ?? []).map((c) => c.table)]),
    );
    const owned = tables.filter((t) =>
      t.columns.some((c) => (OWNER_COLUMNS as readonly string[]).includes(c.name)),
    );
    for (const table of owned) {
      expect(
        covered.has(table.name) || table.name in NOT_EXPORTED,
        `${table.name} has an owner column but no export section: add one entry to SECTIONS in src/app/transfer/export-sections.ts, or list it in NOT_EXPORTED with the reason`,
      ).toBe(true);
    }
    expect(owned.length).toBeGreaterThanOrEqual(15);
  });
});
