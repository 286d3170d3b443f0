// Sources (calendars, mailboxes, repositories): connect, test, list, change, remove, sync now.
import { createRoute, z } from '@hono/zod-openapi';
import { sourceChanges, sourceInput } from '../../app/capture/source-input';
import {
  createSource,
  getSource,
  listSources,
  removeSource,
  testSource,
  updateSource,
} from '../../app/capture/sources';
import { syncAllNow, syncSourceNow } from '../../app/capture/sync';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam } from '../people/people-schemas';
import { errorResponses, json, jsonBody } from '../schemas';
import { SourceSchema, SyncReportSchema } from './source-schemas';

const tags = ['sources'];
const Envelope = z.object({ source: SourceSchema });

export const list = createRoute({
  method: 'get',
  path: '/api/sources',
  tags,
  summary: 'Your calendars, mailboxes and repositories, with how their syncs went',
  responses: {
    200: json(z.object({ sources: z.array(SourceSchema) }), 'Sources'),
    ...errorResponses(401),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/api/sources',
  tags,
  summary: 'Connect a source; it is tested first and nothing is saved when it cannot be read',
  request: { body: jsonBody(sourceInput) },
  responses: {
    201: json(Envelope, 'Connected'),
    ...errorResponses(400, 401, 403, 413, 422),
  },
});

export const test = createRoute({
  method: 'post',
  path: '/api/sources/test',
  tags,
  summary: 'Check that a source can be read, saving nothing',
  request: { body: jsonBody(sourceInput) },
  responses: {
    200: json(
      z.object({
        ok: z.literal(true),
        calendars: z.array(z.string()).optional(),
        folders: z.array(z.string()).optional(),
      }),
      'Readable',
    ),
    ...errorResponses(400, 401, 403, 413, 422),
  },
});

export const read = createRoute({
  method: 'get',
  path: '/api/sources/{id}',
  tags,
  summary: 'One source',
  request: { params: idParam },
  responses: { 200: json(Envelope, 'Source'), ...errorResponses(401, 404) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/sources/{id}',
  tags,
  summary: 'Change a source: name, mode, pause, subjects, meeting size, interval, password…',
  request: { params: idParam, body: jsonBody(sourceChanges) },
  responses: { 200: json(Envelope, 'Changed'), ...errorResponses(400, 401, 403, 404, 413, 422) },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/sources/{id}',
  tags,
  summary: 'Remove a source, and what it captured when removeCaptured=true (typed ones never)',
  request: {
    params: idParam,
    query: z.object({ removeCaptured: z.enum(['true', 'false']).optional() }),
  },
  responses: {
    200: json(z.object({ removed: z.number() }), 'Removed'),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const syncOne = createRoute({
  method: 'post',
  path: '/api/sources/{id}/sync',
  tags,
  summary: 'Sync a source now',
  request: { params: idParam },
  responses: {
    200: json(SyncReportSchema, 'What it saw and captured'),
    ...errorResponses(401, 403, 404),
  },
});

export const syncAll = createRoute({
  method: 'post',
  path: '/api/sources/sync',
  tags,
  summary: 'Sync every source now',
  responses: {
    200: json(z.object({ reports: z.array(SyncReportSchema) }), 'What each saw and captured'),
    ...errorResponses(401, 403),
  },
});

export function registerSourceRoutes(app: HttpApp) {
  app.openapi(list, async (c) => {
    const sources = await listSources(c.get('ctx'), principalOf(c).userId);
    return c.json({ sources }, 200);
  });

  app.openapi(test, async (c) => {
    const principal = principalOf(c);
    const result = await testSource(c.get('ctx'), principal.userId, c.req.valid('json'), {
      local: principal.via === 'local',
    });
    return c.json(result, 200);
  });

  app.openapi(create, async (c) => {
    const principal = principalOf(c);
    const source = await createSource(c.get('ctx'), principal.userId, c.req.valid('json'), {
      local: principal.via === 'local',
    });
    return c.json({ source }, 201);
  });

  app.openapi(syncAll, async (c) => {
    const reports = await syncAllNow(c.get('ctx'), principalOf(c).userId);
    return c.json({ reports }, 200);
  });

  app.openapi(read, async (c) => {
    const source = await getSource(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.json({ source }, 200);
  });

  app.openapi(update, async (c) => {
    const { id } = c.req.valid('param');
    const source = await updateSource(c.get('ctx'), principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ source }, 200);
  });

  app.openapi(remove, async (c) => {
    const { id } = c.req.valid('param');
    const removeCaptured = c.req.valid('query').removeCaptured === 'true';
    const result = await removeSource(c.get('ctx'), principalOf(c).userId, id, removeCaptured);
    return c.json(result, 200);
  });

  app.openapi(syncOne, async (c) => {
    const report = await syncSourceNow(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
    );
    return c.json(report, 200);
  });
}
