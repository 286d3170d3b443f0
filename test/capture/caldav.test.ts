// The CalDAV client against a real Radicale: events put in as a phone would, then read through
// Rapport's client; a later sync reports only what moved and what was deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caldavCalendarClient } from '../../src/integrations/capture/caldav';
import {
  makeCalendar,
  realServersMissing,
  startRadicale,
  type TestDavServer,
} from '../support/real-servers';

const missing = realServersMissing();
const network = { allowPrivate: true };
const window = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
const options = { keepSubjects: false };

const WEEKLY = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rapport tests//EN
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:weekly-1on1@example.com
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/Berlin:20260302T100000
DTEND;TZID=Europe/Berlin:20260302T103000
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:Ada / Grace 1:1
ORGANIZER;CN=Ada:mailto:ada@example.com
ATTENDEE;CN=Ada;PARTSTAT=ACCEPTED:mailto:ada@example.com
ATTENDEE;CN=Grace;PARTSTAT=ACCEPTED:mailto:grace@example.com
END:VEVENT
END:VCALENDAR
`;

const single = (uid: string, start: string, extra = '') => `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rapport tests//EN
BEGIN:VEVENT
UID:${uid}
DTSTAMP:20260101T000000Z
DTSTART:${start}
DURATION:PT45M
SUMMARY:Planning
${extra}ORGANIZER:mailto:grace@example.com
ATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.com
ATTENDEE;PARTSTAT=ACCEPTED:mailto:grace@example.com
END:VEVENT
END:VCALENDAR
`;

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

describe.skipIf(missing)('CalDAV on a real Radicale', () => {
  let dav: TestDavServer;
  let work: string;
  const put = async (path: string, body: string) => {
    const response = await dav.request('ada', 'PUT', path, crlf(body), {
      'content-type': 'text/calendar; charset=utf-8',
    });
    expect([201, 204]).toContain(response.status);
  };

  beforeAll(async () => {
    dav = await startRadicale({ ada: 'ada-secret-pass', bob: 'bob-secret-pass' });
    work = await makeCalendar(dav, 'ada', 'work', 'Work');
    await makeCalendar(dav, 'ada', 'family', 'Family');
    await put(`${work}weekly.ics`, WEEKLY);
    await put(`${work}planning.ics`, single('planning@example.com', '20260601T090000Z'));
    await put(
      `${work}cancelled.ics`,
      single('cancelled@example.com', '20260602T090000Z', 'STATUS:CANCELLED\n'),
    );
  });
  afterAll(async () => {
    await dav?.stop();
  });

  const config = () => ({
    url: dav.url,
    user: 'ada',
    password: 'ada-secret-pass',
    calendars: ['Work'],
  });

  it('finds the calendars of the account by name', async () => {
    const { calendars } = await caldavCalendarClient.test(config(), network);
    expect(calendars.sort()).toEqual(['Family', 'Work']);
  });

  it('says plainly when the password is wrong', async () => {
    await expect(
      caldavCalendarClient.test({ ...config(), password: 'not-the-password' }, network),
    ).rejects.toThrow('CalDAV said: authentication failed');
  });

  it('refuses loopback unless the operator allows private addresses', async () => {
    await expect(caldavCalendarClient.test(config(), { allowPrivate: false })).rejects.toThrow(
      /private or local address/,
    );
  });

  it('names a calendar that does not exist', async () => {
    await expect(
      caldavCalendarClient.test({ ...config(), calendars: ['Holidays'] }, network),
    ).rejects.toThrow(/no calendar named "Holidays" \(found: .*Work/);
  });

  it('reads everything first, then only what moved and what was deleted', async () => {
    const first = await caldavCalendarClient.sync(config(), null, window, network, options);
    expect(first.complete).toBe(true);
    expect(first.unchanged).toBe(false);
    const byKey = new Map(first.objects.map((object) => [object.key, object.occurrences]));
    const weeklyKey = new URL(`${work}weekly.ics`, dav.url).href;
    const planningKey = new URL(`${work}planning.ics`, dav.url).href;
    const cancelledKey = new URL(`${work}cancelled.ics`, dav.url).href;
    expect([...byKey.keys()].sort()).toEqual([cancelledKey, planningKey, weeklyKey].sort());
    // Four Monday 10:00 Berlin occurrences, the last after the switch to summer time.
    expect(byKey.get(weeklyKey)?.map((o) => o.start)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-09T09:00:00.000Z',
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
    ]);
    expect(byKey.get(weeklyKey)?.[0]).toMatchObject({
      externalId: 'weekly-1on1@example.com@2026-03-02T09:00:00.000Z',
      objectKey: weeklyKey,
      organizer: 'ada@example.com',
      summary: null,
    });
    expect(byKey.get(cancelledKey)?.[0]?.status).toBe('cancelled');
    expect(byKey.get(planningKey)?.[0]).toMatchObject({
      externalId: 'planning@example.com',
      start: '2026-06-01T09:00:00.000Z',
      end: '2026-06-01T09:45:00.000Z',
    });

    const again = await caldavCalendarClient.sync(config(), first.cursor, window, network, options);
    expect(again).toMatchObject({ unchanged: true, objects: [], removed: [] });

    // A phone moves the planning meeting a day later and deletes the cancelled one.
    await put(`${work}planning.ics`, single('planning@example.com', '20260602T140000Z'));
    const deleted = await dav.request('ada', 'DELETE', `${work}cancelled.ics`);
    expect(deleted.status).toBe(200);

    const later = await caldavCalendarClient.sync(config(), again.cursor, window, network, options);
    expect(later.complete).toBe(false);
    expect(later.unchanged).toBe(false);
    expect(later.objects.map((object) => object.key)).toEqual([planningKey]);
    expect(later.objects[0]?.occurrences.map((o) => [o.externalId, o.start])).toEqual([
      ['planning@example.com', '2026-06-02T14:00:00.000Z'],
    ]);
    expect(later.removed).toEqual([cancelledKey]);

    const quiet = await caldavCalendarClient.sync(config(), later.cursor, window, network, options);
    expect(quiet.unchanged).toBe(true);
  });

  it('falls back to comparing etags when the server no longer knows the sync token', async () => {
    const family = '/ada/family/';
    const chosen = { ...config(), calendars: [family] };
    await put(`${family}birthday.ics`, single('dinner@example.com', '20260801T180000Z'));
    const first = await caldavCalendarClient.sync(chosen, null, window, network, options);
    expect(first.objects).toHaveLength(1);
    // A token the server has forgotten (expired, or the collection was rebuilt).
    const cursor = JSON.parse(first.cursor as string);
    const state = Object.values(cursor.calendars)[0] as { syncToken: string };
    state.syncToken = 'http://radicale.org/ns/sync/0000000000000000000000000000000000000000';
    await put(`${family}birthday.ics`, single('dinner@example.com', '20260802T180000Z'));
    const later = await caldavCalendarClient.sync(
      chosen,
      JSON.stringify(cursor),
      window,
      network,
      options,
    );
    expect(later.objects.map((object) => object.occurrences[0]?.start)).toEqual([
      '2026-08-02T18:00:00.000Z',
    ]);
    expect(later.removed).toEqual([]);
  });

  it('keeps subjects only when asked to', async () => {
    const batch = await caldavCalendarClient.sync(config(), null, window, network, {
      keepSubjects: true,
    });
    const summaries = batch.objects.flatMap((object) => object.occurrences.map((o) => o.summary));
    expect(summaries).toContain('Ada / Grace 1:1');
  });
});
