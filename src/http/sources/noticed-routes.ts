// "Rapport noticed" (what review-mode sources found) and people to add (capture suggestions).
import { createRoute, z } from '@hono/zod-openapi';
import {
  acceptAllNoticed,
  acceptNoticed,
  ignoreNoticed,
  listNoticed,
  neverFromPerson,
  neverInput,
} from '../../app/capture/noticed';
import { addSuggestion, dismissSuggestion, listSuggestions } from '../../app/capture/suggestions';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { idParam, PersonSchema } from '../people/people-schemas';
import { errorResponses, json, jsonBody } from '../schemas';
import { NoticedSchema, CaptureSuggestionSchema as SuggestionSchema } from './source-schemas';

const tags = ['sources'];

export const list = createRoute({
  method: 'get',
  path: '/api/noticed',
  tags,
  summary: 'Conversations your sources found, waiting for your yes',
  responses: {
    200: json(z.object({ noticed: z.array(NoticedSchema) }), 'Noticed'),
    ...errorResponses(401),
  },
});

export const accept = createRoute({
  method: 'post',
  path: '/api/noticed/{id}/accept',
  tags,
  summary: 'Log it (a large meeting is recorded as seen in a meeting: interactionId null)',
  request: { params: idParam },
  responses: {
    200: json(z.object({ interactionId: z.string().nullable() }), 'Logged'),
    ...errorResponses(401, 403, 404, 409),
  },
});

export const acceptAll = createRoute({
  method: 'post',
  path: '/api/noticed/accept-all',
  tags,
  summary: 'Log everything waiting',
  responses: {
    200: json(z.object({ accepted: z.number() }), 'Logged'),
    ...errorResponses(401, 403),
  },
});

export const ignore = createRoute({
  method: 'post',
  path: '/api/noticed/{id}/ignore',
  tags,
  summary: 'Drop it; it does not come back',
  request: { params: idParam },
  responses: { 204: { description: 'Ignored' }, ...errorResponses(401, 403, 404) },
});

export const never = createRoute({
  method: 'post',
  path: '/api/noticed/never',
  tags,
  summary: 'Capture nothing more for this person; what waits for them goes',
  request: { body: jsonBody(neverInput) },
  responses: { 204: { description: 'Done' }, ...errorResponses(400, 401, 403, 404) },
});

export const suggestions = createRoute({
  method: 'get',
  path: '/api/capture-suggestions',
  tags,
  summary: 'People you talk to (3+ threads or meetings in 30 days) but do not keep',
  responses: {
    200: json(z.object({ suggestions: z.array(SuggestionSchema) }), 'Suggestions'),
    ...errorResponses(401),
  },
});

export const add = createRoute({
  method: 'post',
  path: '/api/capture-suggestions/{id}/add',
  tags,
  summary: 'Add the person, with the name from the mail headers',
  request: { params: idParam },
  responses: {
    201: json(z.object({ person: PersonSchema }), 'Added'),
    ...errorResponses(400, 401, 403, 404),
  },
});

export const dismiss = createRoute({
  method: 'post',
  path: '/api/capture-suggestions/{id}/dismiss',
  tags,
  summary: 'Do not suggest this address again',
  request: { params: idParam },
  responses: { 204: { description: 'Dismissed' }, ...errorResponses(401, 403, 404) },
});

export function registerNoticedRoutes(app: HttpApp) {
  app.openapi(list, async (c) => {
    const noticed = await listNoticed(c.get('ctx'), principalOf(c).userId);
    return c.json({ noticed }, 200);
  });
  app.openapi(acceptAll, async (c) => {
    return c.json(await acceptAllNoticed(c.get('ctx'), principalOf(c).userId), 200);
  });
  app.openapi(never, async (c) => {
    await neverFromPerson(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.body(null, 204);
  });
  app.openapi(accept, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await acceptNoticed(c.get('ctx'), principalOf(c).userId, id), 200);
  });
  app.openapi(ignore, async (c) => {
    await ignoreNoticed(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(suggestions, async (c) => {
    const found = await listSuggestions(c.get('ctx'), principalOf(c).userId);
    return c.json({ suggestions: found }, 200);
  });
  app.openapi(add, async (c) => {
    const { id } = c.req.valid('param');
    const person = await addSuggestion(c.get('ctx'), principalOf(c).userId, id);
    return c.json({ person }, 201);
  });
  app.openapi(dismiss, async (c) => {
    await dismissSuggestion(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
