// Rapport and a real CardDAV server (Radicale, standing in for iCloud, Nextcloud or Monica) kept
// in agreement through the API: cards written as a phone writes them (client-made UIDs, Apple's
// item groups, X-ABLabel, a photo), added, edited, edited on both sides, deleted and brought
// back; facts and notes never reach the server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardDavClientWith } from '../../src/integrations/carddav/carddav-client';
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

const missing = realServersMissing();
const PASSWORD = 'phone-secret-9';
const FACT = 'FACT-MARKER-7c1e: training for a marathon';
const NOTE = 'NOTE-MARKER-51ab: met at the conference';

function storedText(dir: string): string {
  let text = '';
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    text += statSync(path).isDirectory() ? storedText(path) : readFileSync(path, 'utf8');
  }
  return text;
}

describe.skipIf(missing)('CardDAV sync with Radicale', () => {
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
    let count = 0;

    beforeEach(async () => {
      db = await createTestDatabase(dialect);
      api = testApi(db);
      me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
      count += 1;
      book = await syncWithRadicale(api.ctx, dav, `${dialect}-${count}`);
    });
    afterEach(() => db.dispose());

    const call = callAsLater(() => callAs(api, me));
    const putCard = async (uid: string, text: string, etag?: string) => {
      const response = await dav.request('phone', 'PUT', `${book}${uid}.vcf`, text, {
        'content-type': 'text/vcard',
        ...(etag ? { 'if-match': etag } : {}),
      });
      expect(response.status).toBeLessThan(300);
    };
    const getCard = async (path: string) => {
      const response = await dav.request('phone', 'GET', path);
      return {
        status: response.status,
        text: await response.text(),
        etag: response.headers.get('etag'),
      };
    };
    const sync = async (id: string) => {
      const response = await call('POST', `/api/contacts-sync/${id}/sync`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body.reports[0]!;
    };
    const person = async (id: string) => (await call('GET', `/api/people/${id}`)).body.person;
    const byName = async (name: string) =>
      ((await call('GET', '/api/people')).body.people as { id: string; name: string }[]).find(
        (p) => p.name === name,
      );
    const connect = async (pushNew: boolean) => {
      const response = await call('POST', '/api/contacts-sync', {
        url: dav.url,
        user: 'phone',
        password: PASSWORD,
        book: `${dialect}-${count}`,
        pushNew,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(JSON.stringify(response.body)).not.toContain(PASSWORD);
      return response.body.account.id as string;
    };

    it('keeps both sides in agreement through adds, edits, a conflict and a delete', async () => {
      await putCard('PHONE-ADA', phoneCard('PHONE-ADA', 'Ada Lovelace', 'ada@example.com'));
      const ada = (
        await call('POST', '/api/people', {
          name: 'Ada Lovelace',
          email: 'ADA@example.com',
          facts: [FACT],
          notes: NOTE,
        })
      ).body.person;
      const grace = (
        await call('POST', '/api/people', {
          name: 'Grace Hopper',
          email: 'grace@navy.example',
          title: 'Rear Admiral',
          facts: [FACT],
          notes: NOTE,
        })
      ).body.person;
      const id = await connect(true);

      // First sync: Ada matched by her e-mail (not duplicated), Grace pushed to the phone.
      const first = await sync(id);
      expect(first).toMatchObject({ added: 0, pushed: 1, conflicts: 0 });
      expect((await person(ada.id)).title).toBe('Engineer');
      const graceCard = await getCard(`${book}rapport-${grace.id}.vcf`);
      expect(graceCard.text).toContain('FN:Grace Hopper');
      expect(graceCard.text).toContain('grace@navy.example');

      // Add on the phone; edit on each side.
      await putCard(
        'PHONE-CAROL',
        phoneCard('PHONE-CAROL', 'Carol Shaw', 'carol@example.com', '+44 20 7946 0000'),
      );
      const adaCard = await getCard(`${book}PHONE-ADA.vcf`);
      await putCard(
        'PHONE-ADA',
        adaCard.text.replace('TITLE:Engineer', 'TITLE:Countess'),
        adaCard.etag!,
      );
      await call('PATCH', `/api/people/${grace.id}`, { phone: '+1 555 0100' });
      const second = await sync(id);
      expect(second).toMatchObject({ added: 1, conflicts: 0 });
      expect((await person(ada.id)).title).toBe('Countess');
      expect(await byName('Carol Shaw')).toBeDefined();
      expect((await getCard(`${book}rapport-${grace.id}.vcf`)).text).toContain('+1 555 0100');

      // The same field edited on both sides: both values kept, the conflict listed.
      await call('PATCH', `/api/people/${ada.id}`, { title: 'Mathematician' });
      const before = await getCard(`${book}PHONE-ADA.vcf`);
      await putCard('PHONE-ADA', before.text.replace('TITLE:Countess', 'TITLE:Poet'), before.etag!);
      const third = await sync(id);
      expect(third.conflicts).toBe(1);
      const adaNow = await person(ada.id);
      expect(adaNow.title).toBe('Mathematician');
      expect(adaNow.notes).toContain('from the address book: job title: Poet');
      expect(adaNow.notes).toContain(NOTE);
      const conflicts = (await call('GET', '/api/contacts-sync/conflicts')).body.conflicts;
      expect(conflicts).toMatchObject([
        { personId: ada.id, field: 'job title', localValue: 'Mathematician', remoteValue: 'Poet' },
      ]);
      const list = (await call('GET', '/api/contacts-sync')).body.accounts;
      expect(list).toMatchObject([{ id, conflicts: 1, lastError: null }]);

      // What the phone wrote and Rapport does not read came back exactly as the server had it.
      const written = (await getCard(`${book}PHONE-ADA.vcf`)).text;
      expect(written).toContain('TITLE:Mathematician');
      const properties = (text: string) => text.split(/\r?\n(?![ \t])/).filter(Boolean);
      const untouched = properties(before.text).filter((l) => !/^(TITLE|REV):/.test(l));
      expect(untouched.some((l) => l.startsWith('IMPP'))).toBe(true);
      expect(untouched.some((l) => l.startsWith('PHOTO'))).toBe(true);
      expect(untouched.some((l) => /^item2\.X-ABLabel:Switchboard$/i.test(l))).toBe(true);
      expect(properties(written)).toEqual(expect.arrayContaining(untouched));

      // A second sync with nothing changed changes nothing on either side.
      const etag = (await getCard(`${book}PHONE-ADA.vcf`)).etag;
      const quiet = await sync(id);
      expect(quiet).toMatchObject({ added: 0, updated: 0, written: 0, pushed: 0, conflicts: 0 });
      expect((await getCard(`${book}PHONE-ADA.vcf`)).etag).toBe(etag);

      // Deleted on the phone: archived in Rapport, not deleted; back when the card is.
      const kept = await getCard(`${book}PHONE-ADA.vcf`);
      await dav.request('phone', 'DELETE', `${book}PHONE-ADA.vcf`);
      expect((await sync(id)).archived).toBe(1);
      const archived = await person(ada.id);
      expect(archived).toMatchObject({ paused: false, archivedAt: expect.any(String) });
      expect(archived.tags).not.toContain('archived');
      expect(archived.notes).toMatch(/Deleted from the address book .* archived by Rapport/);
      await putCard('PHONE-ADA', kept.text);
      expect((await sync(id)).restored).toBe(1);
      expect(await person(ada.id)).toMatchObject({
        archivedAt: null,
        paused: false,
        title: 'Mathematician',
      });

      // Rapport's private knowledge never reached the server.
      const stored = storedText(join(dav.storage, 'collection-root', 'phone'));
      expect(stored).toContain('Grace Hopper');
      expect(stored).not.toContain('FACT-MARKER');
      expect(stored).not.toContain('NOTE-MARKER');
    });

    it('brings in every card of a book larger than one batch, and every change to them', async () => {
      // Three cards per request: eight cards take three, four changed cards two.
      api.ctx.contactsSync = cardDavClientWith({ cardsPerRequest: 3 });
      const names = Array.from({ length: 8 }, (_, i) => `Batch${i} Person${i}`);
      for (const [i, name] of names.entries()) {
        await putCard(`PHONE-B${i}`, phoneCard(`PHONE-B${i}`, name, `b${i}@example.com`));
      }
      const id = await connect(false);
      expect(await sync(id)).toMatchObject({ added: 8, updated: 0, conflicts: 0 });
      const people = (await call('GET', '/api/people')).body.people as { name: string }[];
      expect(people.map((p) => p.name).sort()).toEqual([...names].sort());

      const changed = [0, 3, 4, 7];
      for (const i of changed) {
        const card = await getCard(`${book}PHONE-B${i}.vcf`);
        await putCard(
          `PHONE-B${i}`,
          card.text.replace('TITLE:Engineer', 'TITLE:Director'),
          card.etag!,
        );
      }
      expect(await sync(id)).toMatchObject({ added: 0, updated: 4, conflicts: 0 });
      for (const [i, name] of names.entries()) {
        const found = await byName(name);
        expect((await person(found!.id)).title).toBe(changed.includes(i) ? 'Director' : 'Engineer');
      }
      expect(await sync(id)).toMatchObject({ added: 0, updated: 0, written: 0 });
    });

    it('syncs every e-mail, phone and address with its label, both ways', async () => {
      const card = phoneCard('PHONE-LIN', 'Lin Wei', 'lin@work.example').replace(
        'TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 0000',
        [
          'EMAIL;type=INTERNET;type=HOME:lin@home.example',
          'TEL;type=CELL;type=VOICE;type=pref:+44 20 7946 0000',
          'TEL;type=HOME:+44 20 7946 0111',
        ].join('\r\n'),
      );
      await putCard('PHONE-LIN', card);
      const id = await connect(false);
      expect((await sync(id)).added).toBe(1);
      const lin = await person((await byName('Lin Wei'))!.id);
      const list = (values: { value: string; label: string | null; preferred: boolean }[]) =>
        values.map((v) => `${v.label ?? '-'} ${v.value}${v.preferred ? ' *' : ''}`).sort();
      expect(list(lin.emails)).toEqual(['home lin@home.example', 'other lin@work.example *']);
      expect(list(lin.phones)).toEqual([
        'Switchboard +44 20 7946 0999',
        'home +44 20 7946 0111',
        'mobile +44 20 7946 0000 *',
      ]);
      expect(lin.addresses).toMatchObject([
        { street: "12 St James's Square", city: 'London', postcode: 'SW1Y 4JH', label: 'home' },
      ]);

      // Rapport: a work number added, the home e-mail removed.
      const edited = await call('PATCH', `/api/people/${lin.id}`, {
        emails: lin.emails.filter((v: { value: string }) => v.value !== 'lin@home.example'),
        phones: [...lin.phones, { value: '+49 30 555 0100', label: 'work', preferred: false }],
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect((await sync(id)).pushed).toBeGreaterThanOrEqual(0);
      const server = (await getCard(`${book}PHONE-LIN.vcf`)).text;
      expect(server).toMatch(/TEL[^:\r\n]*WORK[^:\r\n]*:\+49 30 555 0100/i);
      expect(server).not.toContain('lin@home.example');
      expect(server).toContain('lin@work.example');
      expect(server).toMatch(/item2\.X-ABLabel:Switchboard/i);
      expect(server).toContain('X-SOCIALPROFILE');

      // The phone: a second address.
      const current = await getCard(`${book}PHONE-LIN.vcf`);
      await putCard(
        'PHONE-LIN',
        current.text.replace(
          'END:VCARD',
          'ADR;type=WORK:;;1 Main St;Berlin;;10115;Germany\r\nEND:VCARD',
        ),
        current.etag ?? undefined,
      );
      await sync(id);
      const after = await person(lin.id);
      expect(after.addresses.map((a) => `${a.label} ${a.city}`).sort()).toEqual([
        'home London',
        'work Berlin',
      ]);
      expect(list(after.phones)).toContain('work +49 30 555 0100');
    });

    it('keeps the values of a card linked when only the preferred ones synced', async () => {
      const card = phoneCard('PHONE-OLD', 'Old Link', 'old@work.example').replace(
        'END:VCARD',
        'EMAIL;type=INTERNET;type=HOME:old@home.example\r\nEND:VCARD',
      );
      await putCard('PHONE-OLD', card);
      const id = await connect(false);
      await sync(id);
      const old = (await byName('Old Link'))!;
      // As an earlier version left it: a base without the mark, the person with one e-mail.
      const link = await db.store.db
        .selectFrom('contact_sync_links')
        .select(['id', 'snapshot'])
        .where('person_id', '=', old.id)
        .executeTakeFirstOrThrow();
      const { allValues: _, ...unmarked } = JSON.parse(link.snapshot);
      await db.store.db
        .updateTable('contact_sync_links')
        .set({ snapshot: JSON.stringify(unmarked) })
        .where('id', '=', link.id)
        .execute();
      await db.store.db
        .deleteFrom('person_values')
        .where('person_id', '=', old.id)
        .where('preferred', '=', 0)
        .where('kind', '=', 'email')
        .execute();
      expect((await person(old.id)).emails).toHaveLength(1);

      await call('PATCH', `/api/people/${old.id}`, { title: 'Archivist' });
      await sync(id);
      const server = (await getCard(`${book}PHONE-OLD.vcf`)).text;
      expect(server).toContain('TITLE:Archivist');
      expect(server).toContain('old@home.example');
      await putCard('PHONE-OLD', server.replace('TITLE:Archivist', 'TITLE:Curator'));
      await sync(id);
      const healed = await person(old.id);
      expect(healed.title).toBe('Curator');
      expect(healed.emails.map((e: { value: string }) => e.value).sort()).toEqual([
        'old@home.example',
        'old@work.example',
      ]);
    });

    it('never pushes Rapport people unless asked, and refuses a wrong password with nothing saved', async () => {
      await call('POST', '/api/people', { name: 'Dan Private', email: 'dan@example.com' });
      const id = await connect(false);
      expect((await sync(id)).pushed).toBe(0);
      expect(storedText(join(dav.storage, 'collection-root', 'phone'))).not.toContain(
        'Dan Private',
      );
      const wrong = await call('POST', '/api/contacts-sync', {
        url: dav.url,
        user: 'phone',
        password: 'not-it',
      });
      expect(wrong.status).toBe(400);
      expect((await call('GET', '/api/contacts-sync')).body.accounts).toHaveLength(1);
    });
  });
});
