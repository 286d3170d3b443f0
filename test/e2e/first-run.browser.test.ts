// The first minutes of a new Rapport, in a real browser against a real `rapport serve`:
// setup of the owner, sign out, a wrong password, sign in, and the chosen zone in Settings.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstName } from '../../web/src/time';
import { startTestServer } from '../support/server';
import { hasChromium, launchChromium } from './page-tools';

const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));

const owner = {
  name: 'Asha Rao',
  email: 'asha@example.com',
  password: 'correct horse battery',
  timeZone: 'Asia/Kolkata',
};

// On a developer machine without Chromium the browser tests skip; in CI they must run.
describe.skipIf(!hasChromium && process.env.CI !== 'true')('first run in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    server = await startTestServer();
    browser = await launchChromium();
    // A browser zone unlike the one the owner picks, so the test sees which zone is used.
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;
  const heading = () => page.getByRole('heading', { level: 1 });
  const shot = (name: string) =>
    page.screenshot({ path: `${artifacts}first-run-${name}.png`, fullPage: true });

  it('sends a new install to setup and creates the owner, who is signed in', async () => {
    await page.goto(at('/settings'));
    await page.waitForURL(at('/setup'));
    expect(await heading().textContent()).toBe('Welcome to Rapport');
    // The zone starts as the browser's own.
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');

    await page.getByLabel('Your name').fill(owner.name);
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Time zone').fill(owner.timeZone);
    await page.getByLabel('Password', { exact: true }).fill(owner.password);
    await page.getByLabel('Confirm password').fill('something else');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').filter({ hasText: 'The passwords don’t match.' }).waitFor();
    // Focus lands on the field to fix.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'confirmation',
    );
    await shot('setup-error');

    await page.getByLabel('Confirm password').fill(owner.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(at('/'));
    await heading()
      .filter({ hasText: `, ${firstName(owner.name)}` })
      .waitFor();
    expect(await heading().textContent()).toMatch(/^Good (morning|afternoon|evening), Asha$/);
    expect(await page.getByText(`in ${owner.timeZone}.`).count()).toBe(1);
    await shot('home');
  });

  it('does not show setup again once the owner exists', async () => {
    await page.goto(at('/setup'));
    await page.waitForURL(at('/'));
    await heading()
      .filter({ hasText: firstName(owner.name) })
      .waitFor();
  });

  it('signs out, refuses a wrong password, and signs back in where the user was going', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/signin');

    await page.goto(at('/settings'));
    await page.waitForURL(at('/signin?next=%2Fsettings'));
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-mail or password is wrong' }).waitFor();
    await shot('signin-error');

    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(at('/settings'));
    await heading().filter({ hasText: 'Settings' }).waitFor();
  });

  it('shows the chosen time zone in Settings, on a desktop and on a phone', async () => {
    const profile = page.getByRole('region', { name: 'Profile' });
    expect(await profile.getByLabel('Time zone').inputValue()).toBe(owner.timeZone);
    expect(await profile.getByLabel('Name').inputValue()).toBe(owner.name);
    // Default working hours: Monday to Friday, 09:00–17:00.
    expect(await page.getByLabel('Monday', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Monday from').inputValue()).toBe('09:00');
    expect(await page.getByLabel('Saturday', { exact: true }).isChecked()).toBe(false);
    await shot('settings-1280');

    await page.setViewportSize({ width: 375, height: 812 });
    // Nothing wider than the phone's screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await shot('settings-375');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('creates an API token, shows its secret once, and lists it in the user’s zone', async () => {
    const tokens = page.getByRole('region', { name: 'API tokens' });
    await tokens.getByLabel('New token name').fill('CLI on my laptop');
    await tokens.getByRole('button', { name: 'Create token' }).click();
    await tokens.getByRole('alert').filter({ hasText: 'won’t be shown again' }).waitFor();
    const secret = await tokens.getByLabel('Token “CLI on my laptop”').inputValue();
    expect(secret.length).toBeGreaterThan(16);

    const row = tokens.getByRole('row', { name: /CLI on my laptop/ });
    await row.waitFor();
    const created = await row.locator('time').first().getAttribute('datetime');
    const shown = await row.locator('time').first().textContent();
    const format = (iso: string, timeZone: string) =>
      page.evaluate(
        ([iso, timeZone]) =>
          new Intl.DateTimeFormat(undefined, {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone,
          }).format(new Date(iso!)),
        [iso, timeZone],
      );
    const inKolkata = await format(created!, owner.timeZone);
    expect(inKolkata).not.toBe(await format(created!, 'Europe/Berlin'));
    expect(shown).toBe(inKolkata);
    await shot('settings-token');

    await tokens.getByRole('button', { name: 'Done, I’ve copied it' }).click();
    await row.getByRole('button', { name: 'Revoke token CLI on my laptop' }).click();
    await row.getByRole('button', { name: 'Revoke', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    await tokens.getByText('No tokens yet.').waitFor();
  });

  it('threw no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
