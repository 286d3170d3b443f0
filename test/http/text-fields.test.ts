// Names others read are plain one-line text, and links are web or mail addresses: the API refuses
// control characters in a person's, an account's or a workspace's name and in directory profile
// fields, and javascript:, data: and file: links on people and accomplishments, with a 400 that
// names the field. Nothing is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiResponse, type Session, type TestApi, testApi } from '../support/api';
import type { ErrorFields } from '../support/contract';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

const EVIL = 'B\u001b]0;PWNED\u0007\u001b]52;c;aGk=\u0007';

describe.each(dialects())('text fields on %s', (dialect) => {
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
    expect(response.body.error?.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
  };

  it('refuses control characters in names and profile fields', async () => {
    expectRefused(
      await api.call('POST', '/api/people', { session: me, body: { name: EVIL } }),
      'name',
    );
    expectRefused(
      await api.call('PATCH', '/api/me', { session: me, body: { name: EVIL } }),
      'name',
    );
    expectRefused(
      await api.call('POST', '/api/workspaces', { session: me, body: { name: `Acme\u009b2J` } }),
      'name',
    );
    const workspace = await api.call('POST', '/api/workspaces', {
      session: me,
      body: { name: 'Acme' },
    });
    expectRefused(
      await api.call('PATCH', `/api/workspaces/${workspace.body.workspace.id}/profile`, {
        session: me,
        body: { city: 'Porto\r\nAdmin: yes' },
      }),
      'city',
    );
    expect((await api.call('GET', '/api/people', { session: me })).body.people).toEqual([]);
    expect((await api.call('GET', '/api/me', { session: me })).body.user.name).toBe('Ann');
  });

  it('keeps web and mail links, and refuses javascript:, data: and file: ones', async () => {
    const kept = await api.call('POST', '/api/people', {
      session: me,
      body: {
        name: 'Bo',
        links: ['https://bo.example', 'http://x.example/a', 'mailto:bo@x.example'],
      },
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(201);
    for (const link of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd']) {
      expectRefused(
        await api.call('POST', '/api/people', {
          session: me,
          body: { name: 'Cy', links: [link] },
        }),
        'links.0',
      );
      expectRefused(
        await api.call('PATCH', `/api/people/${kept.body.person.id}`, {
          session: me,
          body: { links: ['https://ok.example', link] },
        }),
        'links.1',
      );
      expectRefused(
        await api.call('POST', '/api/accomplishments', {
          session: me,
          body: { title: 'Shipped', links: [link] },
        }),
        'links.0',
      );
    }
    const people = (await api.call('GET', '/api/people', { session: me })).body.people;
    expect(people.map((p) => p.name)).toEqual(['Bo']);
    const accomplishments = await api.call('GET', '/api/accomplishments', { session: me });
    expect(accomplishments.body.accomplishments).toEqual([]);
  });
});
