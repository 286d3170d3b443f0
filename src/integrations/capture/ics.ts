// A calendar by URL: an iCalendar subscription (Google's secret iCal address, an Outlook published
// calendar, any .ics). Fetched through the outbound guard with conditional requests, so an
// unchanged calendar costs a 304; the whole file is the calendar, so every batch is `complete`.
import { createHash } from 'node:crypto';
import type {
  CalendarBatch,
  CalendarClient,
  IcsCalendarConfig,
  NetworkPolicy,
} from '../../app/ports/capture';
import { guardedFetch, OutboundError } from '../net/outbound';
import { CalendarFormatError, readCalendar } from './ical-occurrences';

/** The largest .ics read (issue 14): a bigger one is refused, never half-read. */
export const MAX_ICS_BYTES = 20 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

interface IcsCursor {
  etag?: string;
  lastModified?: string;
  /** SHA-256 of the last body: servers without validators still yield `unchanged`. */
  hash?: string;
  /** The window's end when the file was last expanded: occurrences after it were never returned,
   * so once now passes it the file is read again even if it did not change. */
  until?: string;
}

/** The request for a subscription address: webcal:// is https, user:password@ becomes Basic. */
export function subscriptionRequest(address: string): { url: string; headers: Headers } {
  const text = address.trim().replace(/^webcals?:\/\//i, 'https://');
  const headers = new Headers({ accept: 'text/calendar, text/plain;q=0.8, */*;q=0.5' });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`"${address}" is not a web address`);
  }
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers.set('authorization', `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`);
    url.username = '';
    url.password = '';
  }
  return { url: url.href, headers };
}

function parseCursor(cursor: string | null): IcsCursor {
  if (!cursor) return {};
  try {
    const value = JSON.parse(cursor) as IcsCursor;
    return typeof value === 'object' && value ? value : {};
  } catch {
    return {};
  }
}

type Download = { notModified: true } | { notModified: false; text: string; cursor: IcsCursor };

async function download(
  config: IcsCalendarConfig,
  network: NetworkPolicy,
  previous: IcsCursor,
): Promise<Download> {
  const { url, headers } = subscriptionRequest(config.url);
  if (previous.etag) headers.set('if-none-match', previous.etag);
  if (previous.lastModified) headers.set('if-modified-since', previous.lastModified);
  const fetcher = guardedFetch({
    allowPrivate: network.allowPrivate,
    maxBytes: MAX_ICS_BYTES,
    timeoutMs: TIMEOUT_MS,
  });
  let response: Response;
  try {
    response = await fetcher(url, { headers });
  } catch (error) {
    if (error instanceof OutboundError && /sent more than/.test(error.message)) {
      throw new Error('The calendar is larger than 20 MB, more than Rapport reads from an .ics');
    }
    throw error;
  }
  if (response.status === 304) return { notModified: true };
  if (response.status === 401 || response.status === 403) {
    throw new Error(
      `The calendar server refused access (HTTP ${response.status}): the address or its password may be wrong or no longer valid`,
    );
  }
  if (response.status === 404 || response.status === 410) {
    throw new Error(
      `There is no calendar at this address (HTTP ${response.status}); a secret address changes when it is reset`,
    );
  }
  if (!response.ok) {
    throw new Error(`The calendar server answered HTTP ${response.status} ${response.statusText}`);
  }
  const text = await response.text();
  return {
    notModified: false,
    text,
    cursor: {
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      hash: createHash('sha256').update(text).digest('hex'),
    },
  };
}

function read(text: string, options: Parameters<typeof readCalendar>[1]) {
  try {
    return readCalendar(text, options);
  } catch (error) {
    if (error instanceof CalendarFormatError) throw new Error(error.message);
    throw new Error(`The calendar could not be read: ${(error as Error).message}`);
  }
}

export const icsCalendarClient: CalendarClient<IcsCalendarConfig> = {
  async test(config, network) {
    const result = await download(config, network, {});
    if (result.notModified) return { calendars: [] };
    const now = Date.now();
    const window = {
      from: new Date(now - 24 * 3600 * 1000).toISOString(),
      to: new Date(now).toISOString(),
    };
    const calendar = read(result.text, { window, keepSubjects: false });
    return { calendars: [calendar.name ?? new URL(subscriptionRequest(config.url).url).host] };
  },

  async sync(config, cursor, window, network, options): Promise<CalendarBatch> {
    const known = parseCursor(cursor);
    const stale = !known.until || Date.parse(known.until) <= Date.now();
    const previous = stale ? {} : known;
    const result = await download(config, network, previous);
    const unchanged = (next: string | null): CalendarBatch => ({
      objects: [],
      removed: [],
      complete: false,
      unchanged: true,
      cursor: next,
    });
    if (result.notModified) return unchanged(cursor);
    if (previous.hash && previous.hash === result.cursor.hash) {
      return unchanged(JSON.stringify({ ...result.cursor, until: previous.until }));
    }
    const next = JSON.stringify({ ...result.cursor, until: window.to });
    const calendar = read(result.text, { window, keepSubjects: options.keepSubjects });
    return {
      objects: calendar.events.map((event) => ({ key: event.uid, occurrences: event.occurrences })),
      removed: [],
      complete: true,
      unchanged: false,
      cursor: next,
    };
  },
};
