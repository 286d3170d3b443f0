// The main pages of the app (web/src/routes.tsx) and how to open one signed in and wait until
// its data is on screen: shared by the accessibility and phone-layout browser tests.
import type { BrowserContextOptions, Page } from 'playwright-core';
import { type SeededAccount, seedRealisticAccount } from '../support/realistic-account';
import { type BrowserSession, openBrowserSession } from './browser-session';

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

/** Opens a page and waits for its data, and for every request it started to settle. */
export async function openMainPage(page: Page, serverUrl: string, main: MainPage) {
  await page.goto(new URL(main.path, serverUrl).href);
  await main.ready(page);
  await page.waitForLoadState('networkidle');
}

/** A real server with a lived-in account, and Chromium signed in to it on one page. */
export type SeededSession = BrowserSession<SeededAccount>;

export function openSeededSession(context: BrowserContextOptions = {}): Promise<SeededSession> {
  return openBrowserSession({
    account: seedRealisticAccount,
    context: { locale: 'en-GB', timezoneId: 'Europe/Berlin', ...context },
  });
}
