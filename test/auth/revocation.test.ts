// Who a token or cookie belongs to is kept for a few seconds per process (app/auth-cache), yet
// revoking a token, signing out or ending another session stops it at once on every instance
// sharing the database: two apps on one SQLite file (two processes would be the same) and two
// on one PostgreSQL database.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Store } from '../../src/store/database';
import { type RawOptions, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('revocation with two instances on %s', (dialect) => {
  let db: TestDatabase;
  let second: Store;
  let one: TestApi;
  let two: TestApi;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    second =
      dialect === 'sqlite'
        ? await openSqlite(join(db.dataDir, 'rapport.sqlite'))
        : await openPostgres(db.databaseUrl!, 5);
    one = testApi(db);
    two = testApi({ ...db, store: second });
  });
  afterEach(async () => {
    await second.close();
    await db.dispose();
  });

  const me = (api: TestApi, options: Pick<RawOptions, 'session' | 'token'>) =>
    api.call('GET', '/api/me', options).then((r) => r.status);

  it('refuses a revoked token at once on the other instance', async () => {
    const owner = await one.setupOwner();
    const token = await one.tokenFor(owner, 'script');
    // Used on both, so both have had the chance to keep it.
    for (let i = 0; i < 3; i++) {
      expect(await me(one, { token })).toBe(200);
      expect(await me(two, { token })).toBe(200);
    }
    const revoked = await one.call('DELETE', '/api/tokens/script', { session: owner });
    expect(revoked.status).toBe(204);
    expect(await me(two, { token })).toBe(401);
    expect(await me(one, { token })).toBe(401);
  });

  it('shows a profile changed on one instance at once on the other (the user row is kept)', async () => {
    const owner = await one.setupOwner({ name: 'Olive Owner' });
    for (let i = 0; i < 3; i++) {
      const read = await two.call('GET', '/api/me', { session: owner });
      expect(read.body.user).toMatchObject({ name: 'Olive Owner', timeZone: 'Europe/Berlin' });
    }
    const changed = await one.call('PATCH', '/api/me', {
      session: owner,
      body: { name: 'Olive Renamed', timeZone: 'America/Chicago' },
    });
    expect(changed.status).toBe(200);
    const seen = await two.call('GET', '/api/me', { session: owner });
    expect(seen.body.user).toMatchObject({ name: 'Olive Renamed', timeZone: 'America/Chicago' });
  });

  it('refuses a token revoked on the same instance it was just used on', async () => {
    const owner = await one.setupOwner();
    const token = await two.tokenFor(owner, 'script');
    expect(await me(two, { token })).toBe(200);
    expect((await two.call('DELETE', '/api/tokens/script', { session: owner })).status).toBe(204);
    expect(await me(two, { token })).toBe(401);
  });

  it('refuses a signed-out session at once on the other instance', async () => {
    const owner = await one.setupOwner();
    expect(await me(two, { session: owner })).toBe(200);
    expect(await me(one, { session: owner })).toBe(200);
    const out = await one.call('POST', '/api/auth/signout', { session: owner });
    expect(out.status).toBeLessThan(300);
    expect(await me(two, { session: owner })).toBe(401);
    expect(await me(one, { session: owner })).toBe(401);
  });

  it('refuses tokens and sessions another process removed, at once', async () => {
    const owner = await one.setupOwner();
    const member = await one.addMember(owner);
    const token = await one.tokenFor(member, 'script');
    expect(await me(two, { token })).toBe(200);
    expect(await me(two, { session: member })).toBe(200);
    await second.db.deleteFrom('api_tokens').where('user_id', '=', member.userId).execute();
    await second.db.deleteFrom('sessions').where('user_id', '=', member.userId).execute();
    expect(await me(one, { token })).toBe(401);
    expect(await me(one, { session: member })).toBe(401);
  });
});
