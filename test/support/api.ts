// An in-process HTTP client for route tests: real routes, real database, no socket.

import type { Clock } from '../../src/app/clock';
import type { SsoSettings } from '../../src/app/context';
import { type AppContext, createAppContext } from '../../src/app/context';
import type { CaptureClients } from '../../src/app/ports/capture';
import type { IdentityProvider } from '../../src/app/ports/identity-provider';
import type { Mailer } from '../../src/app/ports/mailer';
import type { PushSender } from '../../src/app/ports/push';
import { createHttpApp } from '../../src/http/app';
import { captureClients } from '../../src/integrations/capture/index';
import { webPushSender } from '../../src/integrations/push/web-push-sender';
import type { TestDatabase } from './databases';

export interface TestApi {
  ctx: AppContext;
  /** Sends a request; `as` picks a signed-in browser (cookie + CSRF) or a bearer token. */
  call(method: string, path: string, options?: CallOptions): Promise<ApiResponse>;
  /** Creates the owner (first run) and returns a signed-in browser for them. */
  setupOwner(overrides?: Partial<AccountInput>): Promise<Browser>;
  /** Creates a member with an invite from the owner and returns their browser. */
  addMember(owner: Browser, overrides?: Partial<AccountInput>): Promise<Browser>;
  tokenFor(browser: Browser, name?: string): Promise<string>;
}

export interface AccountInput {
  email: string;
  name: string;
  timeZone: string;
  password: string;
}

export interface Browser {
  userId: string;
  cookie: string;
  csrfToken: string;
  email: string;
  password: string;
}

export interface CallOptions {
  body?: unknown;
  rawBody?: string;
  browser?: Browser;
  token?: string;
  headers?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any;
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
    settings?.mailer,
    settings?.capture ?? captureClients,
  );
  ctx.identityProvider = settings?.sso?.provider ?? null;
  ctx.push =
    settings?.push ?? webPushSender({ allowPrivate: settings?.sourcesAllowPrivate ?? false });
  const app = createHttpApp(ctx, { trustProxy: true });

  const call: TestApi['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined || options.rawBody !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    if (options.browser) {
      headers.cookie = `rapport_session=${options.browser.cookie}`;
      headers['x-csrf-token'] ??= options.browser.csrfToken;
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
    return { status: response.status, headers: response.headers, body };
  };

  async function signedIn(response: ApiResponse, input: AccountInput): Promise<Browser> {
    if (response.status >= 300) throw new Error(`sign-up failed: ${JSON.stringify(response.body)}`);
    const cookie = /rapport_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    if (!cookie) throw new Error('no session cookie');
    return {
      userId: response.body.user.id,
      cookie,
      csrfToken: response.body.csrfToken,
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
    async setupOwner(overrides) {
      const input = account(overrides);
      return signedIn(await call('POST', '/api/setup', { body: input }), input);
    },
    async addMember(owner, overrides) {
      const invite = await call('POST', '/api/invites', { browser: owner, body: {} });
      const inviteToken = invite.body.url.split('/join/')[1];
      const input = account(overrides);
      return signedIn(
        await call('POST', '/api/auth/signup', { body: { ...input, inviteToken } }),
        input,
      );
    },
    async tokenFor(browser, name = `token-${++counter}`) {
      const created = await call('POST', '/api/tokens', { browser, body: { name } });
      return created.body.secret;
    },
  };
  return api;
}
