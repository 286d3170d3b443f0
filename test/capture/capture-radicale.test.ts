// The issue's "done when" for calendars, through the whole app on a real Radicale: a weekly 1:1
// and a cancelled meeting in a CalDAV calendar; the sync logs each past occurrence of the 1:1 (and
// nothing for the cancelled one), which restarts the person's cadence; moving the series moves
// what was logged instead of adding to it; deleting it removes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../support/api';
import { callAs } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import {
  makeCalendar,
  realServersMissing,
  startRadicale,
  type TestDavServer,
} from '../support/real-servers';

const missing = realServersMissing();
const ME = 'me@example.com';
const PASSWORD = 'radicale-Secret-77';

function event(uid: string, lines: string[]) {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport tests//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261101T000000Z',
    `ORGANIZER;CN=Me:mailto:${ME}`,
    'ATTENDEE;CN=Dana Brooks;PARTSTAT=ACCEPTED:mailto:dana@example.com',
    `ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:${ME}`,
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const weekly = (hour: string) =>
  event('one-on-one', [
    `DTSTART:20261102T${hour}0000Z`,
    `DTEND:20261102T${hour}3000Z`,
    'RRULE:FREQ=WEEKLY;COUNT=8',
    'SUMMARY:1:1 Dana',
  ]);

const cancelled = event('planning', [
  'DTSTART:20261120T140000Z',
  'DTEND:20261120T150000Z',
  'STATUS:CANCELLED',
  'SUMMARY:Planning',
]);

describe.skipIf(missing)(`capture from Radicale${missing ? ` (skipped: ${missing})` : ''}`, () => {
  describe.each(dialects())('on %s', (dialect) => {
    let db: TestDatabase;
    let dav: TestDavServer;
    let calendar: string;
    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      dav = await startRadicale({ me: PASSWORD });
      calendar = await makeCalendar(dav, 'me', 'work', 'Work');
    });
    afterAll(async () => {
      await dav?.stop();
      await db.dispose();
    });

    const put = async (name: string, body: string) => {
      const response = await dav.request('me', 'PUT', `${calendar}${name}.ics`, body, {
        'content-type': 'text/calendar; charset=utf-8',
      });
      expect(response.status).toBeLessThan(300);
    };

    it('logs the weekly 1:1 once per past occurrence, follows a move and a deletion', async () => {
      await put('one-on-one', weekly('09'));
      await put('planning', cancelled);
      const now = new Date('2026-12-01T12:00:00Z'); // after the 5th occurrence (Mon 30 Nov)
      const api = testApi(db, { now: () => now }, { sourcesAllowPrivate: true });
      const owner = await api.setupOwner({ email: ME });
      const token = await api.tokenFor(owner);
      const call = callAs(api, { token });
      const dana = (
        await call('POST', '/api/people', {
          name: 'Dana Brooks',
          email: 'dana@example.com',
          cadenceDays: 7,
        })
      ).body.person;

      const added = await call('POST', '/api/sources', {
        kind: 'caldav',
        url: dav.url,
        user: 'me',
        password: PASSWORD,
        mode: 'auto',
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      const sourceId = added.body.source.id;
      const sync = async () => (await call('POST', `/api/sources/${sourceId}/sync`)).body;
      const person = async () => (await call('GET', `/api/people/${dana.id}`)).body.person;
      const logged = async () =>
        (await call('GET', `/api/people/${dana.id}/timeline`)).body.interactions.map(
          (i: { at: string; channel: string }) => `${i.at.slice(0, 16)} ${i.channel}`,
        );

      expect(await sync()).toMatchObject({ error: null, captured: 5 });
      const days = ['02', '09', '16', '23', '30'];
      expect((await logged()).sort()).toEqual(days.map((d) => `2026-11-${d}T09:00 meeting`));
      // The cadence restarts from the last 1:1: Dana is not due on Today.
      expect(await person()).toMatchObject({ interactionCount: 5 });
      expect((await person()).lastInteractionAt!.slice(0, 16)).toBe('2026-11-30T09:00');
      const today = (await call('GET', '/api/today')).body.items;
      expect(today.filter((i: { person?: { id: string } }) => i.person?.id === dana.id)).toEqual(
        [],
      );

      // Moved to 10:00: the same five conversations, at the new time.
      await put('one-on-one', weekly('10'));
      expect(await sync()).toMatchObject({ error: null });
      expect((await logged()).sort()).toEqual(days.map((d) => `2026-11-${d}T10:00 meeting`));
      expect(await sync()).toMatchObject({ error: null, captured: 0, removed: 0 });

      // Deleted on the server: what it logged goes too.
      const removed = await dav.request('me', 'DELETE', `${calendar}one-on-one.ics`);
      expect(removed.status).toBeLessThan(300);
      expect(await sync()).toMatchObject({ error: null, removed: 5 });
      expect(await logged()).toEqual([]);
    });
  });
});
