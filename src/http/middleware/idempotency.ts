// `Idempotency-Key` on the writes the web app queues offline (log a conversation, mark an item
// done, snooze a person): the same request sent again returns the first response and writes
// nothing. A concurrent duplicate gets 409 `idempotency_in_progress` at once rather than waiting
// (the queue simply tries again later); a key reused with another body is 422.
import { createMiddleware } from 'hono/factory';
import {
  claimIdempotencyKey,
  idempotencyKeyInput,
  releaseIdempotencyKey,
  storeIdempotentResponse,
} from '../../app/idempotency/idempotency';
import type { HttpApp, HttpEnv } from '../env';
import { errorBody } from '../errors';
import { principalOf } from './auth';

/** The routes that honour the header, as Hono paths, with their method. */
export const IDEMPOTENT_ROUTES = [
  ['POST', '/api/interactions'],
  ['POST', '/api/items/:id/done'],
  ['PATCH', '/api/people/:id'],
] as const;

const idempotency = createMiddleware<HttpEnv>(async (c, next) => {
  const header = c.req.header('idempotency-key');
  if (header === undefined) return next();
  const parsed = idempotencyKeyInput.safeParse(header);
  if (!parsed.success) {
    return c.json(errorBody('invalid_input', parsed.error.issues[0]?.message ?? ''), 400);
  }
  const ctx = c.get('ctx');
  const route = `${c.req.method} ${c.req.path}`;
  const id = { ownerId: principalOf(c).userId, route, key: parsed.data };
  const claim = await claimIdempotencyKey(ctx, id, `${route}\n${await c.req.text()}`);
  if (claim.kind === 'replay') {
    c.header('Idempotent-Replayed', 'true');
    c.header('Content-Type', 'application/json');
    return c.body(claim.body, claim.status as 200);
  }
  await next();
  // Our own failures are not answers: the key is given back so a retry runs the write again.
  if (c.res.status >= 500) await releaseIdempotencyKey(ctx, id);
  else await storeIdempotentResponse(ctx, id, c.res.status, await c.res.clone().text());
});

export function registerIdempotency(app: HttpApp) {
  for (const [method, path] of IDEMPOTENT_ROUTES) app.on(method, path, idempotency);
}
