// Bringing people in and taking everything out: import (preview or apply, optionally streaming
// progress), the full JSON export and its restore, the vCard export, merging two people, and
// deleting the account. All owner-scoped through the principal.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import { exportAccount, exportVCards } from '../../app/transfer/account-export';
import { restoreAccount } from '../../app/transfer/account-restore';
import { deleteAccount, deleteAccountInput } from '../../app/transfer/delete-account';
import { exportDocument } from '../../app/transfer/export-document';
import { importContacts, importInput } from '../../app/transfer/import-contacts';
import { mergeInput, mergePeople } from '../../app/transfer/merge-people';
import { clearSessionCookie } from '../auth/session-cookie';
import type { HttpApp, HttpEnv } from '../env';
import { errorBody, handleError } from '../errors';
import { principalOf } from '../middleware/auth';
import { errorResponses, json, jsonBody } from '../schemas';
import {
  AccountDeletedSchema,
  ImportReportSchema,
  MergeResultSchema,
  RestoreResultSchema,
} from './transfer-schemas';

/** Whole files come in on these routes; they skip the 1 MB API limit for their own. */
export const LARGE_BODY_ROUTES = new Set(['POST /api/import', 'POST /api/restore']);
export const LARGE_BODY_BYTES = 32 * 1024 * 1024;

const largeBody = bodyLimit({
  maxSize: LARGE_BODY_BYTES,
  onError: (c) =>
    c.json(errorBody('payload_too_large', 'The file is too large (32 MB at most)'), 413),
});

export const NDJSON = 'application/x-ndjson';
const tags = ['transfer'];

export const importRoute = createRoute({
  method: 'post',
  path: '/api/import',
  tags,
  summary: 'Preview (apply: false) or apply an import of people from a vCard or CSV file',
  description:
    'The plan lists each card or row: create, update (matched by e-mail, phone or name), ' +
    'unchanged, or duplicate (folded into another card of the file); broken ones are in errors ' +
    `with their line. Applying writes it all in one transaction. With "Accept: ${NDJSON}" the ` +
    'answer streams {"progress":{"phase","done","total"}} lines, then {"report":…} or {"error":…}.',
  middleware: [largeBody] as const,
  request: { body: jsonBody(importInput) },
  responses: {
    200: {
      description: 'The plan, or what was done',
      content: {
        'application/json': { schema: ImportReportSchema },
        [NDJSON]: { schema: z.string() },
      },
    },
    ...errorResponses(400, 401, 403, 413),
  },
});

export const exportRoute = createRoute({
  method: 'get',
  path: '/api/export',
  tags,
  summary: 'Everything you own as one versioned JSON document (no passwords, no token secrets)',
  responses: { 200: json(exportDocument, 'The export'), ...errorResponses(401) },
});

export const vcardRoute = createRoute({
  method: 'get',
  path: '/api/export/vcard',
  tags,
  summary: 'Your people as one vCard 4.0 file',
  responses: {
    200: { description: 'vCard 4.0', content: { 'text/vcard': { schema: z.string() } } },
    ...errorResponses(401),
  },
});

export const restoreRoute = createRoute({
  method: 'post',
  path: '/api/restore',
  tags,
  summary: 'Load a JSON export into this account, which must be empty',
  middleware: [largeBody] as const,
  request: { body: jsonBody(exportDocument) },
  responses: {
    200: json(RestoreResultSchema, 'Restored'),
    ...errorResponses(400, 401, 403, 409, 413),
  },
});

export const mergeRoute = createRoute({
  method: 'post',
  path: '/api/people/merge',
  tags: ['people'],
  summary: 'Merge one person into another: conversations, items, facts and dates move',
  request: { body: jsonBody(mergeInput) },
  responses: {
    200: json(MergeResultSchema, 'The person kept'),
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

export const deleteRoute = createRoute({
  method: 'post',
  path: '/api/me/delete',
  tags: ['accounts'],
  summary: 'Delete your account and everything you own, after typing your password again',
  request: { body: jsonBody(deleteAccountInput) },
  responses: {
    200: json(AccountDeletedSchema, 'Deleted; you are signed out'),
    ...errorResponses(400, 401, 403, 409, 413, 429),
  },
});

export function registerTransferRoutes(app: HttpApp) {
  app.openapi(importRoute, async (c) => {
    const ctx = c.get('ctx');
    const userId = principalOf(c).userId;
    const body = c.req.valid('json');
    if (!(c.req.header('accept') ?? '').includes(NDJSON)) {
      return c.json(await importContacts(ctx, userId, body), 200);
    }
    c.header('content-type', `${NDJSON}; charset=utf-8`);
    return stream(c, async (out) => {
      let sent = 0;
      const line = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
      try {
        const report = await importContacts(ctx, userId, body, async (phase, done, total) => {
          // A few updates a second are plenty for a progress bar.
          if (done < total && Date.now() - sent < 100) return;
          sent = Date.now();
          await line({ progress: { phase, done, total } });
        });
        await line({ report });
      } catch (error) {
        await line(await errorLine(c, error));
      }
    }) as never;
  });

  app.openapi(exportRoute, async (c) => {
    const document = await exportAccount(c.get('ctx'), principalOf(c).userId);
    c.header('content-disposition', attachment(`rapport-export-${day(document.exportedAt)}.json`));
    return c.json(document, 200);
  });

  app.openapi(vcardRoute, async (c) => {
    const { vcard } = await exportVCards(c.get('ctx'), principalOf(c).userId);
    return c.body(vcard, 200, {
      'content-type': 'text/vcard; charset=utf-8',
      'content-disposition': attachment(`rapport-people-${day(new Date().toISOString())}.vcf`),
    }) as never;
  });

  app.openapi(restoreRoute, async (c) => {
    const result = await restoreAccount(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json(result, 200);
  });

  app.openapi(mergeRoute, async (c) => {
    const result = await mergePeople(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json(result, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const { removed } = await deleteAccount(
      c.get('ctx'),
      principalOf(c).userId,
      c.req.valid('json'),
    );
    clearSessionCookie(c);
    return c.json({ deleted: true as const, removed }, 200);
  });
}

/** The error an import stream ends with: the same body an ordinary response would have. */
async function errorLine(c: Context<HttpEnv>, error: unknown) {
  const response = handleError(error instanceof Error ? error : new Error(String(error)), c);
  return response.json();
}

const attachment = (filename: string) => `attachment; filename="${filename}"`;
const day = (iso: string) => iso.slice(0, 10);
