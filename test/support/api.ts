// An in-process HTTP client for route tests: real routes, real database, no socket.
//
// `call` is typed from the server's own route objects (test/support/contract.ts), the way
// openapi-fetch types a client from `paths`, but with no generated file: the same zod schemas
// that validate requests and type the web app type the tests, so a renamed field fails
// `npm run typecheck` here too. A concrete path (`/api/people/${id}`) picks its route by method
// and path template, as the router does. `raw` is for hostile input (bad JSON, unknown or
// ill-typed fields, paths outside the contract): its body is `unknown`.
//
// Every answer, typed or raw, is checked against the OpenAPI document the app serves
// (test/support/openapi-check.ts): an undocumented status or a body that does not match fails
// the test.

import type { Clock } from '../../src/app/clock';
import type { SsoSettings } from '../../src/app/context';
import { type AppContext, createAppContext } from '../../src/app/context';
import type { CaptureClients } from '../../src/app/ports/capture';
import type { IdentityProvider } from '../../src/app/ports/identity-provider';
import type { Mailer } from '../../src/app/ports/mailer';
import type { PushSender } from '../../src/app/ports/push';
import type { Slack } from '../../src/app/ports/slack';
import { createHttpApp } from '../../src/http/app';
import { captureClients } from '../../src/integrations/capture/index';
import { webPushSender } from '../../src/integrations/push/web-push-sender';
import type { ApiPath, ErrorFields, Method, RequestBody, RouteFor, SuccessBody } from './contract';
import type { TestDatabase } from './databases';
import { checkAgainstContract, prepareContract } from './openapi-check';

export interface TestApi {
  ctx: AppContext;
  /** Calls a route of the contract; `session` sends a signed-in session (cookie + CSRF). */
  call<M extends Method, P extends ApiPath<Method>>(
    method: M,
    path: P,
    ...options: CallArgs<RouteFor<NoInfer<M>, NoInfer<P>>>
  ): Promise<ApiResponse<SuccessBody<RouteFor<NoInfer<M>, NoInfer<P>>> & ErrorFields>>;
  /** Any request, any body: for input the contract refuses and paths outside it. */
  raw(method: string, path: string, options?: RawOptions): Promise<ApiResponse<RawBody>>;
  /** Creates the owner (first run) and returns their signed-in session. */
  setupOwner(overrides?: Partial<AccountInput>): Promise<Session>;
  /** Creates a member with an invite from the owner and returns their session. */
  addMember(owner: Session, overrides?: Partial<AccountInput>): Promise<Session>;
  tokenFor(session: Session, name?: string): Promise<string>;
}

export interface AccountInput {
  email: string;
  name: string;
  timeZone: string;
  password: string;
}

/** A signed-in session of a user, as a session holds it: the cookie and its CSRF token. */
export interface Session {
  userId: string;
  cookie: string;
  csrfToken: string;
  email: string;
  password: string;
}

interface Credentials {
  session?: Session;
  token?: string;
  headers?: Record<string, string>;
}

export interface CallOptions<Route> extends Credentials {
  body?: RequestBody<Route>;
}

/** The request body of a route, for helpers that build one: `BodyOf<'POST', '/api/people'>`. */
export type BodyOf<M extends Method, P extends ApiPath<Method>> = RequestBody<RouteFor<M, P>>;

/** A method and path no route of the contract has: the call does not compile. */
type CallArgs<Route> = [Route] extends [never]
  ? [noSuchRoute: 'no route of the contract has this method and path: use api.raw']
  : [options?: CallOptions<Route>];

export interface RawOptions extends Credentials {
  body?: unknown;
  /** Sent as is (malformed JSON, other media types). */
  rawBody?: string;
}

/** What a raw call may answer: an error, JSON or text, which the test reads at its own risk. */
export type RawBody = any;

export interface ApiResponse<Body> {
  status: number;
  headers: Headers;
  body: Body;
}

let counter = 0;

export function testApi(
  db: TestDatabase,
  clock?: Clock,
  settings?: {
    openSignup?: boolean;
    mailer?: Mailer;
    /** For stories that span weeks on a test clock (session limits: test/auth/sessions). */
    sessionDays?: number;
    sessionIdleDays?: number;
    /** The Slack client (default: offline; tests give the real one a loopback server). */
    slack?: Slack;
    /** The capture clients (default: the real ones). */
    capture?: CaptureClients;
    /** Sources may reach loopback servers (the real IMAP/CalDAV/ICS servers of tests). */
    sourcesAllowPrivate?: boolean;
    /** Where people reach the server (links, the SSO callback); default none. */
    publicUrl?: string;
    /** Sign-in with an OpenID provider (test/support/oidc-provider.ts) and its rules. */
    sso?: { provider: IdentityProvider; settings: SsoSettings };
    /** Web Push delivery (default: the real web-push sender; tests hand it their receiver's CA). */
    push?: PushSender;
  },
) {
  const ctx = createAppContext(
    db.store,
    clock ?? { now: () => new Date() },
    {
      secret: 'test-secret',
      openSignup: settings?.openSignup ?? false,
      publicUrl: settings?.publicUrl ?? null,
      sso: settings?.sso?.settings ?? null,
      sessionDays: settings?.sessionDays,
      sessionIdleDays: settings?.sessionIdleDays,
      sourcesAllowPrivate: settings?.sourcesAllowPrivate,
    },
    {
      mailer: settings?.mailer,
      slack: settings?.slack,
      capture: settings?.capture ?? captureClients,
      identityProvider: settings?.sso?.provider ?? null,
      push:
        settings?.push ?? webPushSender({ allowPrivate: settings?.sourcesAllowPrivate ?? false }),
    },
  );
  const app = createHttpApp(ctx, { trustProxy: true });
  // Started now, awaited by the first answer's check (a failure surfaces there).
  prepareContract(app).catch(() => {});

  const send = async (method: string, path: string, options: RawOptions = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined || options.rawBody !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    if (options.session) {
      headers.cookie = `rapport_session=${options.session.cookie}`;
      headers['x-csrf-token'] ??= options.session.csrfToken;
    }
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await app.request(`http://127.0.0.1:7707${path}`, {
      method,
      headers,
      body:
        options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {}
    await checkAgainstContract(app, method, path, response, body);
    return { status: response.status, headers: response.headers, body };
  };
  // The casts are the contract's promise, which checkAgainstContract holds the server to.
  const call = ((method: string, path: string, options?: RawOptions) =>
    send(method, path, options)) as TestApi['call'];
  const raw = send as TestApi['raw'];

  async function signedIn(
    response: ApiResponse<{ user?: { id: string }; csrfToken?: string } & ErrorFields>,
    input: AccountInput,
  ): Promise<Session> {
    if (response.status >= 300) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
    const cookie = /rapport_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (!cookie) throw new Error('no session cookie');
    return {
      userId: response.body.user!.id,
      cookie,
      csrfToken: response.body.csrfToken!,
      email: input.email,
      password: input.password,
    };
  }

  const account = (overrides: Partial<AccountInput> = {}): AccountInput => {
    counter += 1;
    return {
      email: `person${counter}@example.com`,
      name: `Person ${counter}`,
      timeZone: 'Europe/Berlin',
      password: 'correct horse battery',
      ...overrides,
    };
  };

  const api: TestApi = {
    ctx,
    call,
    raw,
    async setupOwner(overrides) {
      const input = account(overrides);
      return signedIn(await call('POST', '/api/setup', { body: input }), input);
    },
    async addMember(owner, overrides) {
      const invite = await call('POST', '/api/invites', { session: owner, body: {} });
      const inviteToken = invite.body.url.split('/join/')[1]!;
      const input = account(overrides);
      return signedIn(
        await call('POST', '/api/auth/signup', { body: { ...input, inviteToken } }),
        input,
      );
    },
    async tokenFor(session, name = `token-${++counter}`) {
      const created = await call('POST', '/api/tokens', { session, body: { name } });
      return created.body.secret;
    },
  };
  return api;
}
