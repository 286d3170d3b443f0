// A sync's transaction that the database aborts (a deadlock, see src/store/transient-errors) is
// run again by inTransaction; what it counted in the first run must not count twice. Here the
// first run is made to fail after all its work, as PostgreSQL's deadlock detector would.
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncSourceNow } from '../../src/app/capture/sync';
import { createAppContext } from '../../src/app/context';
import type { Database } from '../../src/store/schema';
import { testApi } from '../support/api';
import { callAs } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { FakeCalendar, FakeMailbox, fakeClients } from './fake-capture-clients';

/** The database, whose next transaction is aborted at its end with a deadlock, once. */
function deadlockingOnce(db: Kysely<Database>): Kysely<Database> {
  let failed = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') {
        return () => ({
          execute: <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
            target.transaction().execute(async (trx) => {
              const result = await work(trx);
              if (!failed) {
                failed = true;
                throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
              }
              return result;
            }),
        });
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe.each(dialects())('a capture sync run again after a deadlock on %s', (dialect) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
  });
  afterEach(() => db.dispose());

  it('counts each captured conversation once', async () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const clock = { now: () => now };
    const mailbox = new FakeMailbox();
    const clients = fakeClients(new FakeCalendar('complete'), mailbox);
    const api = testApi(db, clock, { capture: clients });
    const owner = await api.setupOwner();
    const call = callAs(api, owner);
    await call('POST', '/api/people', { name: 'Ann', email: 'ann@example.com' });
    for (const day of ['24', '25', '26']) {
      mailbox.add({
        folder: 'inbox',
        date: `2026-11-${day}T14:00:00Z`,
        from: { email: 'ann@example.com', name: null },
        to: [{ email: owner.email, name: null }],
      });
    }
    const source = (
      await call('POST', '/api/sources', {
        kind: 'imap',
        host: 'imap.example.com',
        user: 'me',
        password: 'pw-secret-1',
        mode: 'auto',
      })
    ).body.source!;
    const flaky = createAppContext(
      { ...db.store, db: deadlockingOnce(db.store.db) },
      clock,
      api.ctx.settings,
      { capture: clients },
    );
    const report = await syncSourceNow(flaky, owner.userId, source.id);
    expect(report.error).toBeNull();
    expect(report.captured).toBe(3);
    const [listed] = (await call('GET', '/api/sources')).body.sources;
    expect(listed!.captured).toBe(3);
  });
});
