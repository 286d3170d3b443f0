// The security headers of every answer: the ones Hono's secureHeaders sets with these options.
// It sets them one by one on the answer's WHATWG Headers after the handler, which the Node
// adapter then copies back into a plain object: about a twentieth of a GET's CPU time, for
// values that never change. So its output is taken once, from a dry run, and put on Node's
// response (merged with the answer's own headers when Node writes them; in-process, on the
// answer itself).
import { Context, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { HttpEnv } from '../env';

/** What the middleware sets on an answer that has no headers of its own. */
async function headersSetBy(middleware: MiddlewareHandler): Promise<[string, string][]> {
  const c = new Context(new Request('http://localhost/'));
  await middleware(c, async () => {
    c.res = new Response(null);
  });
  return [...c.res.headers];
}

/**
 * Sets what secureHeaders(options) would, for options without per-request values (no CSP
 * nonce), once the handler has answered; a promise only until the dry run is done, on the first
 * requests. Under Node a header the handler sets itself wins (Node's rule), which no route does
 * for these.
 */
export function securityHeaders(
  options: Parameters<typeof secureHeaders>[0],
): (c: Context<HttpEnv>) => undefined | Promise<void> {
  const dryRun = headersSetBy(secureHeaders(options));
  let fixed: [string, string][] | undefined;
  void dryRun.then((headers) => {
    fixed = headers;
  });
  const set = (c: Context<HttpEnv>, headers: [string, string][]) => {
    const outgoing = c.env?.outgoing;
    if (outgoing) for (const [name, value] of headers) outgoing.setHeader(name, value);
    // In-process, on the answer (the caller runs this after the handler), as secureHeaders does.
    else for (const [name, value] of headers) c.res.headers.set(name, value);
  };
  return (c) => {
    if (fixed) return void set(c, fixed);
    return dryRun.then((headers) => set(c, headers));
  };
}
