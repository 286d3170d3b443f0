// Signing in through the company's identity provider in a real Chromium: "Sign in with …" on the
// sign-in page, the provider's own login and consent pages (a real oidc-provider on loopback),
// the time zone asked once, then Today. An address from another domain gets a clear page.
import { createServer } from 'node:net';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CALLBACK_PATH } from '../../src/config';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { startTestServer } from '../support/server';
import { hasChromium, launchChromium } from './page-tools';

/** axe's serious and critical findings, in both colour schemes. */
async function seriousViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
    );
    for (const violation of results.violations) {
      if (violation.impact === 'serious' || violation.impact === 'critical') {
        found.push(
          `${colorScheme}: ${violation.id} ${violation.nodes.map((n) => n.target).join(', ')}`,
        );
      }
    }
  }
  return found;
}

/** A port nobody listens on now: the provider must know Rapport's address before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe.skipIf(!hasChromium && process.env.CI !== 'true')('sign-in with SSO', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let idp: TestOidcProvider;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    idp = await startOidcProvider([`${publicUrl}${OIDC_CALLBACK_PATH}`]);
    server = await startTestServer({
      PORT: String(port),
      RAPPORT_PUBLIC_URL: publicUrl,
      RAPPORT_OIDC_ISSUER: idp.issuer,
      RAPPORT_OIDC_CLIENT_ID: idp.clientId,
      RAPPORT_OIDC_CLIENT_SECRET: idp.clientSecret,
      RAPPORT_OIDC_ALLOWED_DOMAINS: 'example.com',
      RAPPORT_OIDC_NAME: 'Example SSO',
    });
    const setup = await fetch(new URL('/api/setup', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Olu Owner',
        email: 'olu@example.com',
        password: 'correct horse battery',
        timeZone: 'Africa/Lagos',
      }),
    });
    expect(setup.status).toBe(201);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await idp?.close();
  });

  /** From Rapport's sign-in page through the provider's login and consent pages. */
  async function throughProvider(login: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ timezoneId: 'America/Toronto' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('/signin', server.url).href);
    await page.getByRole('link', { name: 'Sign in with Example SSO' }).click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    return { page, errors };
  }

  it('signs a new person in, asks their zone once, and lands on Today', {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = await throughProvider('ada');
    await page.getByRole('heading', { name: 'Your time zone' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin/zone');
    // The browser's zone, pre-filled.
    await expect(page.getByLabel('Time zone').inputValue()).resolves.toBe('America/Toronto');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Ada' }).waitFor();
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session.user).toMatchObject({ email: 'ada@example.com', timeZone: 'America/Toronto' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses an address from another domain with a clear page', { timeout: 60_000 }, async () => {
    const { page, errors } = await throughProvider('eve');
    await page.getByRole('heading', { name: 'Not an address for this Rapport' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain(
      'Accounts here are for @example.com addresses; eve@elsewhere.org is not one.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await page.getByRole('link', { name: 'Sign in with Example SSO' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
