// Replies owed, promises, favors and career events: one creation route per type (each with its
// own fields), and shared routes to list, complete and delete any of them.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { idempotentHeaders } from '../../app/idempotency/idempotency';
import {
  completeItem,
  createItem,
  deleteItem,
  ITEM_INPUTS,
  itemListInput,
  listItems,
} from '../../app/person-items/person-items';
import type { HttpApp, HttpEnv } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam, PersonItemSchema } from '../people/people-schemas';
import { errorResponses, json, jsonBody } from '../schemas';

const Envelope = z.object({ item: PersonItemSchema });
const tags = ['items'];

const CREATION = {
  reply: { path: '/api/replies', summary: 'Note that someone is waiting for your reply' },
  promise: { path: '/api/promises', summary: 'Record a promise to someone, with a due date' },
  favor: { path: '/api/favors', summary: 'Record a favor given or received' },
  event: { path: '/api/events', summary: 'Record a career event (promotion, new job…)' },
} as const;

export const list = createRoute({
  method: 'get',
  path: '/api/items',
  tags,
  summary: 'Replies, promises, favors and events; filter by type, person, open',
  request: { query: itemListInput },
  responses: {
    200: json(z.object({ items: z.array(PersonItemSchema) }), 'Items'),
    ...errorResponses(400, 401),
  },
});

export const done = createRoute({
  method: 'post',
  path: '/api/items/{id}/done',
  tags,
  summary: 'Mark done: reply answered, promise kept, favor settled, event congratulated',
  request: { params: idParam, headers: idempotentHeaders },
  responses: { 200: json(Envelope, 'Done'), ...errorResponses(401, 403, 404) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/items/{id}',
  tags,
  summary: 'Delete an item',
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});

/** One creation route per kind of item, each with its own body (exported: the typed test client). */
const creation = <P extends string, S extends z.ZodType>(
  { path, summary }: { path: P; summary: string },
  input: S,
) =>
  createRoute({
    method: 'post',
    path,
    tags,
    summary,
    request: { body: jsonBody(input) },
    responses: { 201: json(Envelope, 'Created'), ...errorResponses(400, 401, 403, 404, 413) },
  });

export const creations = {
  reply: creation(CREATION.reply, ITEM_INPUTS.reply),
  promise: creation(CREATION.promise, ITEM_INPUTS.promise),
  favor: creation(CREATION.favor, ITEM_INPUTS.favor),
  event: creation(CREATION.event, ITEM_INPUTS.event),
};

export function registerItemRoutes(app: HttpApp) {
  // One line per type (not a loop): each handler then knows its own parsed body's type.
  const ctxOf = (c: Context<HttpEnv>) => [c.get('ctx'), principalOf(c).userId] as const;
  app.openapi(creations.reply, async (c) =>
    c.json({ item: await createItem(...ctxOf(c), 'reply', c.req.valid('json')) }, 201),
  );
  app.openapi(creations.promise, async (c) =>
    c.json({ item: await createItem(...ctxOf(c), 'promise', c.req.valid('json')) }, 201),
  );
  app.openapi(creations.favor, async (c) =>
    c.json({ item: await createItem(...ctxOf(c), 'favor', c.req.valid('json')) }, 201),
  );
  app.openapi(creations.event, async (c) =>
    c.json({ item: await createItem(...ctxOf(c), 'event', c.req.valid('json')) }, 201),
  );

  app.openapi(list, async (c) => {
    const items = await listItems(c.get('ctx'), principalOf(c).userId, c.req.valid('query'));
    return c.json({ items }, 200);
  });

  app.openapi(done, async (c) => {
    const item = await completeItem(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.json({ item }, 200);
  });

  app.openapi(remove, async (c) => {
    await deleteItem(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
