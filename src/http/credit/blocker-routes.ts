import { createRoute, z } from '@hono/zod-openapi';
import {
  addBlocker,
  blockerChanges,
  blockerListInput,
  deleteBlocker,
  editBlocker,
  listBlockers,
  newBlockerInput,
  resolveBlocker,
} from '../../app/credit/blockers';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam } from '../people/people-schemas';
import { errorResponses, json, jsonBody } from '../schemas';
import { BlockerSchema } from './credit-schemas';

const Envelope = z.object({ blocker: BlockerSchema });
const tags = ['credit'];

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/blockers',
    tags,
    summary: 'What is in your way or what you need from someone (open=true: not yet cleared)',
    request: { query: blockerListInput },
    responses: {
      200: json(z.object({ blockers: z.array(BlockerSchema) }), 'Blockers'),
      ...errorResponses(400, 401),
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/blockers',
    tags,
    summary: 'Note a blocker or a need; status updates list it until it is cleared',
    request: { body: jsonBody(newBlockerInput) },
    responses: { 201: json(Envelope, 'Noted'), ...errorResponses(400, 401, 403, 404, 413) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/blockers/{id}',
    tags,
    summary: 'Edit a blocker',
    request: { params: idParam, body: jsonBody(blockerChanges) },
    responses: { 200: json(Envelope, 'Updated'), ...errorResponses(400, 401, 403, 404, 413) },
  }),
  resolve: createRoute({
    method: 'post',
    path: '/api/blockers/{id}/resolve',
    tags,
    summary: 'Mark a blocker cleared today: updates stop listing it after today',
    request: { params: idParam },
    responses: { 200: json(Envelope, 'Cleared'), ...errorResponses(400, 401, 403, 404) },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/blockers/{id}',
    tags,
    summary: 'Delete a blocker',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
};

export function registerBlockerRoutes(app: HttpApp) {
  app.openapi(routes.list, async (c) => {
    const blockers = await listBlockers(c.get('ctx'), principalOf(c).userId, c.req.valid('query'));
    return c.json({ blockers }, 200);
  });
  app.openapi(routes.create, async (c) => {
    const blocker = await addBlocker(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json({ blocker }, 201);
  });
  app.openapi(routes.update, async (c) => {
    const { id } = c.req.valid('param');
    const blocker = await editBlocker(c.get('ctx'), principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ blocker }, 200);
  });
  app.openapi(routes.resolve, async (c) => {
    const { id } = c.req.valid('param');
    const blocker = await resolveBlocker(c.get('ctx'), principalOf(c).userId, id, {});
    return c.json({ blocker }, 200);
  });
  app.openapi(routes.remove, async (c) => {
    await deleteBlocker(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
