// Where sign-in sends you next is a path of this app, whatever the link said: `?next=/\evil…`
// (a backslash the browser reads as a slash) used to throw a SecurityError and leave the user
// stuck on the sign-in page; `//evil…` and full URLs never leave the app either.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstName } from '../../web/src/time';
import { startTestServer } from '../support/server';
import { hasChromium, launchChromium } from './page-tools';

const owner = {
  name: 'Asha Rao',
  email: 'asha@example.com',
  password: 'correct horse battery',
  timeZone: 'Asia/Kolkata',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('sign-in’s next page', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await fetch(new URL('/api/setup', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(owner),
    });
    expect(setup.status).toBe(201);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signInWith = async (next: string): Promise<{ page: Page; errors: string[] }> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL(`/signin?next=${encodeURIComponent(next)}`, server.url).href);
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    return { page, errors };
  };

  it('lands on Today for a next that would leave the app', { timeout: 120_000 }, async () => {
    for (const next of ['/\\evil.example', '//evil.example', 'https://evil.example/', '/\\/x']) {
      const { page, errors } = await signInWith(next);
      await page.waitForURL(
        (url) => url.pathname === '/' && url.origin === new URL(server.url).origin,
      );
      await page
        .getByRole('heading', { level: 1 })
        .filter({ hasText: firstName(owner.name) })
        .waitFor();
      expect([next, errors]).toEqual([next, []]);
      await page.context().close();
    }
  });

  it('still goes on to a page of the app', async () => {
    const { page, errors } = await signInWith('/settings?tab=x');
    await page.waitForURL((url) => url.pathname === '/settings');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
