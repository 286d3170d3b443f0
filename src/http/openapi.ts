// The OpenAPI document: generated from the same zod schemas that validate requests and type the
// web app, CLI and tests. Here it gets what the routes don't say one by one: a stable
// operationId per operation, `security: []` on the public ones, and the servers.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { idempotentHeaders } from '../app/idempotency/idempotency';
import type { HttpEnv } from './env';
import { PUBLIC_ROUTES } from './middleware/auth';
import { ErrorSchema } from './schemas';

/** Spells a verb per method, so ids read as calls: getPeople, patchPeopleById, deleteTripsById. */
const VERBS: Record<string, string> = {
  get: 'get',
  post: 'post',
  put: 'put',
  patch: 'patch',
  delete: 'delete',
};

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The operation's id, from its method and path (both fixed by the contract, so the id is stable
 * and unique as they are): GET /api/people/{id}/timeline → getPeopleByIdTimeline.
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      const name = (param ?? segment)
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(capital)
        .join('');
      return param ? `By${name}` : name;
    });
  return `${VERBS[method] ?? method}${words.join('')}`;
}

/** The document's top: who it is for and how one signs in. */
export const OPENAPI_CONFIG: Parameters<OpenAPIHono<HttpEnv>['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'Rapport API',
    version: '1',
    description:
      'The relationship keeper for remote workers. Errors: {"error":{code,message,details}}.',
    license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
  },
  servers: [{ url: '/', description: 'The Rapport server that serves this document' }],
  security: [{ bearer: [] }, { cookie: [] }],
};

/** Names every operation and marks the public ones; call once all routes are registered. */
export function describeOperations(app: OpenAPIHono<HttpEnv>): void {
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue;
    const route = definition.route;
    route.operationId ??= operationIdOf(route.method, route.path);
    const key = `${route.method.toUpperCase()} ${route.path}`;
    if (PUBLIC_ROUTES.has(key)) route.security = [];
    documentMiddlewareAnswers(route);
  }
}

type RegisteredRoute = Extract<
  OpenAPIHono<HttpEnv>['openAPIRegistry']['definitions'][number],
  { type: 'route' }
>['route'];

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/**
 * The answers middleware gives before a handler runs, which no route lists itself (the route
 * tests hold every answer to the document, test/support/openapi-check.ts): a NUL character in
 * the path, query or body, or a malformed path parameter, is 400 on any operation; a body that is
 * not JSON is 415; a reused Idempotency-Key is 409 while the first runs, 422 with another body.
 * And any operation can meet a fault of its own (a full disk, a lost database): 500, with the
 * error envelope and nothing written, since the work of a request is one transaction.
 */
function documentMiddlewareAnswers(route: RegisteredRoute): void {
  const responses = route.responses;
  responses[400] ??= errorResponse('Invalid input');
  responses[500] ??= errorResponse('Something went wrong on our side; it was logged');
  if (route.request?.body) responses[415] ??= errorResponse('The body is not JSON');
  if (route.request?.headers === idempotentHeaders) {
    responses[409] ??= errorResponse('A request with this Idempotency-Key is still running');
    responses[422] ??= errorResponse('This Idempotency-Key was used for another request');
  }
}

/** The whole document, as GET /api/openapi.json serves it. */
export function openApiDocument(app: OpenAPIHono<HttpEnv>) {
  return app.getOpenAPI31Document(OPENAPI_CONFIG);
}
