// Keep it held: every operation of the OpenAPI document, called with generated bad input (NUL
// bytes, huge strings, wrong types, bad dates and zones, malformed ids) by a signed-in user who
// has data, answers below 500 and changes nothing (the account's export is the same after). Seeded,
// so a failure replays; bounded, so it runs in CI on both databases (FUZZ_RUNS per operation).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = 20261206;

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  $ref?: string;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

// Values that are wrong somewhere: each may still be valid for some field, which is fine for
// fields that do not decide (ids never match); every request also carries one that is wrong
// for certain (see `surelyBad`), so any change it makes is a bug.
const nul = fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`);
const huge = fc.constantFrom(100_000, 300_000).map((n) => 'x'.repeat(n));
const badDate = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-1-1',
  '2026-03-14T25:61:00Z',
  'yesterday',
  '9999-99-99T99:99:99.999Z',
  '-271821-04-19T00:00:00Z',
);
const badZone = fc.constantFrom('Mars/Olympus', 'UTC+99', 'Europe/Nowhere', '../../etc/passwd', '');
const badId = fc.constantFrom(
  '%00',
  '..',
  '../../etc/passwd',
  "' OR '1'='1",
  '0',
  '-1',
  'null',
  'undefined',
  '🙂',
  ' ',
  'x'.repeat(5000),
  'ABCDEFGHJKMNPQRS',
  '__proto__',
  'constructor',
);
const oddString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  badDate,
  badZone,
  badId,
  nul,
);
const wrongScalar = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(1e308),
  fc.constant(-0),
);
const anyBad: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddString },
  { weight: 1, arbitrary: huge },
  { weight: 2, arbitrary: wrongScalar },
  { weight: 1, arbitrary: fc.array(fc.oneof(oddString, wrongScalar), { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(oddString, wrongScalar), {
      maxKeys: 3,
    }),
  },
);

/** A value of a type the schema certainly does not take, or null when none is certain. */
function wrongTypeFor(schema: Schema | undefined): unknown {
  if (!schema || schema.anyOf || schema.oneOf || Array.isArray(schema.type)) return undefined;
  switch (schema.type) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'twelve';
    case 'boolean':
      return 'yes';
    case 'array':
      return 'not a list';
    case 'object':
      return 42;
    default:
      return undefined;
  }
}

interface Call {
  method: string;
  path: string;
  body?: unknown;
  rawBody?: string;
}

function operationCalls(
  path: string,
  method: string,
  operation: Operation,
  resolve: (s: Schema | undefined) => Schema | undefined,
): fc.Arbitrary<Call> | null {
  const params = operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const bodySchema = resolve(operation.requestBody?.content?.['application/json']?.schema);
  const properties = Object.entries(bodySchema?.properties ?? {}).map(
    ([name, s]) => [name, resolve(s)] as const,
  );
  if (pathParams.length === 0 && queryParams.length === 0 && !bodySchema) return null;

  const pathArb = fc
    .tuple(...pathParams.map(() => fc.oneof(badId, oddString)))
    .map((values) =>
      pathParams.reduce(
        (p, param, i) => p.replace(`{${param.name}}`, encodeURIComponent(String(values[i]))),
        path,
      ),
    );
  const queryArb = fc.subarray(queryParams).chain((chosen) =>
    fc
      .tuple(
        ...chosen.map(() =>
          fc.oneof(
            oddString,
            huge.map((s) => s.slice(0, 4000)),
          ),
        ),
      )
      .map((values) => chosen.map((p, i) => [p.name, String(values[i])] as [string, string])),
  );
  const bodyArb: fc.Arbitrary<Record<string, unknown> | unknown> = bodySchema
    ? fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .subarray(properties)
            .chain((chosen) =>
              fc
                .tuple(...chosen.map(() => anyBad))
                .map((values) => Object.fromEntries(chosen.map(([name], i) => [name, values[i]]))),
            ),
        },
        { weight: 1, arbitrary: anyBad },
      )
    : fc.constant(undefined);

  // What makes the request wrong for certain, when no path id does it already.
  const sure: fc.Arbitrary<(call: Draft) => void>[] = [];
  if (queryParams.length > 0) {
    sure.push(
      fc.tuple(fc.constantFrom(...queryParams), nul).map(([p, v]) => (d: Draft) => {
        d.query.push([p.name, v]);
      }),
    );
  }
  if (bodySchema) {
    sure.push(
      nul.map((v) => (d: Draft) => {
        d.body = isObject(d.body) ? { ...d.body, [`note${v}`]: v } : { value: v };
      }),
      fc.constantFrom('[]', '"text"', '12', 'null', '{"a":', '{}{}').map((raw) => (d: Draft) => {
        d.rawBody = raw;
      }),
    );
    const typed = properties.filter(([, s]) => wrongTypeFor(s) !== undefined);
    if (typed.length > 0) {
      sure.push(
        fc.constantFrom(...typed).map(([name, s]) => (d: Draft) => {
          d.body = { ...(isObject(d.body) ? d.body : {}), [name]: wrongTypeFor(s) };
        }),
      );
    }
  }
  const sureArb =
    pathParams.length > 0 || sure.length === 0 ? fc.constant(undefined) : fc.oneof(...sure);
  if (pathParams.length === 0 && sure.length === 0) return null;

  return fc.tuple(pathArb, queryArb, bodyArb, sureArb).map(([p, query, body, makeSure]) => {
    const draft: Draft = { query, body };
    makeSure?.(draft);
    const search = draft.query.length ? `?${new URLSearchParams(draft.query)}` : '';
    return {
      method: method.toUpperCase(),
      path: p + search,
      ...(draft.rawBody !== undefined
        ? { rawBody: draft.rawBody }
        : draft.body !== undefined && bodySchema
          ? { body: draft.body }
          : {}),
    };
  });
}

interface Draft {
  query: [string, string][];
  body: unknown;
  rawBody?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The export without what changes by itself (when it was made). */
const comparable = (doc: object) => ({ ...doc, exportedAt: '' });

describe.each(dialects())('fuzzing every operation on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, Schema> };
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    const owner = await api.setupOwner({ email: 'owner@example.com', name: 'Olga' });
    me = await api.addMember(owner, { email: 'me@example.com', name: 'Mia' });
    const person = (
      await api.call('POST', '/api/people', {
        session: me,
        body: { name: 'Bo Chen', cadenceDays: 14, tags: ['friend'], links: ['https://bo.example'] },
      })
    ).body.person;
    await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [person.id], channel: 'call', at: '2026-11-20T10:00:00Z' },
    });
    await api.call('POST', '/api/accomplishments', {
      session: me,
      body: { title: 'Shipped the importer', helpedBy: [person.id] },
    });
    await api.call('POST', '/api/workspaces', { session: me, body: { name: 'Acme' } });
    document = (await api.raw('GET', '/api/openapi.json')).body;
  });
  afterAll(() => db.dispose());

  it('answers every bad request below 500 and changes nothing', { timeout: 240_000 }, async () => {
    const resolve = (s: Schema | undefined): Schema | undefined => {
      if (!s?.$ref) return s;
      return document.components?.schemas?.[s.$ref.split('/').pop()!];
    };
    const exportNow = async () =>
      comparable((await api.call('GET', '/api/export', { session: me })).body);
    const before = await exportNow();
    let requests = 0;
    const failures: string[] = [];
    const skipped: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const calls = operationCalls(path, method, operation, resolve);
        if (!calls) {
          skipped.push(`${method.toUpperCase()} ${path}`);
          continue;
        }
        await fc.assert(
          fc.asyncProperty(calls, async (call) => {
            requests += 1;
            const response = await api.raw(call.method, call.path, {
              session: me,
              ...(call.rawBody !== undefined ? { rawBody: call.rawBody } : {}),
              ...(call.body !== undefined ? { body: call.body } : {}),
            });
            if (response.status >= 500) {
              failures.push(
                `${call.method} ${call.path.slice(0, 200)} ${JSON.stringify(call.body ?? call.rawBody)?.slice(0, 300)} → ${response.status}`,
              );
            }
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      }
    }
    const after = await exportNow();
    console.log(
      `fuzz on ${dialect}: ${requests} requests, ${failures.length} answered 5xx; ` +
        `skipped (no input to corrupt): ${skipped.join(', ')}`,
    );
    expect(failures).toEqual([]);
    expect(after).toEqual(before);
    // Still signed in, and the data still there.
    const people = await api.call('GET', '/api/people', { session: me });
    expect(people.body.people.map((p) => p.name)).toEqual(['Bo Chen']);
  });
});
