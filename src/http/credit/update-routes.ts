import { createRoute, z } from '@hono/zod-openapi';
import { periodInput } from '../../app/credit/periods';
import {
  brag,
  deleteUpdate,
  draftUpdate,
  editUpdate,
  getUpdate,
  listUpdates,
  sendInput,
  sendUpdate,
  updateChanges,
} from '../../app/credit/status-updates';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam } from '../people/people-schemas';
import { ErrorSchema, errorResponses, json, jsonBody } from '../schemas';
import { BragSchema, StatusUpdateSchema } from './credit-schemas';

const Envelope = z.object({ update: StatusUpdateSchema });
const tags = ['credit'];
const deliveryFailed = {
  502: {
    description: 'The mail server failed; the draft is kept',
    content: { 'application/json': { schema: ErrorSchema } },
  },
};

export const routes = {
  brag: createRoute({
    method: 'get',
    path: '/api/brag',
    tags,
    summary: 'The accomplishment log over a period, grouped by project and counted',
    request: { query: periodInput },
    responses: {
      200: json(BragSchema, 'The log'),
      ...errorResponses(400, 401),
    },
  }),
  list: createRoute({
    method: 'get',
    path: '/api/updates',
    tags,
    summary: 'Status updates, drafts and sent ones, newest first',
    responses: {
      200: json(z.object({ updates: z.array(StatusUpdateSchema) }), 'History'),
      ...errorResponses(401),
    },
  }),
  draft: createRoute({
    method: 'post',
    path: '/api/updates',
    tags,
    summary: 'Draft a status update for a week, a month or given dates, from your logs',
    request: { body: jsonBody(periodInput) },
    responses: { 201: json(Envelope, 'Drafted'), ...errorResponses(400, 401, 403, 413) },
  }),
  read: createRoute({
    method: 'get',
    path: '/api/updates/{id}',
    tags,
    summary: 'One status update, with its HTML and text renderings',
    request: { params: idParam },
    responses: { 200: json(Envelope, 'The update'), ...errorResponses(401, 404) },
  }),
  edit: createRoute({
    method: 'patch',
    path: '/api/updates/{id}',
    tags,
    summary: 'Edit a draft: subject, Markdown, recipients',
    request: { params: idParam, body: jsonBody(updateChanges) },
    responses: { 200: json(Envelope, 'Updated'), ...errorResponses(400, 401, 403, 404, 409, 413) },
  }),
  send: createRoute({
    method: 'post',
    path: '/api/updates/{id}/send',
    tags,
    summary: 'Send a draft by e-mail (to its recipients, or to the addresses given)',
    request: { params: idParam, body: jsonBody(sendInput) },
    responses: {
      200: json(Envelope, 'Sent'),
      ...errorResponses(400, 401, 403, 404, 409, 413),
      ...deliveryFailed,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/updates/{id}',
    tags,
    summary: 'Delete a draft (sent updates stay in the history)',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 409) },
  }),
};

export function registerUpdateRoutes(app: HttpApp) {
  app.openapi(routes.brag, async (c) => {
    return c.json(await brag(c.get('ctx'), principalOf(c).userId, c.req.valid('query')), 200);
  });
  app.openapi(routes.list, async (c) => {
    return c.json({ updates: await listUpdates(c.get('ctx'), principalOf(c).userId) }, 200);
  });
  app.openapi(routes.draft, async (c) => {
    const update = await draftUpdate(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json({ update }, 201);
  });
  app.openapi(routes.read, async (c) => {
    const update = await getUpdate(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.json({ update }, 200);
  });
  app.openapi(routes.edit, async (c) => {
    const { id } = c.req.valid('param');
    const update = await editUpdate(c.get('ctx'), principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ update }, 200);
  });
  app.openapi(routes.send, async (c) => {
    const { id } = c.req.valid('param');
    const update = await sendUpdate(c.get('ctx'), principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ update }, 200);
  });
  app.openapi(routes.remove, async (c) => {
    await deleteUpdate(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
