// A forgotten password in a real browser against a real `rapport serve` with real SMTP:
// "Forgot password?" on sign-in, the mailed link, a weak password refused, a strong one set,
// the API tokens that still work named, and the sessions list in Settings.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { hasChromium, launchChromium } from './page-tools';

const owner = {
  name: 'Asha Rao',
  email: 'asha@example.com',
  password: 'correct horse battery',
  timeZone: 'UTC',
};

describe.skipIf(!hasChromium && process.env.CI !== 'true')('password reset in the browser', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({
      RAPPORT_SMTP_URL: smtp.url,
      RAPPORT_MAIL_FROM: 'Rapport <rapport@example.com>',
    });
    const setup = await fetch(new URL('/api/setup', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(owner),
    });
    expect(setup.status).toBe(201);
    const cookie = /rapport_session=[^;]+/.exec(setup.headers.get('set-cookie') ?? '')![0];
    const { csrfToken } = (await setup.json()) as { csrfToken: string };
    const token = await fetch(new URL('/api/tokens', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'backup script' }),
    });
    expect(token.status).toBe(201);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;

  it('mails a link from sign-in and sets a new password with it', async () => {
    await page.goto(at('/signin'));
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.waitForURL(at('/forgot'));
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').filter({ hasText: 'is on its way' }).waitFor();

    for (let i = 0; i < 200 && smtp.messages.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const link = /http:\/\/\S+\/reset\/[\w-]+/.exec(smtp.messages[0]?.text ?? '')?.[0];
    expect(link).toBeDefined();

    await page.goto(link!);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByText(`For ${owner.email}.`).waitFor();
    await page.getByLabel('New password', { exact: true }).fill('password');
    await page.getByLabel('Confirm new password').fill('password');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('alert').filter({ hasText: 'too easy to guess' }).waitFor();

    const strong = 'lantern orchard quietly';
    await page.getByLabel('New password', { exact: true }).fill(strong);
    await page.getByLabel('Confirm new password').fill(strong);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { name: 'Password changed' }).waitFor();
    await page.getByText('backup script').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(at('/'));

    await page.goto(at('/settings#sessions'));
    const sessions = page.locator('#sessions');
    await sessions.getByText('(this browser)').waitFor();
    // The session the owner had before the reset is gone: only this browser is listed.
    expect(await sessions.locator('tbody tr').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
