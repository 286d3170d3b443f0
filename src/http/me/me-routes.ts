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

const UserEnvelope = z.object({ user: UserSchema });

const read = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['accounts'],
  summary: 'Your account',
  responses: { 200: json(UserEnvelope, 'Your account'), ...errorResponses(401) },
});

const update = createRoute({
  method: 'patch',
  path: '/api/me',
  tags: ['accounts'],
  summary: 'Change your name, time zone or working hours',
  request: { body: jsonBody(profileChanges) },
  responses: { 200: json(UserEnvelope, 'Updated'), ...errorResponses(400, 401, 403, 413) },
});

const password = createRoute({
  method: 'post',
  path: '/api/me/password',
  tags: ['accounts'],
  summary: 'Change your password; every other session is signed out',
  request: { body: jsonBody(passwordChange) },
  responses: { 204: { description: 'Changed' }, ...errorResponses(400, 401, 403, 413) },
});

export function registerMeRoutes(app: HttpApp) {
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
    await changePassword(c.get('ctx'), principal.userId, c.req.valid('json'), principal.sessionId);
    return c.body(null, 204);
  });
}
