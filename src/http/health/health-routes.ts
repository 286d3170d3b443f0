import { createRoute, z } from '@hono/zod-openapi';
import { CompiledQuery } from 'kysely';
import type { HttpApp } from '../env';
import { json } from '../schemas';

const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['sqlite', 'postgres']),
});

export const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Liveness and database check',
  responses: {
    200: json(HealthSchema, 'Rapport and its database answer'),
    503: json(HealthSchema, 'The database does not answer'),
  },
});

/** Compiled once: the check is the round trip, not building the query again. */
const PING = CompiledQuery.raw('select 1');

export function registerHealthRoutes(app: HttpApp) {
  app.openapi(health, async (c) => {
    const { store } = c.get('ctx');
    try {
      await store.db.executeQuery(PING);
      return c.json({ status: 'ok' as const, database: store.dialect }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const, database: store.dialect }, 503);
    }
  });
}
