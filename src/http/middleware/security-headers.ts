// The security headers of every answer: the ones Hono's secureHeaders sets with these options.
// It sets them one by one on the answer's WHATWG Headers after the handler, which the Node
// adapter then copies back into a plain object: about a twentieth of a GET's CPU time, for
// values that never change. So under the Node server its output is taken once, from a dry run,
// and put on Node's response (see transport.ts setResponseHeader); in-process it runs itself.
import { Context, type MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
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
 * secureHeaders(options), for options without per-request values (no CSP nonce). Under Node a
 * header the handler sets itself wins (Node's rule), which no route does for these.
 */
export function securityHeaders(options: Parameters<typeof secureHeaders>[0]) {
  const middleware = secureHeaders(options);
  const dryRun = headersSetBy(middleware);
  let fixed: [string, string][] | undefined;
  void dryRun.then((headers) => {
    fixed = headers;
  });
  return createMiddleware<HttpEnv>(async (c, next) => {
    const outgoing = c.env?.outgoing;
    if (!outgoing) return middleware(c, next);
    for (const [name, value] of fixed ?? (await dryRun)) outgoing.setHeader(name, value);
    await next();
  });
}
