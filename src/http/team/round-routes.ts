import { createRoute, z } from '@hono/zod-openapi';
import { giveFeedback, latestRound, startRound } from '../../app/team/rounds';
import { feedbackInput, roundInput } from '../../app/team/team-input';
import { myWelcomes } from '../../app/team/welcomes';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody } from '../schemas';
import {
  DeliverySchema,
  FormedRoundSchema,
  MyRoundSchema,
  roundParam,
  workspaceParam,
} from './team-schemas';

const tags = ['team'];
const Person = z.object({ id: z.string(), name: z.string() });
export const WelcomeSchema = z.object({
  newcomer: Person,
  colleague: Person,
  reason: z.string(),
  createdAt: z.string(),
});

export const routes = {
  start: createRoute({
    method: 'post',
    path: '/api/workspaces/{id}/rounds',
    tags,
    summary: 'Form a coffee round now and send it (admins); dryRun only shows it',
    request: { params: workspaceParam, body: jsonBody(roundInput) },
    responses: {
      200: json(z.object({ round: FormedRoundSchema, delivery: DeliverySchema }), 'Dry run'),
      201: json(z.object({ round: FormedRoundSchema, delivery: DeliverySchema }), 'Formed'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  latest: createRoute({
    method: 'get',
    path: '/api/workspaces/{id}/rounds/latest',
    tags,
    summary: 'Your group in the latest round: who, why, and when on your clock',
    request: { params: workspaceParam },
    responses: {
      200: json(z.object({ round: MyRoundSchema }), 'Your pairing'),
      ...errorResponses(401, 404),
    },
  }),
  feedback: createRoute({
    method: 'post',
    path: '/api/workspaces/{id}/rounds/{roundId}/feedback',
    tags,
    summary: 'Say whether you met someone of your group, or want to meet again',
    request: { params: roundParam, body: jsonBody(feedbackInput) },
    responses: {
      200: json(
        z.object({
          feedback: z.object({
            roundId: z.string(),
            with: z.string(),
            answer: z.enum(['met', 'didnt', 'again']),
          }),
        }),
        'Recorded',
      ),
      ...errorResponses(400, 401, 404),
    },
  }),
  welcomes: createRoute({
    method: 'get',
    path: '/api/workspaces/{id}/welcomes',
    tags,
    summary: 'Introductions of newcomers that involve you, newest first',
    request: { params: workspaceParam },
    responses: {
      200: json(z.object({ welcomes: z.array(WelcomeSchema) }), 'Introductions'),
      ...errorResponses(401, 404),
    },
  }),
};

export function registerRoundRoutes(app: HttpApp) {
  app.openapi(routes.start, async (c) => {
    const { id } = c.req.valid('param');
    const result = await startRound(c.get('ctx'), principalOf(c).userId, id, c.req.valid('json'));
    return result.round.dryRun ? c.json(result, 200) : c.json(result, 201);
  });
  app.openapi(routes.latest, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ round: await latestRound(c.get('ctx'), principalOf(c).userId, id) }, 200);
  });
  app.openapi(routes.feedback, async (c) => {
    const { id, roundId } = c.req.valid('param');
    const ctx = c.get('ctx');
    const feedback = await giveFeedback(
      ctx,
      principalOf(c).userId,
      id,
      roundId,
      c.req.valid('json'),
    );
    return c.json({ feedback }, 200);
  });
  app.openapi(routes.welcomes, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ welcomes: await myWelcomes(c.get('ctx'), principalOf(c).userId, id) }, 200);
  });
}
