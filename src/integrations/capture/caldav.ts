// A calendar by CalDAV (Nextcloud, Fastmail, iCloud, Radicale…), through tsdav with every request
// sent by the outbound guard. Calendars are discovered from the account and chosen by name or URL;
// later syncs ask only for what changed: the RFC 6578 sync-token when the server offers it,
// otherwise the ctag and a comparison of etags. The cursor keeps per-calendar tokens and etags.
import { createDAVClient, type DAVCalendar, type DAVResponse } from 'tsdav';
import type {
  CalDavConfig,
  CalendarBatch,
  CalendarClient,
  CalendarWindow,
  NetworkPolicy,
} from '../../app/ports/capture';
import type { CapturedEvent } from '../../domain/capture/capture-types';
import { checkOutboundUrl, guardedFetch, OutboundError } from '../net/outbound';
import { readCalendar } from './ical-occurrences';

interface CalendarState {
  syncToken?: string;
  ctag?: string;
  /** Object URL -> etag, as last read. */
  etags: Record<string, string>;
}

interface DavCursor {
  /** The window's end at the last full read: once now passes it every object is read again,
   * because occurrences after it were never returned. */
  until: string;
  calendars: Record<string, CalendarState>;
}

/** Objects asked for in one calendar-multiget, to keep each response well under the size limit. */
const MULTIGET_CHUNK = 200;
const TIMEOUT_MS = 60_000;
const MAX_RESPONSE_BYTES = 50 * 1024 * 1024;

type DavClient = Awaited<ReturnType<typeof createDAVClient>>;

interface Connection {
  client: DavClient;
  calendars: DAVCalendar[];
}

function displayName(calendar: DAVCalendar): string {
  const name = calendar.displayName;
  if (typeof name === 'string' && name.trim() !== '') return name.trim();
  const path = new URL(calendar.url).pathname.replace(/\/$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || calendar.url;
}

function holdsEvents(calendar: DAVCalendar): boolean {
  const components = calendar.components ?? [];
  return components.length === 0 || components.includes('VEVENT');
}

/** The CalDAV server's failure in words for the source's last error. */
function davError(error: unknown, sawUnauthorized: boolean): Error {
  if (error instanceof OutboundError) return new Error(`CalDAV: ${error.message}`);
  const message = error instanceof Error ? error.message : String(error);
  if (sawUnauthorized || /Invalid credentials|\b401\b/.test(message)) {
    return new Error('CalDAV said: authentication failed (check the user name and the password)');
  }
  if (/cannot find (principalUrl|homeUrl)/.test(message)) {
    return new Error('CalDAV said: there is no calendar account at this address');
  }
  const status = /\b([45]\d\d)\b/.exec(message)?.[1];
  return new Error(
    status
      ? `CalDAV said: the request was refused (HTTP ${status})`
      : `CalDAV failed: ${message.slice(0, 200)}`,
  );
}

async function connect(config: CalDavConfig, network: NetworkPolicy): Promise<Connection> {
  await checkOutboundUrl(config.url, { allowPrivate: network.allowPrivate });
  const guarded = guardedFetch({
    allowPrivate: network.allowPrivate,
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_RESPONSE_BYTES,
  });
  // tsdav turns some failures into generic messages; remembering a 401 keeps "wrong password"
  // recognisable whatever tsdav says about it.
  let sawUnauthorized = false;
  const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await guarded(input, init);
    if (response.status === 401) sawUnauthorized = true;
    return response;
  }) as typeof fetch;
  try {
    const client = await createDAVClient({
      serverUrl: config.url,
      credentials: { username: config.user, password: config.password },
      authMethod: 'Basic',
      defaultAccountType: 'caldav',
      fetch: fetcher,
    });
    const calendars = (await client.fetchCalendars()).filter(holdsEvents);
    return { client: withErrors(client, () => sawUnauthorized), calendars };
  } catch (error) {
    throw davError(error, sawUnauthorized);
  }
}

/** The client with each call's failure turned into a plain-words error. */
function withErrors(client: DavClient, sawUnauthorized: () => boolean): DavClient {
  return new Proxy(client, {
    get(target, property) {
      const value = target[property as keyof DavClient];
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          throw davError(error, sawUnauthorized());
        }
      };
    },
  });
}

function sameUrl(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/\/+$/, '');
  return strip(a) === strip(b);
}

/** The calendars the source reads: those named (display name or URL), or every one. */
function choose(connection: Connection, config: CalDavConfig): DAVCalendar[] {
  if (connection.calendars.length === 0) {
    throw new Error('CalDAV: this account has no calendars with events');
  }
  if (config.calendars.length === 0) return connection.calendars;
  return config.calendars.map((wanted) => {
    const resolved = (() => {
      try {
        return new URL(wanted, config.url).href;
      } catch {
        return wanted;
      }
    })();
    const found = connection.calendars.find(
      (calendar) =>
        displayName(calendar).toLowerCase() === wanted.trim().toLowerCase() ||
        (/^https?:|^\//.test(wanted) && sameUrl(calendar.url, resolved)),
    );
    if (!found) {
      const names = connection.calendars.map(displayName).join(', ');
      throw new Error(`CalDAV: no calendar named "${wanted}" (found: ${names})`);
    }
    return found;
  });
}

function parseCursor(cursor: string | null): DavCursor | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(cursor) as DavCursor;
    return value && typeof value.calendars === 'object' && typeof value.until === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

const absolute = (href: string, base: string) => new URL(href, base).href;
const text = (value: unknown) =>
  value === undefined || value === null ? undefined : String(value);

/** Every event object's URL and etag in a calendar. */
async function listEtags(
  client: DavClient,
  calendar: DAVCalendar,
): Promise<Record<string, string>> {
  const responses = await client.calendarQuery({
    url: calendar.url,
    props: { 'd:getetag': {} },
    filters: { 'comp-filter': { _attributes: { name: 'VCALENDAR' } } },
    depth: '1',
  });
  const etags: Record<string, string> = {};
  for (const response of responses) {
    if (!response.href) continue;
    const url = absolute(response.href, calendar.url);
    if (sameUrl(url, calendar.url)) continue;
    etags[url] = text(response.props?.getetag) ?? '';
  }
  return etags;
}

/** RFC 6578 changes since the token, or null when the server refuses the token or the report. */
async function changesSince(
  client: DavClient,
  calendar: DAVCalendar,
  syncToken: string,
): Promise<{ changed: Record<string, string>; removed: string[]; token?: string } | null> {
  let responses: DAVResponse[];
  try {
    responses = await client.syncCollection({
      url: calendar.url,
      props: { 'd:getetag': {} },
      syncLevel: 1,
      syncToken,
    });
  } catch {
    return null;
  }
  // A refused report (403/409 for a forgotten token) comes back as one response for the
  // collection itself; an object's 404 inside a multistatus is a deletion instead.
  const refused = responses.some(
    (response) =>
      (response.status ?? 0) >= 400 &&
      (!response.href || sameUrl(absolute(response.href, calendar.url), calendar.url)),
  );
  const raw = responses[0]?.raw as { multistatus?: { syncToken?: unknown } } | undefined;
  const token = text(raw?.multistatus?.syncToken);
  if (refused || !token) return null;
  const changed: Record<string, string> = {};
  const removed: string[] = [];
  for (const response of responses) {
    if (!response.href) continue;
    const url = absolute(response.href, calendar.url);
    if (sameUrl(url, calendar.url)) continue;
    if (response.status === 404) removed.push(url);
    else if (response.ok) changed[url] = text(response.props?.getetag) ?? '';
  }
  return { changed, removed, token };
}

async function readObjects(
  client: DavClient,
  calendar: DAVCalendar,
  urls: string[],
  window: CalendarWindow,
  keepSubjects: boolean,
): Promise<{ key: string; etag: string; occurrences: CapturedEvent[] }[]> {
  const out: { key: string; etag: string; occurrences: CapturedEvent[] }[] = [];
  for (let index = 0; index < urls.length; index += MULTIGET_CHUNK) {
    const chunk = urls.slice(index, index + MULTIGET_CHUNK);
    const objects = await client.fetchCalendarObjects({
      calendar,
      objectUrls: chunk,
      urlFilter: () => true,
    });
    for (const object of objects) {
      if (typeof object.data !== 'string') continue;
      const key = absolute(object.url, calendar.url);
      try {
        const parsed = readCalendar(object.data, { window, keepSubjects, objectKey: key });
        const occurrences = parsed.events.flatMap((event) => event.occurrences);
        out.push({ key, etag: object.etag ?? '', occurrences });
      } catch {
        // One unreadable object must not stop the calendar; it is skipped, not removed.
      }
    }
  }
  return out;
}

export const caldavCalendarClient: CalendarClient<CalDavConfig> = {
  async test(config, network) {
    const connection = await connect(config, network);
    choose(connection, config);
    return { calendars: connection.calendars.map(displayName) };
  },

  async sync(config, cursor, window, network, options): Promise<CalendarBatch> {
    const connection = await connect(config, network);
    const chosen = choose(connection, config);
    const previous = parseCursor(cursor);
    const full = !previous || Date.parse(previous.until) <= Date.now();
    const next: DavCursor = {
      until: full ? window.to : (previous?.until ?? window.to),
      calendars: {},
    };
    const batch: CalendarBatch = {
      objects: [],
      removed: [],
      complete: full,
      unchanged: false,
      cursor: null,
    };
    let changes = 0;
    for (const calendar of chosen) {
      const known = full ? undefined : previous?.calendars[calendar.url];
      const state = await syncCalendar(connection.client, calendar, known, window, options, batch);
      changes += state.changes;
      next.calendars[calendar.url] = state.state;
    }
    // Calendars no longer chosen (or gone from the server): what came from them is removed.
    for (const [url, state] of Object.entries(previous?.calendars ?? {})) {
      if (full || next.calendars[url]) continue;
      batch.removed.push(...Object.keys(state.etags));
      changes += 1;
    }
    batch.unchanged = !full && changes === 0;
    batch.cursor = JSON.stringify(next);
    return batch;
  },
};

async function syncCalendar(
  client: DavClient,
  calendar: DAVCalendar,
  known: CalendarState | undefined,
  window: CalendarWindow,
  options: { keepSubjects: boolean },
  batch: CalendarBatch,
): Promise<{ state: CalendarState; changes: number }> {
  const token = text(calendar.syncToken);
  const ctag = text(calendar.ctag);
  if (known && ((token && known.syncToken === token) || (!token && ctag && known.ctag === ctag))) {
    return { state: known, changes: 0 };
  }
  const etags = { ...(known?.etags ?? {}) };
  let toRead: string[];
  let removed: string[] = [];
  let nextToken = token;
  const incremental =
    known?.syncToken && (calendar.reports ?? []).includes('syncCollection')
      ? await changesSince(client, calendar, known.syncToken)
      : null;
  if (incremental) {
    toRead = Object.entries(incremental.changed)
      .filter(([url, etag]) => !etag || etags[url] !== etag)
      .map(([url]) => url);
    removed = incremental.removed.filter((url) => url in etags);
    nextToken = incremental.token ?? token;
  } else {
    const current = await listEtags(client, calendar);
    toRead = Object.keys(current).filter((url) => !current[url] || etags[url] !== current[url]);
    removed = Object.keys(etags).filter((url) => !(url in current));
  }
  const objects = await readObjects(client, calendar, toRead, window, options.keepSubjects);
  for (const url of removed) delete etags[url];
  for (const object of objects) {
    etags[object.key] = object.etag;
    batch.objects.push({ key: object.key, occurrences: object.occurrences });
  }
  batch.removed.push(...removed);
  return {
    state: { syncToken: nextToken, ctag, etags },
    changes: objects.length + removed.length,
  };
}
