// An owner's invite made for one address is for that person only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { STRONG_PASSWORD } from '../support/passwords';

describe.each(dialects())('invites bound to an address on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
  });
  afterEach(() => db.dispose());

  it('lets only the invited address sign up; anyone else gets 404 and the link stays usable', async () => {
    const owner = await api.setupOwner();
    const invite = await api.call('POST', '/api/invites', {
      session: owner,
      body: { email: 'Bea@Example.com' },
    });
    const inviteToken = invite.body.url.split('/join/')[1];
    const account = (email: string) => ({
      email,
      name: 'Someone',
      timeZone: 'UTC',
      password: STRONG_PASSWORD,
      inviteToken,
    });

    const stranger = await api.call('POST', '/api/auth/signup', {
      body: account('mallory@example.com'),
    });
    expect(stranger.status).toBe(404);
    expect(
      (
        await api.call('POST', '/api/auth/signin', {
          body: { email: 'mallory@example.com', password: STRONG_PASSWORD },
        })
      ).status,
    ).toBe(401);

    const bea = await api.call('POST', '/api/auth/signup', { body: account('bea@example.com') });
    expect(bea.status).toBe(201);
  });
});
