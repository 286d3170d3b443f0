// The owner's and admins' routes: accounts (the row only, never anyone's data) and the health
// report. Every route answers 403 to members (app/admin/administrators).
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { accountChangeInput, accountRemovalInput } from '../../app/admin/account-input';
import {
  accountResetLink,
  changeAccount,
  listAccounts,
  removeAccount,
} from '../../app/admin/accounts';
import { healthReport } from '../../app/admin/health-report';
import type { HttpApp, HttpEnv } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody } from '../schemas';

export const AccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['owner', 'admin', 'member']),
    createdAt: z.string(),
    lastActiveAt: z.string().nullable(),
    disabledAt: z.string().nullable(),
  })
  .openapi('Account');

export const HealthReportSchema = z
  .object({
    ok: z.boolean(),
    checks: z.array(
      z.object({
        name: z.enum(['database', 'migrations', 'secret', 'mail', 'scheduler', 'tasks', 'outbox']),
        ok: z.boolean(),
        detail: z.string(),
      }),
    ),
  })
  .openapi('HealthReport');

const idParam = z.object({ id: z.string().min(1).max(100) });

export const list = createRoute({
  method: 'get',
  path: '/api/admin/users',
  tags: ['admin'],
  summary: 'Owner and admins: every account (name, e-mail, role, activity), nothing they recorded',
  responses: {
    200: json(z.object({ users: z.array(AccountSchema) }), 'The accounts'),
    ...errorResponses(401, 403),
  },
});

export const change = createRoute({
  method: 'patch',
  path: '/api/admin/users/{id}',
  tags: ['admin'],
  summary: 'Disable or enable an account, or make it admin or member',
  request: { params: idParam, body: jsonBody(accountChangeInput) },
  responses: {
    200: json(z.object({ user: AccountSchema }), 'Changed'),
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

export const resetLink = createRoute({
  method: 'post',
  path: '/api/admin/users/{id}/reset-link',
  tags: ['admin'],
  summary: 'A one-time password reset link for the account, valid one day, to hand over',
  request: { params: idParam },
  responses: {
    201: json(z.object({ url: z.string(), email: z.string(), expiresAt: z.string() }), 'The link'),
    ...errorResponses(401, 403, 404),
  },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/admin/users/{id}',
  tags: ['admin'],
  summary: 'Remove the account and everything it recorded; confirmed by typing its e-mail',
  request: { params: idParam, body: jsonBody(accountRemovalInput) },
  responses: {
    200: json(z.object({ removed: z.record(z.string(), z.number()) }), 'Removed'),
    ...errorResponses(400, 401, 403, 404, 409, 413),
  },
});

export const health = createRoute({
  method: 'get',
  path: '/api/admin/health-report',
  tags: ['admin'],
  summary: 'Owner and admins: the `rapport doctor` report (database, mail, scheduler, outbox)',
  responses: { 200: json(HealthReportSchema, 'The report'), ...errorResponses(401, 403) },
});

/** Links use the configured public address, never the request's (a Host header lies). */
const baseUrl = (c: Context<HttpEnv>) =>
  c.get('ctx').settings.publicUrl ?? new URL(c.req.url).origin;

export function registerAdminRoutes(app: HttpApp) {
  app.openapi(list, async (c) =>
    c.json({ users: await listAccounts(c.get('ctx'), principalOf(c).userId) }, 200),
  );
  app.openapi(change, async (c) => {
    const user = await changeAccount(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json({ user }, 200);
  });
  app.openapi(resetLink, async (c) => {
    const link = await accountResetLink(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
      baseUrl(c),
    );
    return c.json(link, 201);
  });
  app.openapi(remove, async (c) => {
    const result = await removeAccount(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(result, 200);
  });
  app.openapi(health, async (c) =>
    c.json(await healthReport(c.get('ctx'), principalOf(c).userId), 200),
  );
}
