// Everything team: workspaces, the directory, coffee rounds, prompts, and Slack's slash command.
// A workspace the caller is not in does not exist for them: every /api/workspaces/{id}/… request
// is answered 404 before its body is even read, so nothing reveals that the workspace exists.
import { createMiddleware } from 'hono/factory';
import { isMember } from '../../app/team/membership';
import type { HttpApp, HttpEnv } from '../env';
import { errorBody } from '../errors';
import { registerCelebrationRoutes } from './celebration-routes';
import { registerDirectoryRoutes } from './directory-routes';
import { registerInviteSignupRoutes } from './invite-signup-routes';
import { registerPromptRoutes } from './prompt-routes';
import { registerRoundRoutes } from './round-routes';
import { registerSlackRoutes } from './slack-routes';
import { registerWorkspaceRoutes } from './workspace-routes';

const membersOnly = createMiddleware<HttpEnv>(async (c, next) => {
  const id = c.req.param('id');
  const userId = c.get('principal')?.userId;
  if (id === 'join' && c.req.path === '/api/workspaces/join') return next();
  if (!id || !userId) return next();
  if (!(await isMember(c.get('ctx'), userId, id)))
    return c.json(errorBody('not_found', 'Workspace not found'), 404);
  await next();
});

export function registerTeamRoutes(app: HttpApp) {
  app.use('/api/workspaces/:id', membersOnly);
  app.use('/api/workspaces/:id/*', membersOnly);
  registerWorkspaceRoutes(app);
  registerDirectoryRoutes(app);
  registerRoundRoutes(app);
  registerPromptRoutes(app);
  registerCelebrationRoutes(app);
  registerSlackRoutes(app);
  registerInviteSignupRoutes(app);
}
