import { createRoute, z } from '@hono/zod-openapi';
import { idempotentHeaders } from '../../app/idempotency/idempotency';
import {
  deleteInteraction,
  getInteraction,
  interactionChanges,
  interactionListInput,
  listInteractions,
  logInteraction,
  newInteractionInput,
  updateInteraction,
} from '../../app/interactions/interactions';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { InteractionSchema, idParam } from '../people/people-schemas';
import { errorResponses, json, jsonBody } from '../schemas';

const Envelope = z.object({ interaction: InteractionSchema });
export const ClosedReplySchema = z
  .object({ id: z.string(), personId: z.string(), personName: z.string(), text: z.string() })
  .openapi('ClosedReply');
const LoggedEnvelope = Envelope.extend({
  closed: z
    .array(ClosedReplySchema)
    .openapi({ description: 'Replies owed this conversation closed' }),
});
const tags = ['interactions'];

export const list = createRoute({
  method: 'get',
  path: '/api/interactions',
  tags,
  summary: 'Logged conversations, newest first',
  request: { query: interactionListInput },
  responses: {
    200: json(z.object({ interactions: z.array(InteractionSchema) }), 'Interactions'),
    ...errorResponses(400, 401),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/api/interactions',
  tags,
  summary:
    'Log a conversation with one or more people; `closes` / `closesReplies` close replies owed to them',
  request: { body: jsonBody(newInteractionInput), headers: idempotentHeaders },
  responses: { 201: json(LoggedEnvelope, 'Logged'), ...errorResponses(400, 401, 403, 404, 413) },
});

export const read = createRoute({
  method: 'get',
  path: '/api/interactions/{id}',
  tags,
  summary: 'One logged conversation',
  request: { params: idParam },
  responses: { 200: json(Envelope, 'The interaction'), ...errorResponses(401, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/interactions/{id}',
  tags,
  summary: 'Edit a logged conversation',
  request: { params: idParam, body: jsonBody(interactionChanges) },
  responses: { 200: json(Envelope, 'Updated'), ...errorResponses(400, 401, 403, 404, 413) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/interactions/{id}',
  tags,
  summary: 'Delete a logged conversation',
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
});

export function registerInteractionRoutes(app: HttpApp) {
  app.openapi(list, async (c) => {
    const interactions = await listInteractions(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('query'),
    );
    return c.json({ interactions }, 200);
  });

  app.openapi(create, async (c) => {
    const { interaction, closed } = await logInteraction(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('json'),
    );
    return c.json({ interaction, closed }, 201);
  });

  app.openapi(read, async (c) => {
    const interaction = await getInteraction(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
    );
    return c.json({ interaction }, 200);
  });

  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const interaction = await updateInteraction(
      c.get('ctx'),
      principalOf(c).userId,
      id,
      c.req.valid('json'),
    );
    return c.json({ interaction }, 200);
  });

  app.openapi(remove, async (c) => {
    await deleteInteraction(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
