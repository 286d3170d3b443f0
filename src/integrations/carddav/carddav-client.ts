// CardDAV with tsdav: address books found from the account's URL (well-known, principal, home
// set), changes read with a sync-token (RFC 6578) when the server offers one and with the ctag and
// a full listing otherwise, writes conditional on the card's etag. Every request goes through the
// outbound guard.
import {
  addressBookQuery,
  createAccount,
  type DAVAccount,
  type DAVResponse,
  fetchAddressBooks,
  propfind,
  syncCollection,
} from 'tsdav';
import type { NetworkPolicy } from '../../app/ports/capture';
import type {
  AddressBookInfo,
  CardDavConfig,
  ContactsSyncClient,
  RemoteCard,
  RemoteChanges,
} from '../../app/ports/contacts-sync';
import { guardedFetch } from '../net/outbound';

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

function cardOf(response: DAVResponse, base: string): RemoteCard | null {
  const data = response.props?.addressData?._cdata ?? response.props?.addressData;
  if (!response.href || typeof data !== 'string') return null;
  const etag = response.props?.getetag;
  return {
    href: pathOf(response.href, base),
    etag: etag == null ? null : String(etag),
    text: data,
  };
}

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

async function fullListing(config: CardDavConfig, bookUrl: string, network: NetworkPolicy) {
  const responses = checked(
    await addressBookQuery({
      url: bookUrl,
      props: { 'd:getetag': {}, 'card:address-data': {} },
      depth: '1',
      headers: authHeaders(config),
      fetch: fetchFor(network),
    }),
    'listing the address book',
  );
  return responses.flatMap((r) => cardOf(r, bookUrl) ?? []);
}

export const cardDavClient: ContactsSyncClient = {
  async discover(config, network): Promise<AddressBookInfo[]> {
    const davAccount = await account(config, network);
    const books = await fetchAddressBooks({
      account: davAccount,
      headers: authHeaders(config),
      fetch: fetchFor(network),
    });
    return books.map((book) => ({
      url: book.url,
      name: typeof book.displayName === 'string' && book.displayName ? book.displayName : book.url,
    }));
  },

  async changes(config, bookUrl, cursorText, network): Promise<RemoteChanges> {
    const cursor: Cursor = cursorText ? (JSON.parse(cursorText) as Cursor) : {};
    if (cursor.syncToken) {
      const responses = await syncCollection({
        url: bookUrl,
        props: { 'd:getetag': {}, 'card:address-data': {} },
        syncLevel: 1,
        syncToken: cursor.syncToken,
        headers: authHeaders(config),
        fetch: fetchFor(network),
      });
      // A token the server no longer knows (403/409 valid-sync-token) means: list everything.
      const refused = responses.length === 1 && !responses[0]!.ok && !responses[0]!.props;
      if (!refused) {
        const token = responses[0]?.raw?.multistatus?.syncToken;
        const objects = responses.filter(
          (r) => r.href && pathOf(r.href, bookUrl) !== pathOf(bookUrl, bookUrl),
        );
        return {
          cards: objects.filter((r) => r.status !== 404).flatMap((r) => cardOf(r, bookUrl) ?? []),
          removed: objects.filter((r) => r.status === 404).map((r) => pathOf(r.href!, bookUrl)),
          complete: false,
          cursor: JSON.stringify({ syncToken: token == null ? cursor.syncToken : String(token) }),
        };
      }
    }
    // The state is read before the listing, so a change made during it is seen next time.
    const state = await bookState(config, bookUrl, network);
    if (!state.syncToken && state.ctag && state.ctag === cursor.ctag) {
      return { cards: [], removed: [], complete: false, cursor: cursorText };
    }
    return {
      cards: await fullListing(config, bookUrl, network),
      removed: [],
      complete: true,
      cursor: JSON.stringify(state),
    };
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
