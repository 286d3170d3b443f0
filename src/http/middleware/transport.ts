// What the connection says about the caller, and what a trusted reverse proxy adds to it.
// With RAPPORT_TRUST_PROXY=N (N trusted proxies in front), each proxy appends the address it
// received the request from to X-Forwarded-For, so the client is the N-th entry from the right;
// anything further left was written by the client and proves nothing.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { HttpEnv } from '../env';

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
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (c.get('trustProxyHops') > 0) {
    const proto = c.req.header('x-forwarded-proto')?.split(',').pop()?.trim().toLowerCase();
    if (proto === 'https') return true;
  }
  return c.get('ctx').settings.publicUrl?.startsWith('https://') ?? false;
}

/** Strict-Transport-Security, sent only when the page came over https (RFC 6797 §7.2). */
export const strictTransport = createMiddleware<HttpEnv>(async (c, next) => {
  await next();
  if (reachedOverHttps(c)) {
    c.header('Strict-Transport-Security', 'max-age=15552000; includeSubDomains');
  }
});
