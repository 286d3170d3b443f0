// The HTTP face of Rapport: JSON API under /api, the OpenAPI document, and the web app at /.
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '../app/context';
import { registerAdminRoutes } from './admin/admin-routes';
import { registerAuthRoutes } from './auth/auth-routes';
import { registerSsoRoutes } from './auth/sso-routes';
import { registerContactsSyncRoutes } from './contacts-sync/contacts-sync-routes';
import { registerAccomplishmentRoutes } from './credit/accomplishment-routes';
import { registerProposalRoutes } from './credit/proposal-routes';
import { registerUpdateRoutes } from './credit/update-routes';
import type { HttpEnv } from './env';
import { errorBody, handleError, validationHook } from './errors';
import { registerHealthRoutes } from './health/health-routes';
import { registerInteractionRoutes } from './interactions/interaction-routes';
import { registerInviteRoutes } from './invites/invite-routes';
import { registerItemRoutes } from './items/item-routes';
import { KeptMatchRouter } from './kept-matches';
import { registerDigestRoutes } from './me/digest-routes';
import { registerMeRoutes } from './me/me-routes';
import { type MetricsEndpoint, registerMetricsRoute } from './metrics/metrics-route';
import { authenticate } from './middleware/auth';
import { registerIdempotency } from './middleware/idempotency';
import { rejectNulBytes } from './middleware/nul-guard';
import { assignRequestId, logRequest } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { markStrictTransport, readHeadersFromNode } from './middleware/transport';
import { describeOperations, OPENAPI_CONFIG } from './openapi';
import { registerDateRoutes } from './people/date-routes';
import { registerPeopleRoutes } from './people/people-routes';
import { registerPublicRoutes } from './public/public-routes';
import { registerPushRoutes } from './push/push-routes';
import { registerScheduleRoutes } from './schedules/schedule-routes';
import { registerSetupRoutes } from './setup/setup-routes';
import { registerNoticedRoutes } from './sources/noticed-routes';
import { registerSourceRoutes } from './sources/source-routes';
import { serveWebApp } from './static/web-app';
import { registerTeamRoutes } from './team/team-routes';
import { registerTodayRoutes } from './today/today-routes';
import { registerTokenRoutes } from './tokens/token-routes';
import {
  LARGE_BODY_BYTES,
  LARGE_BODY_ROUTES,
  registerTransferRoutes,
} from './transfer/transfer-routes';
import { registerWorkSuggestionRoutes } from './work-suggestions/work-suggestion-routes';

const BODYLESS_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface HttpOptions {
  /** Reverse proxies in front whose X-Forwarded-* headers count (true: one). */
  trustProxy: boolean | number;
  /** Folder of the built web app; omitted in API-only uses such as the in-process CLI. */
  webRoot?: string;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** One log line per request (default); the in-process CLI turns it off, keeping metrics. */
  requestLog?: boolean;
  /** GET /metrics, when the configuration turns it on (see http/metrics). */
  metrics?: MetricsEndpoint;
}

export function createHttpApp(ctx: AppContext, options: HttpOptions) {
  const app = new OpenAPIHono<HttpEnv>({
    defaultHook: validationHook,
    router: new KeptMatchRouter(),
  });

  app.onError(handleError);
  const trustProxyHops = Number(options.trustProxy);
  const writeLine = options.requestLog ?? true;
  const setSecurityHeaders = securityHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      // The service worker (/sw.js) and the web app manifest (installing on a phone).
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      baseUri: ["'self'"],
    },
    referrerPolicy: 'same-origin',
    // Only over https (markStrictTransport): over plain http the header is meaningless at best.
    strictTransportSecurity: false,
  });
  // The frame of every request, first: the request id, then, once answered (refusals included),
  // the security headers, HSTS over https, one log line and the metrics. One middleware rather
  // than four: each layer Hono composes is an async step of its own on every request.
  app.use('*', async (c, next) => {
    c.set('ctx', ctx);
    c.set('trustProxyHops', trustProxyHops);
    readHeadersFromNode(c);
    assignRequestId(c);
    const started = performance.now();
    await next();
    await setSecurityHeaders(c);
    markStrictTransport(c);
    logRequest(c, started, writeLine);
  });
  const apiBodyLimit = bodyLimit({
    maxSize: options.maxBodyBytes ?? 1024 * 1024,
    onError: (c) => c.json(errorBody('payload_too_large', 'The request body is too large'), 413),
  });
  const fileBodyLimit = bodyLimit({
    maxSize: LARGE_BODY_BYTES,
    onError: (c) =>
      c.json(errorBody('payload_too_large', 'The file is too large (32 MB at most)'), 413),
  });
  // File uploads (import, restore) take a larger limit than the rest of the API. Reads carry no
  // body we would read; skipping them also spares building a full Request object (the limit
  // looks at `raw.body`), which was a tenth of a GET's CPU time in the profile.
  app.use('/api/*', (c, next) => {
    if (BODYLESS_METHODS.has(c.req.method)) return next();
    return LARGE_BODY_ROUTES.has(`${c.req.method} ${c.req.path}`)
      ? fileBodyLimit(c, next)
      : apiBodyLimit(c, next);
  });
  // After the size limits (the body is read whole) and before anything touches the database.
  app.use('*', rejectNulBytes);
  app.use('/api/*', authenticate);
  // After authentication: keys belong to the user sending them.
  registerIdempotency(app);

  registerHealthRoutes(app);
  registerSetupRoutes(app);
  registerAuthRoutes(app);
  registerMeRoutes(app);
  registerDigestRoutes(app);
  registerAdminRoutes(app);
  registerTokenRoutes(app);
  registerInviteRoutes(app);
  registerPeopleRoutes(app);
  registerContactsSyncRoutes(app);
  registerInteractionRoutes(app);
  registerItemRoutes(app);
  registerDateRoutes(app);
  registerTodayRoutes(app);
  registerAccomplishmentRoutes(app);
  registerWorkSuggestionRoutes(app);
  registerUpdateRoutes(app);
  registerProposalRoutes(app);
  registerScheduleRoutes(app);
  registerTransferRoutes(app);
  registerTeamRoutes(app);
  registerSourceRoutes(app);
  registerNoticedRoutes(app);
  registerPushRoutes(app);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from `rapport token create` or Settings',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'rapport_session',
    description: 'Browser session; writes also need the X-CSRF-Token header',
  });
  describeOperations(app);
  app.doc31('/api/openapi.json', OPENAPI_CONFIG);

  app.all('/api/*', (c) => c.json(errorBody('not_found', 'No such API route'), 404));
  registerMetricsRoute(app, options.metrics);
  registerPublicRoutes(app);
  registerSsoRoutes(app);
  if (options.webRoot) serveWebApp(app, options.webRoot);
  return app;
}
