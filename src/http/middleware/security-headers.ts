// The security headers of every answer. Pages (the web app, links from e-mail, sign-in) get the
// ones Hono's secureHeaders sets with the app's options. Answers of the JSON API get the set the
// OWASP REST Security Cheat Sheet names for APIs: the rest only instruct a browser about a
// document it renders (opener, DNS prefetch, XSS auditor, Flash policies), which a JSON answer
// never is, and cost every API call bytes and CPU (each header is checked as Node writes it).
// API answers also say `no-store`: they carry what the user wrote about people.
//
// secureHeaders sets its headers one by one on the answer's WHATWG Headers after the handler, which the Node
// adapter then copies back into a plain object: about a twentieth of a GET's CPU time, for
// values that never change. So its output is taken once, from a dry run, and joins the answer's
// own headers when Node writes its head (transport.ts setResponseHeader; in-process, on the
// answer itself).
import { Context, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { HttpEnv } from '../env';
import { setResponseHeader } from './transport';

/** On every answer under /api/ (HSTS is added over https, as for pages: markStrictTransport). */
export const API_SECURITY_HEADERS: readonly [string, string][] = [
  ['cache-control', 'no-store'],
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['cross-origin-resource-policy', 'same-origin'],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
];

/** What the middleware sets on an answer that has no headers of its own. */
async function headersSetBy(middleware: MiddlewareHandler): Promise<[string, string][]> {
  const c = new Context(new Request('http://localhost/'));
  await middleware(c, async () => {
    c.res = new Response(null);
  });
  return [...c.res.headers];
}

/**
 * Sets API_SECURITY_HEADERS on answers under /api/, and on the others what secureHeaders(options)
 * would, for options without per-request values (no CSP nonce), once the handler has answered;
 * a promise only until the dry run is done, on the first requests. A header the answer sets
 * itself wins (Node's rule when it merges them; in-process the same is done here).
 */
export function securityHeaders(
  options: Parameters<typeof secureHeaders>[0],
): (c: Context<HttpEnv>) => undefined | Promise<void> {
  const dryRun = headersSetBy(secureHeaders(options));
  let fixed: [string, string][] | undefined;
  void dryRun.then((headers) => {
    fixed = headers;
  });
  const set = (c: Context<HttpEnv>, headers: readonly [string, string][]) => {
    if (c.env?.outgoing) for (const [name, value] of headers) setResponseHeader(c, name, value);
    // In-process, on the answer (the caller runs this after the handler), as secureHeaders does.
    else
      for (const [name, value] of headers)
        if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  };
  return (c) => {
    if (c.req.path.startsWith('/api/')) return void set(c, API_SECURITY_HEADERS);
    if (fixed) return void set(c, fixed);
    return dryRun.then((headers) => set(c, headers));
  };
}
