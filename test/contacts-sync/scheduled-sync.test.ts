// Address books sync on the minute tick as well as on request, against the real Radicale: due
// accounts only, once however many instances run, a failure kept as lastError and backed off; and
// two syncs of one account (a user's and the scheduler's, on two instances) never run at once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactsSyncClient } from '../../src/app/ports/contacts-sync';
import { cardDavClient } from '../../src/integrations/carddav/carddav-client';
import { runOnce } from '../../src/jobs/scheduler';
import { contactsSync } from '../../src/jobs/tasks/contacts-sync';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { phoneCard } from '../support/phone-cards';
import {
  makeAddressBook,
  realServersMissing,
  startRadicale,
  type TestDavServer,
} from '../support/real-servers';

const PASSWORD = 'phone-secret-9';

describe.skipIf(realServersMissing())('Scheduled address-book sync with Radicale', () => {
  let dav: TestDavServer;
  beforeAll(async () => {
    dav = await startRadicale({ phone: PASSWORD });
  });
  afterAll(() => dav?.stop());

  describe.each(dialects())('on %s', (dialect) => {
    let db: TestDatabase;
    let clock: Date;
    let one: TestApi;
    let two: TestApi;
    let me: Session;
    let book: string;
    let bookName: string;
    let count = 0;
    // Both instances' CardDAV calls, to see whether two syncs ever overlapped.
    let running = 0;
    let mostAtOnce = 0;
    const watched: ContactsSyncClient = {
      ...cardDavClient,
      async changes(...args) {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        try {
          await new Promise((resolve) => setTimeout(resolve, 300));
          return await cardDavClient.changes(...args);
        } finally {
          running -= 1;
        }
      },
    };

    beforeEach(async () => {
      db = await createTestDatabase(dialect);
      clock = new Date('2026-12-02T09:00:00Z');
      const instance = () => {
        const api = testApi(db, { now: () => clock });
        api.ctx.settings.sourcesAllowPrivate = true;
        api.ctx.contactsSync = watched;
        return api;
      };
      one = instance();
      two = instance();
      me = await one.setupOwner({ timeZone: 'Europe/Berlin' });
      count += 1;
      bookName = `sched-${dialect}-${count}`;
      book = await makeAddressBook(dav, 'phone', bookName);
      running = 0;
      mostAtOnce = 0;
    });
    afterEach(() => db.dispose());

    const putCard = async (uid: string, name: string) => {
      const response = await dav.request(
        'phone',
        'PUT',
        `${book}${uid}.vcf`,
        phoneCard(uid, name, `${uid.toLowerCase()}@example.com`),
        { 'content-type': 'text/vcard' },
      );
      expect(response.status).toBeLessThan(300);
    };
    const people = async () =>
      ((await one.call('GET', '/api/people', { session: me })).body.people as { name: string }[])
        .map((p) => p.name)
        .sort();
    const account = async () =>
      (await one.call('GET', '/api/contacts-sync', { session: me })).body.accounts[0];
    const connect = async () => {
      const response = await one.call('POST', '/api/contacts-sync', {
        session: me,
        body: { url: dav.url, user: 'phone', password: PASSWORD, book: bookName },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body.account.id as string;
    };
    const tick = (api: TestApi) => runOnce(api.ctx, contactsSync, clock);

    it('syncs a due book on the tick once across two instances, then waits for the next turn', async () => {
      await putCard('SCHED-ANN', 'Ann Tick');
      await connect();
      const ran = await Promise.all([tick(one), tick(two)]);
      expect(ran.filter(Boolean)).toHaveLength(1);
      expect(await people()).toEqual(['Ann Tick']);
      expect(await account()).toMatchObject({ lastError: null, lastSyncAt: clock.toISOString() });

      // A card added on the phone waits for the account's next turn (15 minutes later).
      await putCard('SCHED-BEN', 'Ben Later');
      clock = new Date(clock.getTime() + 5 * 60_000);
      await tick(one);
      expect(await people()).toEqual(['Ann Tick']);
      clock = new Date(clock.getTime() + 11 * 60_000);
      await tick(two);
      expect(await people()).toEqual(['Ann Tick', 'Ben Later']);
    });

    it('keeps a failure as lastError and backs off, then recovers', async () => {
      await putCard('SCHED-CY', 'Cy Fails');
      const id = await connect();
      // The server goes away (a wrong address stands in for an outage).
      await db.store.db
        .updateTable('contact_sync_accounts')
        .set({ book_url: 'http://127.0.0.1:9/nowhere/' })
        .where('id', '=', id)
        .execute();
      await tick(one);
      const failed = await account();
      expect(failed!.lastError).toBeTruthy();
      expect(await people()).toEqual([]);
      const row = await db.store.db
        .selectFrom('contact_sync_accounts')
        .select(['failures', 'next_sync_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(Number(row.failures)).toBe(1);
      expect(row.next_sync_at).toBe(new Date(clock.getTime() + 15 * 60_000).toISOString());

      await db.store.db
        .updateTable('contact_sync_accounts')
        .set({ book_url: new URL(book, dav.url).toString() })
        .where('id', '=', id)
        .execute();
      clock = new Date(clock.getTime() + 60_000);
      await tick(one);
      expect(await people()).toEqual([]);
      clock = new Date(clock.getTime() + 15 * 60_000);
      await tick(two);
      expect(await people()).toEqual(['Cy Fails']);
      expect((await account())!.lastError).toBeNull();
    });

    it('runs a user’s sync and the scheduler’s on two instances one after the other', async () => {
      for (const name of ['Dee One', 'Eli Two', 'Fay Three']) {
        await putCard(`SCHED-${name.split(' ')[0]!.toUpperCase()}`, name);
      }
      const id = await connect();
      const [manual, scheduled] = await Promise.all([
        two.call('POST', `/api/contacts-sync/${id}/sync`, { session: me }),
        tick(one),
      ]);
      expect(manual.status, JSON.stringify(manual.body)).toBe(200);
      expect(scheduled).toBe(true);
      expect(mostAtOnce).toBe(1);
      // Each card became one person, however the two syncs fell.
      expect(await people()).toEqual(['Dee One', 'Eli Two', 'Fay Three']);
    });
  });
});
