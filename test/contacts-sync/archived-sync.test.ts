// A card deleted on the phone archives its person (a real archived state: off the People list
// and Today, listed with ?archived=true, everything kept); the card back restores them. Someone
// archived by hand stays archived through syncs: a card edited on the phone meanwhile still
// updates them, and neither its deletion nor its return changes that they are archived.
// Radicale plays the phone's address book, on SQLite and PostgreSQL.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { callAs, callAsLater } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { phoneCard } from '../support/phone-cards';
import {
  realServersMissing,
  startRadicale,
  syncWithRadicale,
  type TestDavServer,
} from '../support/real-servers';

const PASSWORD = 'phone-secret-4';
const DAY = 86_400_000;

describe.skipIf(realServersMissing())('archiving through CardDAV sync with Radicale', () => {
  let dav: TestDavServer;
  beforeAll(async () => {
    dav = await startRadicale({ phone: PASSWORD });
  });
  afterAll(() => dav?.stop());

  describe.each(dialects())('on %s', (dialect) => {
    let db: TestDatabase;
    let api: TestApi;
    let me: Session;
    let book: string;
    let bookName: string;
    let count = 0;

    beforeEach(async () => {
      db = await createTestDatabase(dialect);
      api = testApi(db);
      me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
      count += 1;
      bookName = `archive-${dialect}-${count}`;
      book = await syncWithRadicale(api.ctx, dav, bookName);
    });
    afterEach(() => db.dispose());

    const call = callAsLater(() => callAs(api, me));
    const putCard = async (text: string) => {
      const response = await dav.request('phone', 'PUT', `${book}PHONE-BEA.vcf`, text, {
        'content-type': 'text/vcard',
      });
      expect(response.status).toBeLessThan(300);
    };
    const deleteCard = () => dav.request('phone', 'DELETE', `${book}PHONE-BEA.vcf`);
    const sync = async (id: string) => {
      const response = await call('POST', `/api/contacts-sync/${id}/sync`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body.reports[0]!;
    };
    const listed = async (query: '' | `?${string}` = '') =>
      (await call('GET', `/api/people${query}`)).body.people.map((p) => p.name);
    const onToday = async () =>
      ((await call('GET', '/api/today')).body.items as { person?: { name: string } }[]).some(
        (i) => i.person?.name === 'Bea Fox',
      );
    const bea = async (id: string) => (await call('GET', `/api/people/${id}`)).body.person;

    async function connectWithBea() {
      await putCard(phoneCard('PHONE-BEA', 'Bea Fox', 'bea@example.com'));
      const connected = await call('POST', '/api/contacts-sync', {
        url: dav.url,
        user: 'phone',
        password: PASSWORD,
        book: bookName,
        pushNew: false,
      });
      expect(connected.status, JSON.stringify(connected.body)).toBe(201);
      const id = connected.body.account.id as string;
      expect(await sync(id)).toMatchObject({ added: 1 });
      const person = (await call('GET', '/api/people?match=bea')).body.people[0]!;
      // Overdue, so she is on Today while kept.
      await call('PATCH', `/api/people/${person.id}`, { cadenceDays: 7 });
      const at = new Date(Date.now() - 30 * DAY).toISOString();
      await call('POST', '/api/interactions', { personIds: [person.id], channel: 'call', at });
      expect(await onToday()).toBe(true);
      return { id, personId: person.id };
    }

    it('archives a person whose card the phone deleted, and restores them when it comes back', async () => {
      const { id, personId } = await connectWithBea();

      await deleteCard();
      expect(await sync(id)).toMatchObject({ archived: 1, restored: 0 });
      expect(await listed()).toEqual([]);
      expect(await listed('?archived=true')).toEqual(['Bea Fox']);
      expect(await onToday()).toBe(false);
      const archived = await bea(personId);
      expect(archived.archivedAt).not.toBeNull();
      expect(archived.interactionCount).toBe(1);
      expect(archived.notes).toMatch(/Deleted from the address book .* archived by Rapport\./);

      await putCard(phoneCard('PHONE-BEA', 'Bea Fox', 'bea@example.com'));
      expect(await sync(id)).toMatchObject({ archived: 0, restored: 1 });
      expect(await listed()).toEqual(['Bea Fox']);
      expect(await listed('?archived=true')).toEqual([]);
      expect(await onToday()).toBe(true);
      expect((await bea(personId)).notes).toMatch(/Back in the address book/);
    });

    it('keeps someone archived by hand archived through syncs, edits and a round trip of the card', async () => {
      const { id, personId } = await connectWithBea();
      const archived = await call('POST', `/api/people/${personId}/archive`);
      const since = archived.body.person.archivedAt as string;

      expect(await sync(id)).toMatchObject({ archived: 0, restored: 0 });
      await putCard(
        phoneCard('PHONE-BEA', 'Bea Fox', 'bea@example.com').replace(
          'TITLE:Engineer',
          'TITLE:Architect',
        ),
      );
      expect(await sync(id)).toMatchObject({ updated: 1, archived: 0, restored: 0 });
      expect(await bea(personId)).toMatchObject({ title: 'Architect', archivedAt: since });

      await deleteCard();
      expect(await sync(id)).toMatchObject({ archived: 0 });
      await putCard(phoneCard('PHONE-BEA', 'Bea Fox', 'bea@example.com'));
      expect(await sync(id)).toMatchObject({ restored: 0 });
      expect((await bea(personId)).archivedAt).toBe(since);
      expect(await listed()).toEqual([]);

      expect((await call('POST', `/api/people/${personId}/restore`)).status).toBe(200);
      expect(await listed()).toEqual(['Bea Fox']);
      expect(await onToday()).toBe(true);
    });
  });
});
