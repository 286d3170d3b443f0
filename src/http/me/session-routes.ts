// Your signed-in browsers: which devices, and signing out one of them.
import { createRoute, z } from '@hono/zod-openapi';
import { endOwnSession, listSessions } from '../../app/sessions/sessions';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json } from '../schemas';

const SessionSchema = z
  .object({
    id: z.string(),
    device: z.string().openapi({ example: 'Firefox on macOS' }),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    current: z.boolean(),
  })
  .openapi('Session');

export const list = createRoute({
  method: 'get',
  path: '/api/me/sessions',
  tags: ['accounts'],
  summary: 'Your signed-in browser sessions, with their devices (most recently used first)',
  responses: {
    200: json(z.object({ sessions: z.array(SessionSchema) }), 'Sessions'),
    ...errorResponses(401),
  },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/me/sessions/{id}',
  tags: ['accounts'],
  summary: 'Sign out one of your sessions',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: { 204: { description: 'Signed out' }, ...errorResponses(401, 403, 404) },
});

export function registerSessionRoutes(app: HttpApp) {
  app.openapi(list, async (c) => {
    const principal = principalOf(c);
    const sessions = await listSessions(c.get('ctx'), principal.userId, principal.sessionId);
    return c.json({ sessions }, 200);
  });

  app.openapi(remove, async (c) => {
    await endOwnSession(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
