import { createRoute, z } from '@hono/zod-openapi';
import { addMemberToPeople, addToPeopleInput } from '../../app/team/add-to-people';
import { directory, myProfile, setExclusions, updateMyProfile } from '../../app/team/directory';
import { exclusionsInput, profileChanges } from '../../app/team/team-input';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { PersonSchema } from '../people/people-schemas';
import { errorResponses, json, jsonBody } from '../schemas';
import { DirectoryEntrySchema, MyProfileSchema, memberParam, workspaceParam } from './team-schemas';

const tags = ['team'];
const ProfileEnvelope = z.object({ profile: MyProfileSchema });

export const routes = {
  directory: createRoute({
    method: 'get',
    path: '/api/workspaces/{id}/directory',
    tags,
    summary: 'Every member, with only the fields each one chose to share',
    request: { params: workspaceParam },
    responses: {
      200: json(z.object({ members: z.array(DirectoryEntrySchema) }), 'Directory'),
      ...errorResponses(401, 404),
    },
  }),
  profile: createRoute({
    method: 'get',
    path: '/api/workspaces/{id}/profile',
    tags,
    summary: 'Your own directory profile, what you share, and your pairing preferences',
    request: { params: workspaceParam },
    responses: { 200: json(ProfileEnvelope, 'Your profile'), ...errorResponses(401, 404) },
  }),
  updateProfile: createRoute({
    method: 'patch',
    path: '/api/workspaces/{id}/profile',
    tags,
    summary: 'Change your directory values, what you share, and pairing opt-in, snooze, async',
    request: { params: workspaceParam, body: jsonBody(profileChanges) },
    responses: { 200: json(ProfileEnvelope, 'Updated'), ...errorResponses(400, 401, 404) },
  }),
  exclusions: createRoute({
    method: 'put',
    path: '/api/workspaces/{id}/exclusions',
    tags,
    summary: 'People you would rather not be paired with; confidential, seen only by you',
    request: { params: workspaceParam, body: jsonBody(exclusionsInput) },
    responses: { 200: json(ProfileEnvelope, 'Saved'), ...errorResponses(400, 401, 404) },
  }),
  addToPeople: createRoute({
    method: 'post',
    path: '/api/workspaces/{id}/members/{userId}/add-to-people',
    tags,
    summary:
      'Add a colleague to your own people, prefilled from what they share. When you already have ' +
      'them (same e-mail, or the same name) the answer is 409 with `details.match`; then send ' +
      '`{"action":"link","personId":…}` to fill that person’s empty fields, or `{"action":"new"}`',
    request: {
      params: memberParam,
      body: { required: false, content: { 'application/json': { schema: addToPeopleInput } } },
    },
    responses: {
      200: json(z.object({ person: PersonSchema, linked: z.literal(true) }), 'Linked'),
      201: json(z.object({ person: PersonSchema, linked: z.literal(false) }), 'Added'),
      ...errorResponses(400, 401, 404, 409),
    },
  }),
};

export function registerDirectoryRoutes(app: HttpApp) {
  app.openapi(routes.directory, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ members: await directory(c.get('ctx'), principalOf(c).userId, id) }, 200);
  });
  app.openapi(routes.profile, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ profile: await myProfile(c.get('ctx'), principalOf(c).userId, id) }, 200);
  });
  app.openapi(routes.updateProfile, async (c) => {
    const { id } = c.req.valid('param');
    const ctx = c.get('ctx');
    const profile = await updateMyProfile(ctx, principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ profile }, 200);
  });
  app.openapi(routes.exclusions, async (c) => {
    const { id } = c.req.valid('param');
    const ctx = c.get('ctx');
    const profile = await setExclusions(ctx, principalOf(c).userId, id, c.req.valid('json'));
    return c.json({ profile }, 200);
  });
  app.openapi(routes.addToPeople, async (c) => {
    const { id, userId } = c.req.valid('param');
    const ctx = c.get('ctx');
    const body = c.req.valid('json') ?? {};
    const added = await addMemberToPeople(ctx, principalOf(c).userId, id, userId, body);
    return added.linked
      ? c.json({ person: added.person, linked: true as const }, 200)
      : c.json({ person: added.person, linked: false as const }, 201);
  });
}
