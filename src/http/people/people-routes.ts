import { createRoute, z } from '@hono/zod-openapi';
import { idempotentHeaders } from '../../app/idempotency/idempotency';
import { listInteractions } from '../../app/interactions/interactions';
import { archivePerson, restorePerson } from '../../app/people/archive';
import { bulkInput, bulkPeople } from '../../app/people/bulk';
import {
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  updatePerson,
} from '../../app/people/people';
import { newPersonInput, personChanges, personFilterInput } from '../../app/people/person-input';
import { listItems } from '../../app/person-items/person-items';
import { personHealth } from '../../app/today/relationships';
import type { HttpApp } from '../env';
import { keptJsonList } from '../kept-json';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody } from '../schemas';
import {
  HealthSchema,
  InteractionSchema,
  idParam,
  PersonItemSchema,
  PersonSchema,
} from './people-schemas';

const PersonEnvelope = z.object({ person: PersonSchema });
const tags = ['people'];

export const list = createRoute({
  method: 'get',
  path: '/api/people',
  tags,
  summary:
    'Your people, filtered by kind, tag, team or a name prefix; archived people only with `archived`',
  request: { query: personFilterInput },
  responses: {
    200: json(z.object({ people: z.array(PersonSchema) }), 'People'),
    ...errorResponses(400, 401),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/api/people',
  tags,
  summary: 'Add a person',
  request: { body: jsonBody(newPersonInput) },
  responses: { 201: json(PersonEnvelope, 'Added'), ...errorResponses(400, 401, 403, 413) },
});

export const read = createRoute({
  method: 'get',
  path: '/api/people/{id}',
  tags,
  summary: 'One person',
  request: { params: idParam },
  responses: { 200: json(PersonEnvelope, 'The person'), ...errorResponses(401, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/people/{id}',
  tags,
  summary: 'Edit a person; also pause, snooze and change the cadence',
  request: { params: idParam, body: jsonBody(personChanges), headers: idempotentHeaders },
  responses: { 200: json(PersonEnvelope, 'Updated'), ...errorResponses(400, 401, 403, 404, 413) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/people/{id}',
  tags,
  summary: 'Remove a person with their dates and items, and conversations with only them',
  request: { params: idParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
});

export const archive = createRoute({
  method: 'post',
  path: '/api/people/{id}/archive',
  tags,
  summary:
    'Archive a person: gone from the People list, Today, search and capture, with everything about them kept; archiving again changes nothing',
  request: { params: idParam },
  responses: { 200: json(PersonEnvelope, 'Archived'), ...errorResponses(401, 403, 404) },
});

export const restore = createRoute({
  method: 'post',
  path: '/api/people/{id}/restore',
  tags,
  summary: 'Restore an archived person among the people you keep; a kept person stays as they are',
  request: { params: idParam },
  responses: { 200: json(PersonEnvelope, 'Restored'), ...errorResponses(401, 403, 404) },
});

export const bulk = createRoute({
  method: 'post',
  path: '/api/people/bulk',
  tags,
  summary:
    'Change many people at once (kind, cadence, pause, new, tags) or remove them; all or nothing',
  request: { body: jsonBody(bulkInput) },
  responses: {
    200: json(
      z
        .object({ changed: z.number(), deleted: z.number(), ids: z.array(z.string()) })
        .openapi('BulkResult'),
      'What changed',
    ),
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

export const timeline = createRoute({
  method: 'get',
  path: '/api/people/{id}/timeline',
  tags,
  summary: 'Conversations with a person (newest first) and their items',
  request: { params: idParam },
  responses: {
    200: json(
      z.object({ interactions: z.array(InteractionSchema), items: z.array(PersonItemSchema) }),
      'Timeline',
    ),
    ...errorResponses(401, 404),
  },
});

export const health = createRoute({
  method: 'get',
  path: '/api/people/{id}/health',
  tags,
  summary: 'How the relationship is doing, with warnings',
  request: { params: idParam },
  responses: {
    200: json(z.object({ health: HealthSchema }), 'Health'),
    ...errorResponses(401, 404),
  },
});

export function registerPeopleRoutes(app: HttpApp) {
  app.openapi(list, async (c) => {
    const people = await listPeople(c.get('ctx'), principalOf(c).userId, c.req.valid('query'));
    return keptJsonList(c, 'people', people);
  });

  app.openapi(create, async (c) => {
    const person = await createPerson(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json({ person }, 201);
  });

  app.openapi(bulk, async (c) => {
    const result = await bulkPeople(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json(result, 200);
  });

  app.openapi(read, async (c) => {
    const person = await getPerson(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.json({ person }, 200);
  });

  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const person = await updatePerson(c.get('ctx'), principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ person }, 200);
  });

  app.openapi(archive, async (c) => {
    const person = await archivePerson(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
    );
    return c.json({ person }, 200);
  });

  app.openapi(restore, async (c) => {
    const person = await restorePerson(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
    );
    return c.json({ person }, 200);
  });

  app.openapi(remove, async (c) => {
    await deletePerson(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(timeline, async (c) => {
    const ctx = c.get('ctx');
    const userId = principalOf(c).userId;
    const { id } = c.req.valid('param');
    await getPerson(ctx, userId, id);
    const [interactions, items] = await Promise.all([
      listInteractions(ctx, userId, { personId: id, limit: 200 }),
      listItems(ctx, userId, { personId: id }),
    ]);
    return c.json({ interactions, items }, 200);
  });

  app.openapi(health, async (c) => {
    const result = await personHealth(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.json({ health: result }, 200);
  });
}
