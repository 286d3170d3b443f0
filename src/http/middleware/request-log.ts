// First on every request: a request id (a sane incoming X-Request-Id, or a new one, returned
// as X-Request-Id), then, once answered, one log line and the request metrics. The line names
// the route pattern (/api/people/:id), never the raw path or query (links carry tokens), and
// the user by id only: no e-mail, cookie, token or body is ever written.
import type { Context } from 'hono';
import { routePath } from 'hono/route';
import type { HttpEnv } from '../env';
import { setResponseHeader } from './transport';

/** Incoming ids longer than 64, or with other than [A-Za-z0-9_-=], are replaced. */
const SANE_REQUEST_ID = /^[\w\-=]{1,64}$/;

/**
 * What hono/request-id does, without a middleware of its own: the request's frame (http/app)
 * calls it, once `c.req.header` reads Node's parse (transport.ts readHeadersFromNode).
 */
export function assignRequestId(c: Context<HttpEnv>) {
  const sent = c.req.header('x-request-id');
  const id = sent && SANE_REQUEST_ID.test(sent) ? sent : crypto.randomUUID();
  c.set('requestId', id);
  setResponseHeader(c, 'X-Request-Id', id);
}

/**
 * The request line and metrics, once answered (`started`: performance.now() on arrival);
 * `writeLine: false` keeps the metrics only (the in-process CLI, where the command itself
 * reports what went wrong and a log line would say it twice).
 */
export function logRequest(c: Context<HttpEnv>, started: number, writeLine: boolean) {
  const seconds = (performance.now() - started) / 1000;
  const ctx = c.get('ctx');
  // The route that answered (after next(), the index of the last handler that ran).
  const route = routePath(c) || 'unmatched';
  const status = c.res.status;
  ctx.metrics.httpRequest(c.req.method, route, status, seconds);
  if (!writeLine) return;
  const fields = {
    requestId: c.get('requestId'),
    method: c.req.method,
    route,
    status,
    durationMs: Math.round(seconds * 10_000) / 10,
    userId: c.get('principal')?.userId ?? null,
  };
  const level = status >= 500 ? 'error' : 'info';
  if (ctx.log.requestLine) ctx.log.requestLine(level, fields, 'request');
  else ctx.log[level](fields, 'request');
}
