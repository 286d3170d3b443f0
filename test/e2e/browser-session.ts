// A real `rapport serve`, its owner set up over the API, and Chromium signed in as them: the
// start of every browser test that is not about first-run or signing in (first-run,
// signin-next, sso-signin, password-reset and team-invite-signup click through those instead).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import {
  DEFAULT_OWNER,
  type OwnerDetails,
  type OwnerSession,
  setUpOwnerOverApi,
} from '../support/owner-over-api';
import { startTestServer, type TestServer } from '../support/server';
import { callAsBrowser, launchChromium } from './page-tools';

export interface BrowserSessionOptions<Account extends OwnerSession> {
  /** The owner set up over the API (ignored when `account` is given). */
  owner?: OwnerDetails;
  /** Sets up the account instead, e.g. a lived-in one; returns the owner's session. */
  account?: (serverUrl: string) => Promise<Account>;
  /** Environment for `rapport serve` (mail server, push CA, …). */
  serverEnv?: Record<string, string>;
  /** For the signed-in page's context; the viewport is 1280 × 900 unless given. */
  context?: BrowserContextOptions;
  /** Permissions granted to the server's origin, e.g. the clipboard. */
  permissions?: string[];
  /** How long the page waits for what a test looks for (ms). */
  timeout?: number;
}

export interface BrowserSession<Account extends OwnerSession = OwnerSession> {
  server: TestServer;
  browser: Browser;
  account: Account;
  /** The owner's context and page, signed in. */
  context: BrowserContext;
  page: Page;
  /** Uncaught errors any page of the session threw (tests expect none). */
  pageErrors: string[];
  at(path: string): string;
  /** Calls the API as the owner's page (cookie plus CSRF token), expecting success. */
  call(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    path: string,
    data?: unknown,
  ): ReturnType<typeof callAsBrowser>;
  /** Another page in a context of its own (another person's browser), signed out. */
  openPage(contextOptions?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowserSession<Account extends OwnerSession = OwnerSession>(
  options: BrowserSessionOptions<Account> = {},
): Promise<BrowserSession<Account>> {
  const server = await startTestServer(options.serverEnv);
  let browser: Browser | undefined;
  try {
    const account = options.account
      ? await options.account(server.url)
      : ((await setUpOwnerOverApi(server.url, options.owner ?? DEFAULT_OWNER)) as Account);
    const launched = await launchChromium();
    browser = launched;
    const pageErrors: string[] = [];
    const openPage = async (contextOptions: BrowserContextOptions = {}) => {
      const context = await launched.newContext({
        viewport: { width: 1280, height: 900 },
        ...contextOptions,
      });
      if (options.permissions) {
        await context.grantPermissions(options.permissions, { origin: server.url });
      }
      const page = await context.newPage();
      page.setDefaultTimeout(options.timeout ?? 10_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    };
    const page = await openPage(options.context);
    const context = page.context();
    await context.addCookies([
      { name: 'rapport_session', value: account.cookie, url: server.url, httpOnly: true },
    ]);
    const at = (path: string) => new URL(path, server.url).href;
    return {
      server,
      browser: launched,
      account,
      context,
      page,
      pageErrors,
      at,
      call: (method, path, data) => callAsBrowser(page, at(path), method, data),
      openPage,
      async close() {
        await launched.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
