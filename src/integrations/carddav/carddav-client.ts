// CardDAV: address books found with tsdav from the account's URL (well-known, principal, home
// set); changes listed with a sync-token (RFC 6578) when the server offers one, and with the ctag
// and a full listing otherwise; the cards' text read in batches (addressbook-multiget). These
// REPORTs are sent here and their answers read by multistatus.ts, which is many times faster on
// thousands of cards. Writes are conditional on the card's etag. Every request goes through the
// outbound guard.
import {
  createAccount,
  type DAVAccount,
  type DAVResponse,
  fetchAddressBooks,
  propfind,
} from 'tsdav';
import type { NetworkPolicy } from '../../app/ports/capture';
import type {
  AddressBookInfo,
  CardDavConfig,
  ContactsSyncClient,
  ListedCard,
  RemoteCard,
  RemoteChanges,
} from '../../app/ports/contacts-sync';
import { guardedFetch } from '../net/outbound';
import { type MultistatusEntry, readMultistatus } from './multistatus';

interface Cursor {
  syncToken?: string;
  ctag?: string;
}

const fetchFor = (network: NetworkPolicy) =>
  guardedFetch({ allowPrivate: network.allowPrivate, timeoutMs: 120_000, maxBytes: 200 * 1048576 });

const authHeaders = (config: CardDavConfig) => ({
  authorization: `Basic ${Buffer.from(`${config.user}:${config.password}`).toString('base64')}`,
});

function failure(status: number, what: string): Error {
  if (status === 401 || status === 403) {
    return new Error('The address book refused the user name or password');
  }
  if (status === 404) return new Error(`The address book was not found (${what})`);
  return new Error(`The address book server answered ${status} to ${what}`);
}

function checked(responses: DAVResponse[], what: string, allow404 = false): DAVResponse[] {
  const bad = responses.find((r) => !r.ok && !(allow404 && r.status === 404));
  if (bad && !(bad.href && responses.length > 1 && bad.status === 404)) {
    throw failure(bad.status, what);
  }
  return responses;
}

const pathOf = (href: string, base: string) => new URL(href, base).pathname;

async function account(config: CardDavConfig, network: NetworkPolicy): Promise<DAVAccount> {
  try {
    return await createAccount({
      account: { serverUrl: config.url, accountType: 'carddav' },
      headers: authHeaders(config),
      fetch: fetchFor(network),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/401|403|unauthori/i.test(message)) throw failure(401, 'sign-in');
    throw new Error(`No address books found at ${config.url}: ${message}`);
  }
}

async function bookState(config: CardDavConfig, bookUrl: string, network: NetworkPolicy) {
  const [response] = checked(
    await propfind({
      url: bookUrl,
      props: { 'd:sync-token': {}, 'cs:getctag': {} },
      depth: '0',
      headers: authHeaders(config),
      fetch: fetchFor(network),
    }),
    'reading the address book',
  );
  const token = response?.props?.syncToken;
  const ctag = response?.props?.getctag;
  return {
    syncToken: token == null || token === '' ? undefined : String(token),
    ctag: ctag == null ? undefined : String(ctag),
  };
}

// Listings ask for each card's path and etag only; the cards' text is read afterwards with
// addressbook-multiget, a batch of paths at a time, and only for cards that changed: a first sync
// of thousands of cards then never holds one answer of them all (nor its copy as a string).
const LISTING = `<?xml version="1.0" encoding="utf-8"?>
<C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <D:prop><D:getetag/></D:prop>
</C:addressbook-query>`;

const SYNC = (token: string) => `<?xml version="1.0" encoding="utf-8"?>
<D:sync-collection xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <D:sync-token>${xmlText(token)}</D:sync-token>
  <D:sync-level>1</D:sync-level>
  <D:prop><D:getetag/></D:prop>
</D:sync-collection>`;

const MULTIGET = (hrefs: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <D:prop><D:getetag/><C:address-data/></D:prop>
${hrefs.map((href) => `  <D:href>${xmlText(href)}</D:href>`).join('\n')}
</C:addressbook-multiget>`;

function xmlText(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** A REPORT on the book; null when the server refuses a sync-token it no longer knows. */
async function report(
  config: CardDavConfig,
  bookUrl: string,
  body: string,
  network: NetworkPolicy,
  what: string,
) {
  const response = await fetchFor(network)(bookUrl, {
    method: 'REPORT',
    body,
    headers: {
      ...authHeaders(config),
      // RFC 6352 §8.7: a multiget carries no Depth.
      ...(body.includes('addressbook-multiget') ? {} : { depth: '1' }),
      'content-type': 'application/xml; charset=utf-8',
    },
  });
  const text = await response.text();
  if (response.status === 403 || response.status === 409) {
    if (/valid-sync-token/.test(text)) return null;
  }
  if (response.status !== 207) throw failure(response.status, what);
  return readMultistatus(text);
}

const objects = (entries: MultistatusEntry[], bookUrl: string) =>
  entries.filter((e) => pathOf(e.href, bookUrl) !== pathOf(bookUrl, bookUrl));

const listedOf = (entries: MultistatusEntry[], bookUrl: string): ListedCard[] =>
  objects(entries, bookUrl).flatMap((e) =>
    e.status < 300 ? [{ href: pathOf(e.href, bookUrl), etag: e.etag }] : [],
  );

const cardsOf = (entries: MultistatusEntry[], bookUrl: string): RemoteCard[] =>
  objects(entries, bookUrl).flatMap((e) =>
    e.status < 300 && e.data !== null
      ? [{ href: pathOf(e.href, bookUrl), etag: e.etag, text: e.data }]
      : [],
  );

export interface CardDavOptions {
  /** Paths per addressbook-multiget: each answer holds this many cards' text at most. */
  cardsPerRequest?: number;
}

const CARDS_PER_REQUEST = 250;

/** The CardDAV client; `options` only for tests that need small batches. */
export function cardDavClientWith(options: CardDavOptions = {}): ContactsSyncClient {
  const cardsPerRequest = Math.max(1, options.cardsPerRequest ?? CARDS_PER_REQUEST);
  return {
    async discover(config, network): Promise<AddressBookInfo[]> {
      const davAccount = await account(config, network);
      const books = await fetchAddressBooks({
        account: davAccount,
        headers: authHeaders(config),
        fetch: fetchFor(network),
      });
      return books.map((book) => ({
        url: book.url,
        name:
          typeof book.displayName === 'string' && book.displayName ? book.displayName : book.url,
      }));
    },

    async changes(config, bookUrl, cursorText, network): Promise<RemoteChanges> {
      const cursor: Cursor = cursorText ? (JSON.parse(cursorText) as Cursor) : {};
      if (cursor.syncToken) {
        const found = await report(
          config,
          bookUrl,
          SYNC(cursor.syncToken),
          network,
          'reading changes',
        );
        if (found) {
          return {
            listed: listedOf(found.entries, bookUrl),
            removed: objects(found.entries, bookUrl)
              .filter((e) => e.status === 404)
              .map((e) => pathOf(e.href, bookUrl)),
            complete: false,
            cursor: JSON.stringify({ syncToken: found.syncToken ?? cursor.syncToken }),
          };
        }
      }
      // The state is read before the listing, so a change made during it is seen next time.
      const state = await bookState(config, bookUrl, network);
      if (!state.syncToken && state.ctag && state.ctag === cursor.ctag) {
        return { listed: [], removed: [], complete: false, cursor: cursorText };
      }
      const listing = await report(config, bookUrl, LISTING, network, 'listing the address book');
      return {
        listed: listedOf(listing?.entries ?? [], bookUrl),
        removed: [],
        complete: true,
        cursor: JSON.stringify(state),
      };
    },

    async *cards(config, bookUrl, hrefs, network) {
      for (let start = 0; start < hrefs.length; start += cardsPerRequest) {
        const found = await report(
          config,
          bookUrl,
          MULTIGET(hrefs.slice(start, start + cardsPerRequest)),
          network,
          'reading cards',
        );
        yield cardsOf(found?.entries ?? [], bookUrl);
      }
    },

    async get(config, href, network) {
      const response = await fetchFor(network)(new URL(href, config.url), {
        headers: authHeaders(config),
      });
      if (response.status === 404 || response.status === 410) return null;
      if (!response.ok) throw failure(response.status, `reading ${href}`);
      return { href, etag: response.headers.get('etag'), text: await response.text() };
    },

    async put(config, href, etag, text, network) {
      const response = await fetchFor(network)(new URL(href, config.url), {
        method: 'PUT',
        body: text,
        headers: {
          ...authHeaders(config),
          'content-type': 'text/vcard; charset=utf-8',
          ...(etag ? { 'if-match': etag } : { 'if-none-match': '*' }),
        },
      });
      if (response.status === 412) return { ok: false, reason: 'changed' };
      if (!response.ok) throw failure(response.status, `saving ${href}`);
      return { ok: true, href, etag: response.headers.get('etag') };
    },
  };
}

export const cardDavClient = cardDavClientWith();
