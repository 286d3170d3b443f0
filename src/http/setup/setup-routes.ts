import { createRoute, z } from '@hono/zod-openapi';
import { createOwner, needsSetup, newAccountInput } from '../../app/accounts/register';
import { issueSession } from '../auth/session-cookie';
import { SSO_START_PATH } from '../auth/sso-routes';
import type { HttpApp } from '../env';
import { errorResponses, json, jsonBody, SignedInSchema } from '../schemas';

/** What the signed-out pages need to know about this server. */
export const SetupStatusSchema = z
  .object({
    needsSetup: z.boolean(),
    openSignup: z.boolean(),
    resetByMail: z
      .boolean()
      .openapi({ description: 'Whether “Forgot password?” can mail a link (e-mail is set up)' }),
    /** Sign-in with the company's identity provider, when it is set up. */
    sso: z
      .object({
        label: z.string().openapi({ example: 'Sign in with Okta' }),
        /** Where the button goes: a browser navigation (redirects to the provider), not an API call. Takes `next` (a path here) and `tz` (the browser's zone, for a new account). */
        startUrl: z.string().openapi({ example: '/auth/oidc/start' }),
        /** RAPPORT_OIDC_ONLY: no password sign-in, sign-up or reset. */
        only: z.boolean(),
      })
      .nullable(),
  })
  .openapi('SetupStatus');

/** The new account's fields (first run, open sign-up, invites). */
export { newAccountInput };

export const status = createRoute({
  method: 'get',
  path: '/api/setup',
  tags: ['accounts'],
  summary: 'Whether first-run setup is still needed',
  responses: {
    200: json(SetupStatusSchema, 'Setup state'),
  },
});

export const create = createRoute({
  method: 'post',
  path: '/api/setup',
  tags: ['accounts'],
  summary: 'Create the owner account (first run only) and sign in',
  request: { body: jsonBody(newAccountInput) },
  responses: {
    201: json(SignedInSchema, 'The owner, signed in'),
    ...errorResponses(400, 403, 409, 413),
  },
});

export function registerSetupRoutes(app: HttpApp) {
  app.openapi(status, async (c) => {
    const ctx = c.get('ctx');
    return c.json(
      {
        needsSetup: await needsSetup(ctx),
        openSignup: ctx.settings.openSignup,
        resetByMail: ctx.mailer.configured && !ctx.settings.sso?.only,
        sso:
          ctx.settings.sso && ctx.identityProvider
            ? {
                label: `Sign in with ${ctx.settings.sso.name}`,
                startUrl: SSO_START_PATH,
                only: ctx.settings.sso.only,
              }
            : null,
      },
      200,
    );
  });

  app.openapi(create, async (c) => {
    const user = await createOwner(c.get('ctx'), c.req.valid('json'));
    const csrfToken = await issueSession(c, user.id);
    return c.json({ user, csrfToken }, 201);
  });
}
