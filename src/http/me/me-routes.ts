import { createRoute, z } from '@hono/zod-openapi';
import {
  changePassword,
  getProfile,
  passwordChange,
  profileChanges,
  updateProfile,
} from '../../app/accounts/profile';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody, UserSchema } from '../schemas';
import { TokenSchema } from '../tokens/token-routes';
import { registerSessionRoutes } from './session-routes';

const UserEnvelope = z.object({ user: UserSchema });

export const read = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['accounts'],
  summary: 'Your account',
  responses: { 200: json(UserEnvelope, 'Your account'), ...errorResponses(401) },
});

export const update = createRoute({
  method: 'patch',
  path: '/api/me',
  tags: ['accounts'],
  summary: 'Change your name, time zone or working hours',
  request: { body: jsonBody(profileChanges) },
  responses: { 200: json(UserEnvelope, 'Updated'), ...errorResponses(400, 401, 403, 413) },
});

export const password = createRoute({
  method: 'post',
  path: '/api/me/password',
  tags: ['accounts'],
  summary:
    'Change your password; every other session is signed out. API tokens keep working and are listed, to revoke any you suspect',
  request: { body: jsonBody(passwordChange) },
  responses: {
    200: json(z.object({ apiTokens: z.array(TokenSchema) }), 'Changed'),
    ...errorResponses(400, 401, 403, 413, 429),
  },
});

export function registerMeRoutes(app: HttpApp) {
  registerSessionRoutes(app);
  app.openapi(read, async (c) => {
    const user = await getProfile(c.get('ctx'), principalOf(c).userId);
    return c.json({ user }, 200);
  });

  app.openapi(update, async (c) => {
    const user = await updateProfile(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json({ user }, 200);
  });

  app.openapi(password, async (c) => {
    const principal = principalOf(c);
    const ctx = c.get('ctx');
    const changed = await changePassword(
      ctx,
      principal.userId,
      c.req.valid('json'),
      principal.sessionId,
    );
    return c.json(changed, 200);
  });
}
