// Password reset links: asking for one by e-mail, the owner making one, and using one.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  checkResetLink,
  createResetLink,
  forgotInput,
  requestResetMail,
  resetInput,
  resetLinkInput,
  resetPassword,
  resetTokenInput,
} from '../../app/accounts/password-reset';
import type { HttpApp, HttpEnv } from '../env';
import { principalOf } from '../middleware/auth';
import { clientAddress } from '../middleware/transport';
import { errorResponses, json, jsonBody, SignedInSchema } from '../schemas';
import { TokenSchema } from '../tokens/token-routes';
import { issueSession } from './session-cookie';

const ResetLinkSchema = z
  .object({ url: z.string(), email: z.string(), expiresAt: z.string() })
  .openapi('PasswordResetLink');

export const forgot = createRoute({
  method: 'post',
  path: '/api/auth/forgot',
  tags: ['accounts'],
  summary:
    'Mail a one-time password reset link (valid one hour) if the address has an account; the answer is the same either way',
  request: { body: jsonBody(forgotInput) },
  responses: {
    202: json(z.object({ message: z.string() }), 'Mailed if the account exists'),
    ...errorResponses(400, 403, 409, 413, 429),
  },
});

export const check = createRoute({
  method: 'post',
  path: '/api/auth/reset/check',
  tags: ['accounts'],
  summary: 'Whether a password reset link can still be used, and for which account',
  request: { body: jsonBody(resetTokenInput) },
  responses: {
    200: json(z.object({ email: z.string() }), 'Usable'),
    ...errorResponses(400, 404, 413),
  },
});

export const reset = createRoute({
  method: 'post',
  path: '/api/auth/reset',
  tags: ['accounts'],
  summary:
    'Set a new password with a reset link: ends every session, signs this browser in, and lists the API tokens (none is revoked)',
  request: { body: jsonBody(resetInput) },
  responses: {
    200: json(SignedInSchema.extend({ apiTokens: z.array(TokenSchema) }), 'Password set'),
    ...errorResponses(400, 403, 404, 413),
  },
});

export const createLink = createRoute({
  method: 'post',
  path: '/api/auth/reset-links',
  tags: ['accounts'],
  summary: 'Owner only: a one-time password reset link for an account, valid one day',
  request: { body: jsonBody(resetLinkInput) },
  responses: { 201: json(ResetLinkSchema, 'The link'), ...errorResponses(400, 401, 403, 404, 413) },
});

/** Links in mail use the configured public address, never the request's (a Host header lies). */
function baseUrl(c: Context<HttpEnv>): string {
  return c.get('ctx').settings.publicUrl ?? new URL(c.req.url).origin;
}

export function registerResetRoutes(app: HttpApp) {
  app.openapi(forgot, async (c) => {
    const { email } = c.req.valid('json');
    await requestResetMail(c.get('ctx'), { email }, clientAddress(c), baseUrl(c));
    const message = `If ${email} has an account here, a link to set a new password is on its way; it works once, for one hour.`;
    return c.json({ message }, 202);
  });

  app.openapi(check, async (c) =>
    c.json(await checkResetLink(c.get('ctx'), c.req.valid('json')), 200),
  );

  app.openapi(reset, async (c) => {
    const { user, apiTokens } = await resetPassword(c.get('ctx'), c.req.valid('json'));
    // The operator's local CLI sets a password for someone else: no browser to sign in.
    const csrfToken = c.get('principal')?.via === 'local' ? '' : await issueSession(c, user.id);
    return c.json({ user, csrfToken, apiTokens }, 200);
  });

  app.openapi(createLink, async (c) => {
    const ctx = c.get('ctx');
    const link = await createResetLink(ctx, principalOf(c).userId, c.req.valid('json'), baseUrl(c));
    return c.json(link, 201);
  });
}
