// The main pages of the app (web/src/routes.tsx) and how to open one signed in and wait until
// its data is on screen: shared by the accessibility and phone-layout browser tests.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { type SeededAccount, seedRealisticAccount } from '../support/realistic-account';
import { startTestServer } from '../support/server';
import { launchChromium } from './page-tools';

export interface MainPage {
  name: string;
  path: string;
  /** Something that shows only once the page's data has loaded. */
  ready: (page: Page) => Promise<unknown>;
}

export function mainPages(account: SeededAccount): MainPage[] {
  const heading = (page: Page, name: string | RegExp) =>
    page.getByRole('heading', { level: 1, name }).waitFor();
  return [
    {
      name: 'Today',
      path: '/',
      ready: (page) =>
        page.getByRole('list', { name: 'Agenda' }).getByRole('article').first().waitFor(),
    },
    {
      name: 'People',
      path: '/people',
      ready: (page) => page.getByRole('link', { name: 'Priya Raman' }).first().waitFor(),
    },
    {
      name: 'Person',
      path: `/people/${account.personId}`,
      ready: (page) => page.getByText('Training for the Berlin half-marathon').waitFor(),
    },
    { name: 'Schedule', path: '/schedule', ready: (page) => heading(page, 'Schedule') },
    {
      name: 'Wins',
      path: '/accomplishments',
      ready: (page) => page.getByText('Shipped the new import').first().waitFor(),
    },
    { name: 'Updates', path: '/updates', ready: (page) => heading(page, 'Status updates') },
    {
      name: 'Team',
      path: '/team',
      ready: (page) => page.getByText('Acme Remote').first().waitFor(),
    },
    { name: 'Settings', path: '/settings', ready: (page) => heading(page, 'Settings') },
  ];
}

/** Signs the context in with the seeded owner's session cookie. */
export async function signIn(context: BrowserContext, serverUrl: string, account: SeededAccount) {
  await context.addCookies([
    { name: 'rapport_session', value: account.cookie, url: serverUrl, httpOnly: true },
  ]);
}

/** Opens a page and waits for its data, and for every request it started to settle. */
export async function openMainPage(page: Page, serverUrl: string, main: MainPage) {
  await page.goto(new URL(main.path, serverUrl).href);
  await main.ready(page);
  await page.waitForLoadState('networkidle');
}

/** A real server with a lived-in account, and Chromium signed in to it on one page. */
export interface SeededSession {
  server: Awaited<ReturnType<typeof startTestServer>>;
  browser: Browser;
  page: Page;
  account: SeededAccount;
  /** Uncaught errors the page threw (tests expect none). */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openSeededSession(
  contextOptions: BrowserContextOptions = {},
): Promise<SeededSession> {
  const server = await startTestServer();
  const account = await seedRealisticAccount(server.url);
  const browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    ...contextOptions,
  });
  await signIn(context, server.url, account);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    server,
    browser,
    page,
    account,
    pageErrors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
