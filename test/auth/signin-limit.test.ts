// The sign-in limit under concurrency, on SQLite and PostgreSQL (and two instances on one
// PostgreSQL database): every 401 is a password that was really checked, so counting the 401s
// counts the checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/store/database';
import { type ApiResponse, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('sign-in limit under concurrency on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
  });
  afterEach(() => db.dispose());

  const attempt = (on: TestApi, email: string, ip: string) =>
    on.call('POST', '/api/auth/signin', {
      body: { email, password: 'not the password' },
      headers: { 'x-forwarded-for': ip },
    });

  const statuses = (responses: ApiResponse<unknown>[]) =>
    responses.reduce<Record<number, number>>((counts, r) => {
      counts[r.status] = (counts[r.status] ?? 0) + 1;
      return counts;
    }, {});

  it('checks at most 5 of 40 parallel wrong passwords for one e-mail', async () => {
    const owner = await api.setupOwner();
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(api, owner.email, `10.1.0.${i}`)),
    );
    expect(statuses(responses)).toEqual({ 401: 5, 429: 35 });
    // The owner still gets in once the window has passed; until then, not even with the password.
    const right = await api.call('POST', '/api/auth/signin', {
      body: { email: owner.email, password: owner.password },
    });
    expect(right.status).toBe(429);
  });

  it('checks at most 20 of 40 parallel attempts from one address', async () => {
    await api.setupOwner();
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(api, `spray${i}@example.com`, '10.2.0.1')),
    );
    expect(statuses(responses)).toEqual({ 401: 20, 429: 20 });
  });

  // Two instances share a database only on PostgreSQL (SQLite is one process's file).
  if (dialect === 'postgres') {
    it('holds across two instances on one database', async () => {
      const owner = await api.setupOwner();
      const second = await openPostgres(db.databaseUrl!, 5);
      try {
        const other = testApi({ ...db, store: second });
        const responses = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            attempt(i % 2 ? other : api, owner.email, `10.3.0.${i}`),
          ),
        );
        expect(statuses(responses)).toEqual({ 401: 5, 429: 35 });
      } finally {
        await second.close();
      }
    });
  }

  it('a correct password clears the run of failures on the account', async () => {
    const owner = await api.setupOwner();
    for (let i = 0; i < 4; i++)
      expect((await attempt(api, owner.email, '10.4.0.1')).status).toBe(401);
    const right = await api.call('POST', '/api/auth/signin', {
      body: { email: owner.email, password: owner.password },
    });
    expect(right.status).toBe(200);
    for (let i = 0; i < 5; i++)
      expect((await attempt(api, owner.email, '10.4.0.1')).status).toBe(401);
    expect((await attempt(api, owner.email, '10.4.0.1')).status).toBe(429);
  });
});
