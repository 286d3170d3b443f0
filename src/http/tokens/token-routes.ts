import { createRoute, z } from '@hono/zod-openapi';
import { createToken, listTokens, newTokenInput, revokeToken } from '../../app/tokens/api-tokens';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, InstantText, json, jsonBody } from '../schemas';

export const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: InstantText,
    lastUsedAt: InstantText.nullable(),
  })
  .openapi('ApiToken');

export const list = createRoute({
  method: 'get',
  path: '/api/tokens',
  tags: ['tokens'],
  summary: 'Your live API tokens',
  responses: {
    200: json(z.object({ tokens: z.array(TokenSchema) }), 'Tokens'),
    ...errorResponses(401),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/api/tokens',
  tags: ['tokens'],
  summary: 'Create an API token; its secret is shown only in this response',
  request: { body: jsonBody(newTokenInput) },
  responses: {
    201: json(z.object({ token: TokenSchema, secret: z.string() }), 'Created'),
    ...errorResponses(400, 401, 403, 409, 413),
  },
});

export const revoke = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  tags: ['tokens'],
  summary: 'Revoke a token by id or name; it stops working at once',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
});

export function registerTokenRoutes(app: HttpApp) {
  app.openapi(list, async (c) => {
    return c.json({ tokens: await listTokens(c.get('ctx'), principalOf(c).userId) }, 200);
  });

  app.openapi(create, async (c) => {
    const created = await createToken(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json(created, 201);
  });

  app.openapi(revoke, async (c) => {
    await revokeToken(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
