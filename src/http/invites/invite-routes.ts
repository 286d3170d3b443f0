import { createRoute, z } from '@hono/zod-openapi';
import { createInvite, deleteInvite, listInvites, newInviteInput } from '../../app/invites/invites';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, InstantText, json, jsonBody } from '../schemas';

export const InviteSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    createdAt: InstantText,
    expiresAt: InstantText,
    usedAt: InstantText.nullable(),
  })
  .openapi('Invite');

export const list = createRoute({
  method: 'get',
  path: '/api/invites',
  tags: ['accounts'],
  summary: 'Invite links (owner only)',
  responses: {
    200: json(z.object({ invites: z.array(InviteSchema) }), 'Invites'),
    ...errorResponses(401, 403),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/api/invites',
  tags: ['accounts'],
  summary: 'Create an invite link (owner only); the link is shown only in this response',
  request: { body: jsonBody(newInviteInput) },
  responses: {
    201: json(z.object({ invite: InviteSchema, url: z.string() }), 'Created'),
    ...errorResponses(400, 401, 403, 413),
  },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/invites/{id}',
  tags: ['accounts'],
  summary: 'Revoke an invite link (owner only)',
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404) },
});

export function registerInviteRoutes(app: HttpApp) {
  app.openapi(list, async (c) => {
    return c.json({ invites: await listInvites(c.get('ctx'), principalOf(c).userId) }, 200);
  });

  app.openapi(create, async (c) => {
    const ctx = c.get('ctx');
    const { invite, token } = await createInvite(ctx, principalOf(c).userId, c.req.valid('json'));
    const base = ctx.settings.publicUrl ?? new URL(c.req.url).origin;
    return c.json({ invite, url: `${base}/join/${token}` }, 201);
  });

  app.openapi(remove, async (c) => {
    await deleteInvite(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
