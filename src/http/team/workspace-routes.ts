import { createRoute, z } from '@hono/zod-openapi';
import { joinWorkspace } from '../../app/team/join-workspace';
import { memberRoleInput, setMemberRole } from '../../app/team/member-roles';
import { setSlackSettings, slackSettingsInput } from '../../app/team/slack-settings';
import {
  joinInput,
  newTeamInviteInput,
  newWorkspaceInput,
  workspaceChanges,
} from '../../app/team/team-input';
import { createTeamInvite, previewTeamInvite } from '../../app/team/team-invites';
import {
  createWorkspace,
  deleteWorkspace,
  getWorkspace,
  leaveWorkspace,
  listWorkspaces,
  removeMember,
  updateWorkspace,
} from '../../app/team/workspaces';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody } from '../schemas';
import {
  DirectoryEntrySchema,
  inviteTokenParam,
  memberParam,
  TeamInvitePreviewSchema,
  TeamInviteSchema,
  WorkspaceSchema,
  WorkspaceSummarySchema,
  workspaceParam,
} from './team-schemas';

const tags = ['team'];
const Envelope = z.object({ workspace: WorkspaceSchema });

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/workspaces',
    tags,
    summary: 'The workspaces you belong to',
    responses: {
      200: json(z.object({ workspaces: z.array(WorkspaceSummarySchema) }), 'Workspaces'),
      ...errorResponses(401),
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/workspaces',
    tags,
    summary: 'Create a workspace; you become its admin',
    request: { body: jsonBody(newWorkspaceInput) },
    responses: { 201: json(Envelope, 'Created'), ...errorResponses(400, 401, 413) },
  }),
  join: createRoute({
    method: 'post',
    path: '/api/workspaces/join',
    tags,
    summary: 'Join a workspace with an invite token (you need an account on this server)',
    request: { body: jsonBody(joinInput) },
    responses: { 200: json(Envelope, 'Joined'), ...errorResponses(400, 401, 404, 409) },
  }),
  read: createRoute({
    method: 'get',
    path: '/api/workspaces/{id}',
    tags,
    summary: 'A workspace you belong to, with its pairing settings',
    request: { params: workspaceParam },
    responses: { 200: json(Envelope, 'The workspace'), ...errorResponses(401, 404) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/workspaces/{id}',
    tags,
    summary: 'Rename a workspace or change its coffee pairing settings (admins)',
    request: { params: workspaceParam, body: jsonBody(workspaceChanges) },
    responses: { 200: json(Envelope, 'Updated'), ...errorResponses(400, 401, 403, 404) },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/workspaces/{id}',
    tags,
    summary: 'Delete a workspace with its directory and rounds (admins)',
    request: { params: workspaceParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404) },
  }),
  invite: createRoute({
    method: 'post',
    path: '/api/workspaces/{id}/invites',
    tags,
    summary:
      'Create an invite link (admins); with an e-mail it works once, for that account, and is ' +
      'mailed there when the server can send mail',
    request: { params: workspaceParam, body: jsonBody(newTeamInviteInput) },
    responses: {
      201: json(TeamInviteSchema, 'The link, shown only now'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  previewInvite: createRoute({
    method: 'get',
    path: '/api/invites/team/{token}',
    tags,
    summary: 'Which workspace an invite link opens, and who sent it (for the join page)',
    request: { params: inviteTokenParam },
    responses: {
      200: json(z.object({ invite: TeamInvitePreviewSchema }), 'The invite'),
      ...errorResponses(401, 404),
    },
  }),
  leave: createRoute({
    method: 'post',
    path: '/api/workspaces/{id}/leave',
    tags,
    summary: 'Leave a workspace; your directory profile, preferences and exclusions go',
    request: { params: workspaceParam },
    responses: { 204: { description: 'Left' }, ...errorResponses(401, 404) },
  }),
  removeMember: createRoute({
    method: 'delete',
    path: '/api/workspaces/{id}/members/{userId}',
    tags,
    summary: 'Remove a member and their directory data (admins)',
    request: { params: memberParam },
    responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
  }),
  setRole: createRoute({
    method: 'patch',
    path: '/api/workspaces/{id}/members/{userId}',
    tags,
    summary: 'Make a member an admin or a plain member (admins); the last admin cannot step down',
    request: { params: memberParam, body: jsonBody(memberRoleInput) },
    responses: {
      200: json(z.object({ member: DirectoryEntrySchema }), 'The member, with their new role'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  slack: createRoute({
    method: 'put',
    path: '/api/workspaces/{id}/slack',
    tags,
    summary: 'Set where rounds are posted in Slack and the slash-command signing secret (admins)',
    request: { params: workspaceParam, body: jsonBody(slackSettingsInput) },
    responses: { 200: json(Envelope, 'Saved'), ...errorResponses(400, 401, 403, 404) },
  }),
};

export function registerWorkspaceRoutes(app: HttpApp) {
  app.openapi(routes.list, async (c) => {
    return c.json({ workspaces: await listWorkspaces(c.get('ctx'), principalOf(c).userId) }, 200);
  });
  app.openapi(routes.create, async (c) => {
    const workspace = await createWorkspace(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('json'),
    );
    return c.json({ workspace }, 201);
  });
  app.openapi(routes.join, async (c) => {
    const workspace = await joinWorkspace(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json({ workspace }, 200);
  });
  app.openapi(routes.read, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ workspace: await getWorkspace(c.get('ctx'), principalOf(c).userId, id) }, 200);
  });
  app.openapi(routes.update, async (c) => {
    const { id } = c.req.valid('param');
    const ctx = c.get('ctx');
    const workspace = await updateWorkspace(ctx, principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ workspace }, 200);
  });
  app.openapi(routes.remove, async (c) => {
    await deleteWorkspace(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(routes.invite, async (c) => {
    const ctx = c.get('ctx');
    const { id } = c.req.valid('param');
    const base = ctx.settings.publicUrl ?? new URL(c.req.url).origin;
    const userId = principalOf(c).userId;
    return c.json(await createTeamInvite(ctx, userId, id, c.req.valid('json'), base), 201);
  });
  app.openapi(routes.previewInvite, async (c) => {
    const { token } = c.req.valid('param');
    const invite = await previewTeamInvite(c.get('ctx'), principalOf(c).userId, token);
    return c.json({ invite }, 200);
  });
  app.openapi(routes.leave, async (c) => {
    await leaveWorkspace(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(routes.removeMember, async (c) => {
    const { id, userId } = c.req.valid('param');
    await removeMember(c.get('ctx'), principalOf(c).userId, id, userId);
    return c.body(null, 204);
  });
  app.openapi(routes.setRole, async (c) => {
    const { id, userId } = c.req.valid('param');
    const ctx = c.get('ctx');
    const member = await setMemberRole(ctx, principalOf(c).userId, id, userId, c.req.valid('json'));
    return c.json({ member }, 200);
  });
  app.openapi(routes.slack, async (c) => {
    const { id } = c.req.valid('param');
    const ctx = c.get('ctx');
    const workspace = await setSlackSettings(ctx, principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ workspace }, 200);
  });
}
