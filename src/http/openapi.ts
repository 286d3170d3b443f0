// The OpenAPI document: generated from the same zod schemas that validate requests and type the
// web app, CLI and tests. Here it gets what the routes don't say one by one: a stable
// operationId per operation, `security: []` on the public ones, and the servers.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { HttpEnv } from './env';
import { PUBLIC_ROUTES } from './middleware/auth';

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
  }
}

/** The whole document, as GET /api/openapi.json serves it. */
export function openApiDocument(app: OpenAPIHono<HttpEnv>) {
  return app.getOpenAPI31Document(OPENAPI_CONFIG);
}
