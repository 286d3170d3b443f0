// A new version deployed while the app is open: the new service worker waits, the app says "A
// new version of Rapport is ready — Reload", and Reload brings the page under the new worker.
// The deploy is real: the server stops, the built worker changes, a server starts on the same
// origin (a worker belongs to its origin, port included).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server';
import { hasChromium, launchChromium } from './page-tools';

const WORKER = 'dist/web/sw.js';

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

describe.skipIf(!hasChromium && process.env.CI !== 'true')('a new version of the app', () => {
  const original = readFileSync(WORKER, 'utf8');
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let page: Page;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    server = await startTestServer({ PORT: String(port) });
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    writeFileSync(WORKER, original);
    await browser?.close();
    await server?.close();
  });

  it('offers to reload into it, and does', async () => {
    const url = `http://127.0.0.1:${port}/`;
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const prompt = page.getByRole('status', { name: 'Update' });
    expect(await prompt.count()).toBe(0);

    await server.close();
    writeFileSync(WORKER, `${original}\n// the next version\n`);
    server = await startTestServer({ PORT: String(port) });

    // A navigation checks for a new worker (sw.js is served with no-cache).
    await page.reload();
    await prompt.getByText('A new version of Rapport is ready').waitFor();
    expect(
      await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).waiting)),
    ).toBe(true);

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting === null && navigator.serviceWorker.controller !== null;
    });
    expect(await prompt.count()).toBe(0);
  });
});
