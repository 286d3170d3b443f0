// Single-key shortcuts can be turned off (WCAG 2.1.4): a preference of the user's own, on by
// default, saved with PATCH /api/me/preferences; a bad value is refused and changes nothing,
// and one user's choice is not another's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('the shortcuts preference on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let other: Session;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    me = await api.setupOwner();
    other = await api.addMember(me);
  });
  afterEach(() => db.dispose());

  const shortcutsOf = async (session: Session) =>
    (await api.call('GET', '/api/me/preferences', { session })).body.preferences.shortcuts;
  const setShortcuts = (session: Session, shortcuts: boolean) =>
    api.call('PATCH', '/api/me/preferences', { session, body: { shortcuts } });

  it('is on by default, and off once the user turns it off, for that user only', async () => {
    expect(await shortcutsOf(me)).toBe(true);
    const off = await setShortcuts(me, false);
    expect(off.status).toBe(200);
    expect(off.body.preferences.shortcuts).toBe(false);
    expect(await shortcutsOf(me)).toBe(false);
    expect(await shortcutsOf(other)).toBe(true);

    // Changing another setting keeps it.
    await api.call('PATCH', '/api/me/preferences', { session: me, body: { todayLimit: 5 } });
    expect(await shortcutsOf(me)).toBe(false);
    await setShortcuts(me, true);
    expect(await shortcutsOf(me)).toBe(true);
  });

  it('refuses anything but true or false, and keeps what it had', async () => {
    await setShortcuts(me, false);
    for (const bad of ['no', 0, null, {}]) {
      const response = await api.raw('PATCH', '/api/me/preferences', {
        session: me,
        body: { shortcuts: bad },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/shortcuts/);
    }
    expect(await shortcutsOf(me)).toBe(false);
  });
});
