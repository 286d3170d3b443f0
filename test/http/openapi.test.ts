// The OpenAPI document as a contract for generated clients: every operation named once, stably,
// the public ones marked as needing no credentials, and a server to call.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context';
import { createHttpApp } from '../../src/http/app';
import { PUBLIC_ROUTES } from '../../src/http/middleware/auth';
import { openApiDocument, operationIdOf } from '../../src/http/openapi';

// Generating the document runs no handler, so no database is needed.
const document = openApiDocument(createHttpApp({} as AppContext, { trustProxy: false }));
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  (['get', 'put', 'post', 'patch', 'delete'] as const)
    .filter((method) => item?.[method])
    .map((method) => ({ method, path, operation: item![method]! })),
);

describe('the OpenAPI document', () => {
  it('names every operation once, in camelCase', () => {
    expect(operations.length).toBeGreaterThan(100);
    const ids = operations.map(({ operation }) => operation.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the ids a client was generated with', () => {
    const idOf = (method: string, path: string) =>
      operations.find((o) => o.method === method && o.path === path)?.operation.operationId;
    expect(idOf('get', '/api/people')).toBe('getPeople');
    expect(idOf('patch', '/api/people/{id}')).toBe('patchPeopleById');
    expect(idOf('post', '/api/items/{id}/done')).toBe('postItemsByIdDone');
    expect(operationIdOf('get', '/api/auth/team-invite')).toBe('getAuthTeamInvite');
  });

  it('marks exactly the public routes as needing no credentials', () => {
    const open = operations
      .filter(({ operation }) => operation.security?.length === 0)
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    const documentedPublic = [...PUBLIC_ROUTES].filter((key) => key !== 'GET /api/openapi.json');
    expect(open.sort()).toEqual(documentedPublic.sort());
    expect(document.security).toEqual([{ bearer: [] }, { cookie: [] }]);
  });

  it('says where to call it and documents the fields the server sends', () => {
    expect(document.servers?.[0]?.url).toBe('/');
    const schemas = document.components?.schemas ?? {};
    const properties = (name: string) =>
      Object.keys((schemas[name] as { properties?: object }).properties ?? {});
    expect(properties('PersonItem')).toContain('personKind');
    expect(properties('Brag')).toContain('summary');
    expect(schemas.Person).toMatchObject({
      properties: { kind: { $ref: '#/components/schemas/PersonKind' } },
    });
  });

  it('gives each named schema one definition, so no answer is documented with another shape', () => {
    // Two zod schemas registered under one name leave only one of them in the document: the
    // person window once carried Today's `ReachWindow` ({start, end, text}) in its place.
    const names = readdirSync('src/http', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [
          ...readFileSync(join('src/http', file), 'utf8').matchAll(/\.openapi\(\s*'([A-Z]\w*)'/g),
        ].map((match) => match[1]),
      );
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
