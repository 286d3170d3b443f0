import { createRoute, z } from '@hono/zod-openapi';
import {
  addAccountInput,
  addContactAccount,
  listContactAccounts,
  listContactConflicts,
  removeContactAccount,
  syncContactAccounts,
  updateAccountInput,
  updateContactAccount,
} from '../../app/contacts-sync/accounts';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { ErrorSchema, errorResponses, json, jsonBody } from '../schemas';

const AccountSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    user: z.string(),
    book: z.string(),
    bookUrl: z.string(),
    pushNew: z.boolean(),
    paused: z.boolean(),
    lastSyncAt: z.string().nullable(),
    lastError: z.string().nullable(),
    conflicts: z.number(),
    createdAt: z.string(),
  })
  .openapi('ContactSyncAccount');

const ReportSchema = z
  .object({
    id: z.string(),
    added: z.number(),
    updated: z.number(),
    written: z.number(),
    pushed: z.number(),
    archived: z.number(),
    restored: z.number(),
    conflicts: z.number(),
    lastSyncAt: z.string(),
  })
  .openapi('ContactSyncReport');

const ConflictSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    personId: z.string(),
    personName: z.string(),
    field: z.string(),
    localValue: z.string(),
    remoteValue: z.string(),
    createdAt: z.string(),
  })
  .openapi('ContactSyncConflict');

const tags = ['contacts-sync'];
const idParam = z.object({ id: z.string().min(1).max(100) });
const syncFailed = {
  502: {
    description: 'The address book could not be reached or refused the sync; nothing changed',
    content: { 'application/json': { schema: ErrorSchema } },
  },
};

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/contacts-sync',
    tags,
    summary: 'Your CardDAV address books (passwords are never returned)',
    responses: {
      200: json(z.object({ accounts: z.array(AccountSchema) }), 'Accounts'),
      ...errorResponses(401),
    },
  }),
  add: createRoute({
    method: 'post',
    path: '/api/contacts-sync',
    tags,
    summary: 'Connect an address book: the login is checked and the book found',
    request: { body: jsonBody(addAccountInput) },
    responses: {
      201: json(z.object({ account: AccountSchema }), 'Connected'),
      ...errorResponses(400, 401, 403, 413),
    },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/contacts-sync/{id}',
    tags,
    summary: 'Pause or resume an address book, or choose whether new people are pushed to it',
    request: { params: idParam, body: jsonBody(updateAccountInput) },
    responses: {
      200: json(z.object({ account: AccountSchema }), 'Updated'),
      ...errorResponses(400, 401, 403, 404),
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/contacts-sync/{id}',
    tags,
    summary: 'Disconnect an address book; people and the address book stay as they are',
    request: { params: idParam },
    responses: { 204: { description: 'Disconnected' }, ...errorResponses(401, 403, 404) },
  }),
  syncOne: createRoute({
    method: 'post',
    path: '/api/contacts-sync/{id}/sync',
    tags,
    summary: 'Sync one address book now',
    request: { params: idParam },
    responses: {
      200: json(z.object({ reports: z.array(ReportSchema) }), 'Synced'),
      ...errorResponses(401, 403, 404),
      ...syncFailed,
    },
  }),
  syncAll: createRoute({
    method: 'post',
    path: '/api/contacts-sync/sync',
    tags,
    summary: 'Sync every address book that is not paused',
    responses: {
      200: json(z.object({ reports: z.array(ReportSchema) }), 'Synced'),
      ...errorResponses(401, 403),
      ...syncFailed,
    },
  }),
  conflicts: createRoute({
    method: 'get',
    path: '/api/contacts-sync/conflicts',
    tags,
    summary: 'Fields changed on both sides: both values were kept',
    responses: {
      200: json(z.object({ conflicts: z.array(ConflictSchema) }), 'Conflicts'),
      ...errorResponses(401),
    },
  }),
};

export function registerContactsSyncRoutes(app: HttpApp) {
  app.openapi(routes.list, async (c) =>
    c.json({ accounts: await listContactAccounts(c.get('ctx'), principalOf(c).userId) }, 200),
  );
  app.openapi(routes.conflicts, async (c) =>
    c.json({ conflicts: await listContactConflicts(c.get('ctx'), principalOf(c).userId) }, 200),
  );
  app.openapi(routes.add, async (c) => {
    const account = await addContactAccount(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('json'),
    );
    return c.json({ account }, 201);
  });
  app.openapi(routes.syncAll, async (c) =>
    c.json({ reports: await syncContactAccounts(c.get('ctx'), principalOf(c).userId) }, 200),
  );
  app.openapi(routes.update, async (c) => {
    const account = await updateContactAccount(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json({ account }, 200);
  });
  app.openapi(routes.remove, async (c) => {
    await removeContactAccount(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });
  app.openapi(routes.syncOne, async (c) => {
    const reports = await syncContactAccounts(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
    );
    return c.json({ reports }, 200);
  });
}
