// Calendar subscriptions as Google, Outlook/Exchange and iCloud publish them, served by a local
// HTTP server the way those services answer (validators, 304s, errors), read through Rapport's
// client: what a user would see captured from each, and the plain errors for what is not a calendar.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarBatch } from '../../src/app/ports/capture';
import { conversationsFromMeetings } from '../../src/domain/capture/meetings';
import { icsCalendarClient, subscriptionRequest } from '../../src/integrations/capture/ics';

const FIXTURES = join(import.meta.dirname, '../fixtures/ics');
const fixture = (name: string) =>
  readFileSync(join(FIXTURES, name), 'utf8').replace(/\r?\n/g, '\r\n');

const network = { allowPrivate: true };
const window = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
const plain = { keepSubjects: false };
const GOOGLE_UID = '1on1-grace-7s9d2k@google.com';

let server: Server;
let base: string;
const hits: Record<string, number[]> = {};

function handle(request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  const calendar = (body: string, headers: Record<string, string> = {}) => {
    response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', ...headers });
    response.end(body);
  };
  const record = (status: number) => {
    hits[path] = [...(hits[path] ?? []), status];
  };
  switch (path) {
    case '/google.ics': {
      // Google sends an ETag and honours If-None-Match.
      const etag = '"g-20261201"';
      if (request.headers['if-none-match'] === etag) {
        record(304);
        response.writeHead(304, { etag });
        response.end();
        return;
      }
      record(200);
      return calendar(fixture('google.ics'), { etag });
    }
    case '/outlook.ics': {
      // Exchange's published calendars carry Last-Modified only.
      const lastModified = 'Tue, 01 Dec 2026 08:00:00 GMT';
      if (request.headers['if-modified-since'] === lastModified) {
        record(304);
        response.writeHead(304);
        response.end();
        return;
      }
      record(200);
      return calendar(fixture('outlook.ics'), { 'last-modified': lastModified });
    }
    case '/icloud.ics':
      // No validators at all: every fetch is a full 200.
      record(200);
      return calendar(fixture('icloud.ics'));
    case '/private.ics': {
      const expected = `Basic ${Buffer.from('ada:s3cret pass').toString('base64')}`;
      if (request.headers.authorization !== expected) {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="cal"' });
        response.end('no');
        return;
      }
      return calendar(fixture('icloud.ics'));
    }
    case '/elsewhere.ics':
      response.writeHead(302, { location: `${base.replace('127.0.0.1', 'localhost')}/google.ics` });
      response.end();
      return;
    case '/page':
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!DOCTYPE html><html><body>Sign in to continue</body></html>');
      return;
    case '/garbage.ics':
      return calendar('this is not a calendar at all');
    case '/huge.ics': {
      // 21 MB, chunked (no Content-Length), so only counting the bytes can refuse it.
      response.writeHead(200, { 'content-type': 'text/calendar' });
      const line = `X-FILLER:${'x'.repeat(1000)}\r\n`;
      const chunk = line.repeat(1024);
      let sent = 0;
      response.write('BEGIN:VCALENDAR\r\n');
      const pump = () => {
        while (sent < 21) {
          sent++;
          if (!response.write(chunk)) {
            response.once('drain', pump);
            return;
          }
        }
        response.end('END:VCALENDAR\r\n');
      };
      response.on('error', () => {});
      pump();
      return;
    }
    default:
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<html>Not found</html>');
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const sync = (path: string, cursor: string | null = null, options = plain) =>
  icsCalendarClient.sync({ url: `${base}${path}` }, cursor, window, network, options);

function occurrencesOf(batch: CalendarBatch, key: string) {
  const object = batch.objects.find((candidate) => candidate.key === key);
  if (!object) throw new Error(`no object ${key}`);
  return object.occurrences;
}

describe('a Google Calendar secret address', () => {
  it('names the calendar when tested', async () => {
    const result = await icsCalendarClient.test({ url: `${base}/google.ics` }, network);
    expect(result.calendars).toEqual(['ada@example.com']);
  });

  it('expands the weekly 1:1 with its skipped, moved and cancelled weeks across the DST change', async () => {
    const batch = await sync('/google.ics');
    expect(batch).toMatchObject({ complete: true, unchanged: false, removed: [] });
    expect(batch.objects.map((object) => object.key).sort()).toEqual(
      [
        GOOGLE_UID,
        'ooo-3kd9@google.com',
        'roadmap-review-88aa@google.com',
        'vendor-pitch-11@google.com',
      ].sort(),
    );
    const weekly = occurrencesOf(batch, GOOGLE_UID);
    expect(weekly.map((o) => [o.externalId.slice(GOOGLE_UID.length), o.start, o.status])).toEqual([
      ['@2026-03-09T09:00:00.000Z', '2026-03-09T09:00:00.000Z', 'confirmed'],
      ['@2026-03-16T09:00:00.000Z', '2026-03-16T09:00:00.000Z', 'confirmed'],
      ['@2026-03-23T09:00:00.000Z', '2026-03-23T09:00:00.000Z', 'confirmed'],
      // Berlin went to summer time on 29 March: 10:00 local is now 08:00 UTC.
      ['@2026-03-30T08:00:00.000Z', '2026-03-30T08:00:00.000Z', 'confirmed'],
      // 6 April is an EXDATE; 13 April moved to Tuesday 14 April 15:00 local.
      ['@2026-04-13T08:00:00.000Z', '2026-04-14T13:00:00.000Z', 'confirmed'],
      ['@2026-04-20T08:00:00.000Z', '2026-04-20T08:00:00.000Z', 'cancelled'],
      ['@2026-04-27T08:00:00.000Z', '2026-04-27T08:00:00.000Z', 'confirmed'],
      ['@2026-05-04T08:00:00.000Z', '2026-05-04T08:00:00.000Z', 'confirmed'],
      ['@2026-05-11T08:00:00.000Z', '2026-05-11T08:00:00.000Z', 'confirmed'],
    ]);
    expect(weekly[0]).toMatchObject({
      objectKey: GOOGLE_UID,
      end: '2026-03-09T09:30:00.000Z',
      allDay: false,
      organizer: 'ada@example.com',
      hasConferenceLink: true,
      hasPhysicalLocation: false,
      summary: null,
    });
    expect(weekly[0]?.attendees).toEqual([
      { email: 'grace@example.com', name: 'Grace Hopper', partstat: 'ACCEPTED' },
      { email: 'ada@example.com', name: 'Ada Lovelace', partstat: 'ACCEPTED' },
    ]);
    expect(occurrencesOf(batch, 'ooo-3kd9@google.com')[0]).toMatchObject({
      allDay: true,
      start: '2026-04-15T00:00:00.000Z',
    });
    expect(occurrencesOf(batch, 'roadmap-review-88aa@google.com')[0]?.status).toBe('cancelled');
    const pitch = occurrencesOf(batch, 'vendor-pitch-11@google.com')[0];
    expect(pitch?.attendees.find((a) => a.email === 'ada@example.com')?.partstat).toBe('DECLINED');
    expect(pitch).toMatchObject({ hasConferenceLink: true, hasPhysicalLocation: false });
  });

  it('becomes eight conversations with Grace: nothing for the cancelled, all-day or declined', async () => {
    const batch = await sync('/google.ics');
    const { conversations } = conversationsFromMeetings(
      batch.objects.flatMap((object) => object.occurrences),
      {
        myEmails: new Set(['ada@example.com']),
        personByEmail: new Map([['grace@example.com', 'p-grace']]),
        largeMeetingSize: 8,
        countLargeMeetings: false,
        isOfficeDay: () => false,
        ignoredPersonIds: new Set(),
      },
    );
    expect(conversations).toHaveLength(8);
    expect(new Set(conversations.map((c) => `${c.channel}/${c.initiator}`))).toEqual(
      new Set(['video/me']),
    );
    expect(conversations.map((c) => c.at)).toContain('2026-04-14T13:00:00.000Z');
  });

  it('never keeps the description, and the subject only when asked', async () => {
    const plainBatch = await sync('/google.ics');
    expect(JSON.stringify(plainBatch)).not.toMatch(/BODY-MARKER|Grace 1:1|salary/);
    const withSubjects = await sync('/google.ics', null, { keepSubjects: true });
    expect(JSON.stringify(withSubjects)).not.toMatch(/BODY-MARKER|salary/);
    const moved = occurrencesOf(withSubjects, GOOGLE_UID).find((o) =>
      o.externalId.endsWith('@2026-04-13T08:00:00.000Z'),
    );
    expect(moved?.summary).toBe('Ada / Grace 1:1 (moved)');
  });

  it('asks with If-None-Match next time and reports a 304 as unchanged', async () => {
    const first = await sync('/google.ics');
    const before = hits['/google.ics']?.length ?? 0;
    const second = await sync('/google.ics', first.cursor);
    expect(second).toMatchObject({ unchanged: true, objects: [], removed: [] });
    expect(hits['/google.ics']?.slice(before)).toEqual([304]);
  });
});

describe('an Outlook / Exchange published calendar', () => {
  it('reads Windows zone names, with or without their VTIMEZONE, across DST changes', async () => {
    const batch = await sync('/outlook.ics');
    const byStart = batch.objects.flatMap((object) => object.occurrences);
    const platform = byStart.filter((o) =>
      o.externalId.startsWith('040000008200E00074C5B7101A82E00800000000B0F1'),
    );
    // W. Europe Standard Time from the file's VTIMEZONE: Berlin leaves summer time on 25 October.
    expect(platform.map((o) => o.start)).toEqual([
      '2026-10-15T12:00:00.000Z',
      '2026-10-22T12:00:00.000Z',
      '2026-10-29T13:00:00.000Z',
    ]);
    expect(platform[0]).toMatchObject({
      organizer: 'linus@example.com',
      hasConferenceLink: true,
      hasPhysicalLocation: false,
      allDay: false,
    });
    // "Pacific Standard Time" has no VTIMEZONE here: read as America/Los_Angeles, which
    // moved to summer time on 8 March.
    const design = byStart.filter((o) =>
      o.externalId.startsWith('040000008200E00074C5B7101A82E00800000000C1D2'),
    );
    expect(design.map((o) => o.start)).toEqual([
      '2026-03-05T17:00:00.000Z',
      '2026-03-12T16:00:00.000Z',
    ]);
    expect(design[0]).toMatchObject({ hasPhysicalLocation: true, hasConferenceLink: false });
    // Exchange marks all-day events with midnight times and an X- property.
    const all = byStart.find((o) =>
      o.externalId.startsWith('040000008200E00074C5B7101A82E00800000000D2E3'),
    );
    expect(all?.allDay).toBe(true);
    expect(JSON.stringify(batch)).not.toContain('BODY-MARKER');
  });

  it('asks with If-Modified-Since next time', async () => {
    const first = await sync('/outlook.ics');
    const second = await sync('/outlook.ics', first.cursor);
    expect(second.unchanged).toBe(true);
    expect(hits['/outlook.ics']?.at(-1)).toBe(304);
  });
});

describe('an iCloud shared calendar', () => {
  it('finds addresses in EMAIL parameters, skips rooms, and tells a place from a FaceTime link', async () => {
    const batch = await sync('/icloud.ics');
    const coffee = occurrencesOf(batch, '8F0E1D2C-3B4A-5968-7788-99AABBCCDDEE')[0];
    expect(coffee).toMatchObject({
      externalId: '8F0E1D2C-3B4A-5968-7788-99AABBCCDDEE',
      start: '2026-07-08T12:30:00.000Z',
      organizer: 'ada@example.com',
      hasPhysicalLocation: true,
      hasConferenceLink: false,
    });
    expect(coffee?.attendees.map((a) => [a.email, a.partstat])).toEqual([
      ['ada@example.com', 'ACCEPTED'],
      ['grace@example.com', 'TENTATIVE'],
    ]);
    // A floating time is read in the calendar's own zone (X-WR-TIMEZONE, New York in summer).
    const facetime = occurrencesOf(batch, '0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9')[0];
    expect(facetime).toMatchObject({ start: '2026-07-10T16:00:00.000Z', hasConferenceLink: true });
  });

  it('reports an unchanged body as unchanged even without validators', async () => {
    const first = await sync('/icloud.ics');
    const second = await sync('/icloud.ics', first.cursor);
    expect(second.unchanged).toBe(true);
    expect(hits['/icloud.ics']?.at(-1)).toBe(200);
  });
});

describe('what is not a calendar, or may not be read', () => {
  it.each([
    ['/page', 'This address returned a web page, not a calendar'],
    ['/nowhere.ics', 'There is no calendar at this address (HTTP 404)'],
    ['/garbage.ics', 'This is not an iCalendar file'],
    ['/private.ics', 'The calendar server refused access (HTTP 401)'],
    ['/huge.ics', 'The calendar is larger than 20 MB'],
  ])('%s -> %s', async (path, message) => {
    await expect(sync(path)).rejects.toThrow(message);
  });

  it('sends the user and password written in the address', async () => {
    const url = base.replace('http://', 'http://ada:s3cret%20pass@');
    const batch = await icsCalendarClient.sync(
      { url: `${url}/private.ics` },
      null,
      window,
      network,
      plain,
    );
    expect(batch.objects).toHaveLength(2);
  });

  it('refuses a redirect to another host when a password is sent', async () => {
    const url = base.replace('http://', 'http://ada:s3cret%20pass@');
    await expect(
      icsCalendarClient.sync({ url: `${url}/elsewhere.ics` }, null, window, network, plain),
    ).rejects.toThrow(
      /redirected to another host \(localhost:\d+\); with a password this is refused/,
    );
  });

  it('refuses loopback unless the operator allows private addresses', async () => {
    await expect(
      icsCalendarClient.test({ url: `${base}/google.ics` }, { allowPrivate: false }),
    ).rejects.toThrow(/private or local address/);
  });

  it('reads webcal:// as https://', () => {
    expect(subscriptionRequest('webcal://calendar.example.com/a/b.ics').url).toBe(
      'https://calendar.example.com/a/b.ics',
    );
    expect(subscriptionRequest('webcals://calendar.example.com/x').url).toBe(
      'https://calendar.example.com/x',
    );
  });
});
