// Every request Rapport makes to an address a user typed (a calendar URL, a mail or DAV server)
// goes through here, because the server, not the user's browser, makes it: without a check a
// user could make Rapport probe the operator's private network or cloud metadata endpoint.
// Loopback, link-local and private ranges are refused unless the operator allows them
// (RAPPORT_SOURCES_ALLOW_PRIVATE=1); responses are bounded in time and size; a credentialed
// request never follows a redirect to another host. ipaddr.js classifies the addresses.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface OutboundPolicy {
  /** Loopback, link-local and private addresses may be reached. */
  allowPrivate: boolean;
  /** Whole request, including reading the body (default 30 s). */
  timeoutMs?: number;
  /** Largest response body accepted (default 20 MB). */
  maxBytes?: number;
}

/** A request refused or failed, with a message fit to show the user as the source's last error. */
export class OutboundError extends Error {}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const MAX_REDIRECTS = 5;

function isPublic(address: string): boolean {
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/** Resolves the host and refuses it when any of its addresses is not public (unless allowed). */
export async function checkOutboundHost(host: string, policy: OutboundPolicy): Promise<void> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (policy.allowPrivate) return;
  let addresses: string[];
  if (isIP(bare)) addresses = [bare];
  else {
    try {
      addresses = (await lookup(bare, { all: true })).map((entry) => entry.address);
    } catch {
      throw new OutboundError(`The server name "${bare}" could not be found`);
    }
  }
  const blocked = addresses.find((address) => !isPublic(address));
  if (blocked) {
    throw new OutboundError(
      `Refusing to connect to ${bare} (${blocked}): it is a private or local address. ` +
        'The operator can allow this with RAPPORT_SOURCES_ALLOW_PRIVATE=1',
    );
  }
}

/** Parses and checks a URL a user gave: http(s) only, a host that may be reached. */
export async function checkOutboundUrl(text: string, policy: OutboundPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OutboundError(`"${text}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundError(`Only http and https addresses can be used, not ${url.protocol}`);
  }
  await checkOutboundHost(url.hostname, policy);
  return url;
}

async function readBounded(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number) {
  return new OutboundError(`The server sent more than ${Math.round(maxBytes / 1048576)} MB`);
}

function hasCredentials(init: RequestInit | undefined): boolean {
  return new Headers(init?.headers).has('authorization');
}

/**
 * A `fetch` with the policy applied: host checked before each hop, redirects followed by hand
 * (only to the same origin when credentials are sent), the body read within the size limit and
 * returned as a complete Response, the whole exchange within the time limit.
 */
export function guardedFetch(policy: OutboundPolicy): typeof fetch {
  const timeoutMs = policy.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = policy.maxBytes ?? DEFAULT_MAX_BYTES;
  const guarded = async (input: string | URL | Request, init?: RequestInit) => {
    let url = await checkOutboundUrl(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      policy,
    );
    const signal = AbortSignal.timeout(timeoutMs);
    const credentialed = hasCredentials(init);
    try {
      for (let hop = 0; ; hop++) {
        const response = await fetch(url, { ...init, redirect: 'manual', signal });
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel();
          if (hop >= MAX_REDIRECTS) throw new OutboundError('The server redirected too many times');
          const next = new URL(location, url);
          if (credentialed && next.origin !== url.origin) {
            throw new OutboundError(
              `The server redirected to another host (${next.host}); with a password this is refused`,
            );
          }
          url = await checkOutboundUrl(next.href, policy);
          continue;
        }
        const body = await readBounded(response, maxBytes);
        const empty = response.status === 204 || response.status === 304;
        return new Response(empty ? null : new Uint8Array(body), {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }
    } catch (error) {
      if (error instanceof OutboundError) throw error;
      if (signal.aborted) {
        throw new OutboundError(`${url.host} did not answer within ${timeoutMs / 1000} s`);
      }
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new OutboundError(
        cause === 'ECONNREFUSED'
          ? `${url.host} refused the connection`
          : `Could not reach ${url.host}${cause ? ` (${cause})` : ''}`,
      );
    }
  };
  return guarded as typeof fetch;
}
