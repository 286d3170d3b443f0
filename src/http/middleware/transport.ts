// What the connection says about the caller, and what a trusted reverse proxy adds to it.
// With RAPPORT_TRUST_PROXY=N (N trusted proxies in front), each proxy appends the address it
// received the request from to X-Forwarded-For, so the client is the N-th entry from the right;
// anything further left was written by the client and proves nothing.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { HttpEnv } from '../env';

/**
 * Makes this request's `c.req.header(name)` read Node's own parse of the request, for our code
 * and Hono's alike; the request's frame (http/app) calls it first. Hono's own first copies every
 * header into a WHATWG Headers object, checking each one: on a GET that copy was a visible share
 * of the CPU time (8% of a GET /api/today, whose validator asks for the Content-Type even with
 * only a query). Node joins repeated headers as Hono would, except that it keeps the first of a
 * repeated Authorization (as every Node server does). `c.req.header()` with no name, and every
 * read in-process (no Node request), are Hono's.
 */
export function readHeadersFromNode(c: Context<HttpEnv>) {
  const headers = c.env?.incoming?.headers;
  if (!headers) return;
  const everyHeader = c.req.header.bind(c.req);
  c.req.header = ((name?: string) => {
    if (name === undefined) return everyHeader();
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  }) as typeof c.req.header;
}

/**
 * Sets a header of the answer that the answer's own headers override. Under Rapport's server it
 * joins the answer's head (framed-response.ts); under another Node server it goes on Node's
 * response, which merges it the same way. Hono's `c.header()` before the answer exists makes a
 * WHATWG Headers for it, which the adapter then copies back into a plain object: with the
 * security headers, a visible share of a GET's CPU time for values that never change.
 * In-process (no Node response) it is `c.header()`.
 */
export function setResponseHeader(c: Context<HttpEnv>, name: string, value: string) {
  const outgoing = c.env?.outgoing;
  if (outgoing?.frameHeader) outgoing.frameHeader(name, value);
  else if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}

/** The address the N-th trusted proxy from us saw the request come from. */
export function forwardedAddress(header: string | undefined, hops: number): string | undefined {
  if (!header || hops < 1) return undefined;
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  // Fewer entries than proxies: the request skipped some, so take the furthest one there is.
  return entries[Math.max(0, entries.length - hops)];
}

/** The caller's address; from X-Forwarded-For only when told how many proxies to trust. */
export function clientAddress(c: Context<HttpEnv>): string {
  const forwarded = forwardedAddress(c.req.header('x-forwarded-for'), c.get('trustProxyHops'));
  if (forwarded) return forwarded;
  if (!c.env?.incoming) return 'local';
  return getConnInfo(c).remote.address ?? 'unknown';
}

/**
 * Whether the browser reached us over https: directly, through a trusted proxy that says so
 * (X-Forwarded-Proto; the right-most value is the one our proxy set), or because the public
 * address people use is https (TLS ends in front of us).
 */
export function reachedOverHttps(c: Context<HttpEnv>): boolean {
  // The URL is absolute and its scheme lower case (the adapter builds it): no need to parse it.
  if (c.req.url.startsWith('https:')) return true;
  if (c.get('trustProxyHops') > 0) {
    const proto = c.req.header('x-forwarded-proto')?.split(',').pop()?.trim().toLowerCase();
    if (proto === 'https') return true;
  }
  return c.get('ctx').settings.publicUrl?.startsWith('https://') ?? false;
}

/** Strict-Transport-Security, sent only when the page came over https (RFC 6797 §7.2). */
export function markStrictTransport(c: Context<HttpEnv>) {
  if (reachedOverHttps(c)) {
    setResponseHeader(c, 'Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
  }
}
