import { createRoute, z } from '@hono/zod-openapi';
import {
  acceptSuggestionInput,
  acceptWorkSuggestion,
  dismissWorkSuggestion,
  listWorkSuggestions,
} from '../../app/capture/work-suggestions';
import { AccomplishmentSchema } from '../credit/credit-schemas';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam } from '../people/people-schemas';
import { errorResponses, json } from '../schemas';

const WorkSuggestionSchema = z
  .object({
    id: z.string(),
    repository: z.string(),
    date: z.string().openapi({ description: 'YYYY-MM-DD, in your zone' }),
    text: z.string(),
    commits: z.number().int().openapi({ description: 'How many of your commits it stands for' }),
  })
  .openapi('WorkSuggestion');

const tags = ['credit'];

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/work-suggestions',
    tags,
    summary: 'Accomplishments suggested from your commits, waiting for a yes (newest day first)',
    responses: {
      200: json(z.object({ suggestions: z.array(WorkSuggestionSchema) }), 'Suggestions'),
      ...errorResponses(401),
    },
  }),
  accept: createRoute({
    method: 'post',
    path: '/api/work-suggestions/{id}/accept',
    tags,
    summary: 'File the suggestion as an accomplishment on its day, as suggested or with your text',
    request: {
      params: idParam,
      // Optional: an empty request files the suggested text.
      body: { required: false, content: { 'application/json': { schema: acceptSuggestionInput } } },
    },
    responses: {
      201: json(z.object({ accomplishment: AccomplishmentSchema }), 'Filed'),
      ...errorResponses(400, 401, 403, 404, 409, 413),
    },
  }),
  dismiss: createRoute({
    method: 'post',
    path: '/api/work-suggestions/{id}/dismiss',
    tags,
    summary: 'Not worth filing: the day is not suggested again',
    request: { params: idParam },
    responses: { 204: { description: 'Dismissed' }, ...errorResponses(401, 403, 404, 409) },
  }),
};

export function registerWorkSuggestionRoutes(app: HttpApp) {
  app.openapi(routes.list, async (c) => {
    const suggestions = await listWorkSuggestions(c.get('ctx'), principalOf(c).userId);
    return c.json({ suggestions }, 200);
  });
  app.openapi(routes.accept, async (c) => {
    const accomplishment = await acceptWorkSuggestion(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
      c.req.valid('json') ?? {},
    );
    return c.json({ accomplishment }, 201);
  });
  app.openapi(routes.dismiss, async (c) => {
    await dismissWorkSuggestion(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
