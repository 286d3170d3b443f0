// A NUL byte anywhere a user can put text is a 400 that names where it was, never a 500
// (PostgreSQL cannot store U+0000): JSON bodies, path ids, query strings, imported files and
// restore documents, signed in or not. Nothing is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiResponse, type Session, type TestApi, testApi } from '../support/api';
import type { ErrorFields } from '../support/contract';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('NUL bytes on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    me = await api.setupOwner({ email: 'ann@example.com', name: 'Ann' });
  });
  afterEach(() => db.dispose());

  const expectRefused = (response: ApiResponse<ErrorFields>, field: string) => {
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(response.body.error?.code).toBe('invalid_input');
    expect(response.body.error?.message).toContain(field);
  };

  it('refuses them in a sign-in, before anyone is signed in', async () => {
    const signin = await api.call('POST', '/api/auth/signin', {
      body: { email: 'a\u0000@example.com', password: 'whatever it is' },
    });
    expectRefused(signin, 'email');
  });

  it('refuses them in path ids and query strings', async () => {
    expectRefused(await api.call('GET', '/api/people/%00', { session: me }), 'path');
    expectRefused(await api.call('GET', '/api/people/ab%00cd/items', { session: me }), 'path');
    expectRefused(await api.call('GET', '/api/people?match=a%00b', { session: me }), 'match');
  });

  it('refuses them deep in a JSON body, and writes nothing', async () => {
    const created = await api.call('POST', '/api/people', {
      session: me,
      body: { name: 'Bo', tags: ['ok', 'b\u0000d'] },
    });
    expectRefused(created, 'tags.1');
    expect((await api.call('GET', '/api/people', { session: me })).body.people).toEqual([]);
  });

  it('refuses an imported vCard and a restore document that hold one', async () => {
    const vcard = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy\u0000Lee\r\nEND:VCARD\r\n';
    const imported = await api.call('POST', '/api/import', {
      session: me,
      body: { content: vcard, apply: true },
    });
    expectRefused(imported, 'content');
    // Only the part of a restore document that matters here: raw, as the rest is missing.
    const restored = await api.raw('POST', '/api/restore', {
      session: me,
      body: { format: 'rapport', version: 1, data: { people: [{ id: 'x', name: 'D\u0000' }] } },
    });
    expectRefused(restored, 'data.people.0.name');
    expect((await api.call('GET', '/api/people', { session: me })).body.people).toEqual([]);
  });
});
