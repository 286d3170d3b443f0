// Welcome items on Today: the caller marks one done (said hello) or dismisses it. Only the item's
// owner can; anyone else, or the owner once out of the workspace, gets "not found".
import { createRoute, z } from '@hono/zod-openapi';
import { markWelcome } from '../../app/today/welcome-items';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam } from '../people/people-schemas';
import { errorResponses, json } from '../schemas';

const tags = ['today'];

/** A welcome item on Today: whom to greet (or welcome), where, and what they share. */
export const TodayWelcomeSchema = z
  .object({
    id: z.string(),
    roundId: z.string(),
    direction: z.enum(['newcomer', 'colleague']).openapi({
      description: "Your side: 'newcomer' (you joined: say hello) or 'colleague' (welcome them)",
    }),
    workspace: z.object({ id: z.string(), name: z.string() }),
    person: z.object({ id: z.string(), name: z.string() }),
    title: z.string(),
    why: z.string(),
    profile: z.object({
      team: z.string().optional(),
      role: z.string().optional(),
      city: z.string().optional(),
      timeZone: z.string().optional(),
      askMeAbout: z.string().optional(),
      interests: z.array(z.string()).optional(),
    }),
    commonInterests: z.array(z.string()),
    date: z.string(),
    createdAt: z.string(),
    until: z.string(),
  })
  .openapi('TodayWelcome');

const WelcomeStateSchema = z.object({
  welcome: z.object({
    id: z.string(),
    roundId: z.string(),
    workspaceId: z.string(),
    state: z.enum(['done', 'dismissed']),
  }),
});

const action = <P extends `/api/welcomes/{id}/${'done' | 'dismiss'}`>(path: P, summary: string) =>
  createRoute({
    method: 'post',
    path,
    tags,
    summary,
    request: { params: idParam },
    responses: { 200: json(WelcomeStateSchema, 'Recorded'), ...errorResponses(401, 403, 404) },
  });

export const done = action(
  '/api/welcomes/{id}/done',
  'Mark a welcome on Today done: you said hello',
);
export const dismiss = action(
  '/api/welcomes/{id}/dismiss',
  'Dismiss a welcome on Today without saying hello',
);

export function registerWelcomeRoutes(app: HttpApp) {
  app.openapi(done, async (c) => {
    const { id } = c.req.valid('param');
    const welcome = await markWelcome(c.get('ctx'), principalOf(c).userId, id, 'done');
    return c.json({ welcome }, 200);
  });
  app.openapi(dismiss, async (c) => {
    const { id } = c.req.valid('param');
    const welcome = await markWelcome(c.get('ctx'), principalOf(c).userId, id, 'dismissed');
    return c.json({ welcome }, 200);
  });
}
