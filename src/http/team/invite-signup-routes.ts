// The two public doors of a mailed workspace invite (listed in middleware/auth PUBLIC_ROUTES):
// what the invite is, for the signed-out join page, and "create your account and join".
import { createRoute, z } from '@hono/zod-openapi';
import {
  inviteSignupInput,
  inviteTokenInput,
  previewInviteForSignup,
  signUpWithTeamInvite,
} from '../../app/team/invite-signup';
import { issueSession } from '../auth/session-cookie';
import type { HttpApp } from '../env';
import { errorResponses, json, jsonBody, SignedInSchema } from '../schemas';
import { TeamInvitePreviewSchema } from './team-schemas';

const tags = ['team'];

export const routes = {
  preview: createRoute({
    method: 'get',
    path: '/api/auth/team-invite',
    tags,
    summary:
      'A workspace invite for someone signed out: the workspace, who invited, the address it is ' +
      'for, and whether it can open an account (only invites for an address, unless sign-up is open)',
    request: { query: inviteTokenInput },
    responses: {
      200: json(
        z.object({
          invite: TeamInvitePreviewSchema.extend({
            email: z.string().nullable(),
            canCreateAccount: z.boolean(),
          }),
        }),
        'The invite',
      ),
      ...errorResponses(400, 404),
    },
  }),
  signup: createRoute({
    method: 'post',
    path: '/api/auth/team-signup',
    tags,
    summary:
      'Create your account with a workspace invite and join the workspace, in one step (no open ' +
      'sign-up needed; the invite works once, for its address)',
    request: { body: jsonBody(inviteSignupInput) },
    responses: {
      201: json(
        SignedInSchema.extend({ workspace: z.object({ id: z.string(), name: z.string() }) }),
        'Signed up and joined',
      ),
      ...errorResponses(400, 403, 404, 409, 413),
    },
  }),
};

export function registerInviteSignupRoutes(app: HttpApp) {
  app.openapi(routes.preview, async (c) => {
    const invite = await previewInviteForSignup(c.get('ctx'), c.req.valid('query'));
    return c.json({ invite }, 200);
  });
  app.openapi(routes.signup, async (c) => {
    const { user, workspace } = await signUpWithTeamInvite(c.get('ctx'), c.req.valid('json'));
    const csrfToken = await issueSession(c, user.id);
    return c.json({ user, csrfToken, workspace }, 201);
  });
}
