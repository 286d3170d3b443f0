import { createRoute } from '@hono/zod-openapi';
import { getProfile } from '../../app/accounts/profile';
import { signUp, signupInput } from '../../app/accounts/register';
import { endAllSessions, endSession } from '../../app/sessions/sessions';
import { checkCredentials, signinInput } from '../../app/sessions/sign-in';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { clientAddress } from '../middleware/transport';
import { errorResponses, json, jsonBody, SignedInSchema } from '../schemas';
import { registerResetRoutes } from './reset-routes';
import { clearSessionCookie, issueSession } from './session-cookie';

export const signin = createRoute({
  method: 'post',
  path: '/api/auth/signin',
  tags: ['accounts'],
  summary: 'Sign in with e-mail and password (sets the session cookie)',
  request: { body: jsonBody(signinInput) },
  responses: { 200: json(SignedInSchema, 'Signed in'), ...errorResponses(400, 401, 403, 413, 429) },
});

export const signup = createRoute({
  method: 'post',
  path: '/api/auth/signup',
  tags: ['accounts'],
  summary: 'Create a member account with an invite (or freely when sign-up is open)',
  request: { body: jsonBody(signupInput) },
  responses: {
    201: json(SignedInSchema, 'Signed up'),
    ...errorResponses(400, 403, 404, 409, 413),
  },
});

export const session = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['accounts'],
  summary: 'The signed-in user and the CSRF token for this browser session',
  security: [{ cookie: [] }],
  responses: { 200: json(SignedInSchema, 'Signed in'), ...errorResponses(401) },
});

export const signout = createRoute({
  method: 'post',
  path: '/api/auth/signout',
  tags: ['accounts'],
  summary: 'End this browser session',
  responses: { 204: { description: 'Signed out' }, ...errorResponses(401, 403) },
});

export const signoutAll = createRoute({
  method: 'post',
  path: '/api/auth/signout-all',
  tags: ['accounts'],
  summary: 'End every session of the user, on every device',
  responses: { 204: { description: 'Signed out everywhere' }, ...errorResponses(401, 403) },
});

export function registerAuthRoutes(app: HttpApp) {
  registerResetRoutes(app);
  app.openapi(signin, async (c) => {
    const address = clientAddress(c);
    const user = await checkCredentials(c.get('ctx'), c.req.valid('json'), address);
    const csrfToken = await issueSession(c, user.id);
    return c.json({ user, csrfToken }, 200);
  });

  app.openapi(signup, async (c) => {
    const user = await signUp(c.get('ctx'), c.req.valid('json'));
    const csrfToken = await issueSession(c, user.id);
    return c.json({ user, csrfToken }, 201);
  });

  app.openapi(session, async (c) => {
    const principal = principalOf(c);
    const user = await getProfile(c.get('ctx'), principal.userId);
    // Token and CLI callers have no browser session, so no CSRF token applies to them.
    return c.json({ user, csrfToken: principal.csrfToken ?? '' }, 200);
  });

  app.openapi(signout, async (c) => {
    const principal = principalOf(c);
    if (principal.sessionId) await endSession(c.get('ctx'), principal.sessionId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(signoutAll, async (c) => {
    await endAllSessions(c.get('ctx'), principalOf(c).userId);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}
