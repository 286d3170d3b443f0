import { createRoute, z } from '@hono/zod-openapi';
import {
  accomplishmentChanges,
  addAccomplishment,
  addFlex,
  deleteAccomplishment,
  deleteFlex,
  editAccomplishment,
  getAccomplishment,
  listAccomplishments,
  listFlex,
  newAccomplishmentInput,
  newFlexInput,
  rangeInput,
} from '../../app/credit/accomplishments';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam } from '../people/people-schemas';
import { errorResponses, json, jsonBody } from '../schemas';
import { registerBlockerRoutes } from './blocker-routes';
import { AccomplishmentSchema, FlexSchema } from './credit-schemas';

const Envelope = z.object({ accomplishment: AccomplishmentSchema });
const tags = ['credit'];

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/accomplishments',
    tags,
    summary: 'Your accomplishment log, newest first, optionally between two dates',
    request: { query: rangeInput },
    responses: {
      200: json(z.object({ accomplishments: z.array(AccomplishmentSchema) }), 'Accomplishments'),
      ...errorResponses(400, 401),
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/accomplishments',
    tags,
    summary: 'Log an accomplishment',
    request: { body: jsonBody(newAccomplishmentInput) },
    responses: { 201: json(Envelope, 'Logged'), ...errorResponses(400, 401, 403, 404, 413) },
  }),
  read: createRoute({
    method: 'get',
    path: '/api/accomplishments/{id}',
    tags,
    summary: 'One accomplishment',
    request: { params: idParam },
    responses: { 200: json(Envelope, 'The accomplishment'), ...errorResponses(401, 404) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/accomplishments/{id}',
    tags,
    summary: 'Edit an accomplishment',
    request: { params: idParam, body: jsonBody(accomplishmentChanges) },
    responses: { 200: json(Envelope, 'Updated'), ...errorResponses(400, 401, 403, 404, 413) },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/accomplishments/{id}',
    tags,
    summary: 'Delete an accomplishment',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
  flexList: createRoute({
    method: 'get',
    path: '/api/flex',
    tags,
    summary: 'Times you changed your plans for the team',
    request: { query: rangeInput },
    responses: {
      200: json(z.object({ entries: z.array(FlexSchema) }), 'Entries'),
      ...errorResponses(400, 401),
    },
  }),
  flexCreate: createRoute({
    method: 'post',
    path: '/api/flex',
    tags,
    summary: 'Log a time you were flexible for the team',
    request: { body: jsonBody(newFlexInput) },
    responses: {
      201: json(z.object({ entry: FlexSchema }), 'Logged'),
      ...errorResponses(400, 401, 403, 404, 413),
    },
  }),
  flexRemove: createRoute({
    method: 'delete',
    path: '/api/flex/{id}',
    tags,
    summary: 'Delete a flexibility entry',
    request: { params: idParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
};

export function registerAccomplishmentRoutes(app: HttpApp) {
  app.openapi(routes.list, async (c) => {
    const list = await listAccomplishments(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('query'),
    );
    return c.json({ accomplishments: list }, 200);
  });
  app.openapi(routes.create, async (c) => {
    const created = await addAccomplishment(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('json'),
    );
    return c.json({ accomplishment: created }, 201);
  });
  app.openapi(routes.read, async (c) => {
    const found = await getAccomplishment(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
    );
    return c.json({ accomplishment: found }, 200);
  });
  app.openapi(routes.update, async (c) => {
    const { id } = c.req.valid('param');
    const updated = await editAccomplishment(
      c.get('ctx'),
      principalOf(c).userId,
      id,
      c.req.valid('json'),
    );
    return c.json({ accomplishment: updated }, 200);
  });
  app.openapi(routes.remove, async (c) => {
    await deleteAccomplishment(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(routes.flexList, async (c) => {
    const entries = await listFlex(c.get('ctx'), principalOf(c).userId, c.req.valid('query'));
    return c.json({ entries }, 200);
  });
  app.openapi(routes.flexCreate, async (c) => {
    const entry = await addFlex(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json({ entry }, 201);
  });
  app.openapi(routes.flexRemove, async (c) => {
    await deleteFlex(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
  // Blockers feed the same status updates; registered here to keep app.ts one line per area.
  registerBlockerRoutes(app);
}
