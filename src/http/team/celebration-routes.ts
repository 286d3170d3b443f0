import { createRoute, z } from '@hono/zod-openapi';
import { upcomingCelebrations } from '../../app/team/celebrations';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json } from '../schemas';
import { workspaceParam } from './team-schemas';

export const CelebrationSchema = z
  .object({
    member: z.object({ id: z.string(), name: z.string() }),
    kind: z.enum(['birthday', 'anniversary']),
    date: z.string(),
    years: z.number().nullable(),
    today: z.boolean(),
  })
  .openapi('Celebration');

export const upcoming = createRoute({
  method: 'get',
  path: '/api/workspaces/{id}/celebrations',
  tags: ['team'],
  summary: 'Shared birthdays and work anniversaries of the next two weeks, in each one’s zone',
  request: { params: workspaceParam },
  responses: {
    200: json(z.object({ celebrations: z.array(CelebrationSchema) }), 'Celebrations'),
    ...errorResponses(401, 404),
  },
});

export function registerCelebrationRoutes(app: HttpApp) {
  app.openapi(upcoming, async (c) => {
    const { id } = c.req.valid('param');
    const celebrations = await upcomingCelebrations(c.get('ctx'), principalOf(c).userId, id);
    return c.json({ celebrations }, 200);
  });
}
