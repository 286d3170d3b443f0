// The installable, offline app in a real Chromium against a real `rapport serve` (the built
// dist/): the manifest and its icons, the service worker taking the page, Today and People
// opening with the network off, a conversation logged offline that reaches the server exactly
// once (across a reload made while offline), and sign-out leaving no private data behind.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server';
import { callAsBrowser, hasChromium, launchChromium } from './page-tools';

const owner = {
  name: 'Ines Duarte',
  email: 'ines@example.com',
  password: 'correct horse battery',
  timeZone: 'Europe/Lisbon',
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.skipIf(!hasChromium && process.env.CI !== 'true')('the app installed and offline', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const at = (path: string) => new URL(path, server.url).href;
  const call = (method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    callAsBrowser(page, at(path), method, data);
  const banner = () => page.getByRole('status', { name: 'Connection' });
  const card = (name: string) =>
    page.getByRole('list', { name: 'Agenda' }).getByRole('article', { name });
  const interactionsOfAnn = async (annId: string) =>
    (await call('GET', `/api/interactions?personId=${annId}`)).interactions;

  it('serves a valid manifest, its icons at their sizes, and the worker uncached', async () => {
    const manifest = await page.request.get(at('/manifest.webmanifest'));
    expect(manifest.headers()['content-type']).toBe('application/manifest+json');
    const body = await manifest.json();
    expect(body).toMatchObject({
      name: 'Rapport',
      short_name: 'Rapport',
      start_url: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    const sizes = new Set<string>();
    for (const icon of body.icons) {
      const response = await page.request.get(at(icon.src));
      expect(response.headers()['content-type']).toBe('image/png');
      const [width, height] = pngSize(await response.body());
      expect(`${width}x${height}`).toBe(icon.sizes);
      sizes.add(`${icon.sizes} ${icon.purpose}`);
    }
    expect([...sizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

    const worker = await page.request.get(at('/sw.js'));
    expect(worker.headers()['content-type']).toMatch(/^text\/javascript/);
    expect(worker.headers()['cache-control']).toBe('no-cache');

    const html = await page.request.get(at('/'));
    const csp = html.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("manifest-src 'self'");
    const text = await html.text();
    expect(text).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(text).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/);
    const touch = /<link rel="apple-touch-icon" href="([^"]+)"/.exec(text)?.[1];
    expect(pngSize(await (await page.request.get(at(touch ?? '/missing'))).body())).toEqual([
      180, 180,
    ]);
    expect(text).not.toContain('href="data:,"');
  });

  let annId = '';
  let boId = '';

  it('registers the worker, which takes the page', async () => {
    const setup = await page.request.post(at('/api/setup'), { data: owner });
    expect(setup.status()).toBe(201);
    const ann = await call('POST', '/api/people', { name: 'Ann Lee', cadenceDays: 7 });
    annId = ann.person.id;
    await call('POST', '/api/interactions', {
      personIds: [annId],
      channel: 'call',
      at: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    });
    const bo = await call('POST', '/api/people', { name: 'Bo Chen', cadenceDays: 7 });
    boId = bo.person.id;
    await call('POST', '/api/interactions', {
      personIds: [boId],
      channel: 'chat',
      at: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    });
    await call('POST', '/api/replies', {
      personId: boId,
      text: 'Send the deck',
      since: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });
    await page.goto(at('/'));
    await card('Ann Lee').waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(at('/'));
    // People once online, so its copy is kept too.
    await page.goto(at('/people'));
    await page.getByRole('link', { name: 'Ann Lee' }).first().waitFor();
  });

  it('opens on Today and People with the network off, from this user’s own copy', async () => {
    await context.setOffline(true);
    await page.goto(at('/'));
    await card('Ann Lee').waitFor();
    await banner().getByText('You’re offline.').waitFor();
    expect(await page.getByText('Loading…').count()).toBe(0);
    await page.goto(at('/people'));
    await page.getByRole('link', { name: 'Ann Lee' }).first().waitFor();
    const names = await page.evaluate(() => caches.keys());
    expect(names.filter((name) => name.startsWith('rapport-private-'))).toHaveLength(1);
  });

  it('logs a conversation offline, keeps it across a reload, and sends it once when back', async () => {
    await page.goto(at('/'));
    await card('Ann Lee').waitFor();
    // The people to log with come from the offline copy of People.
    await page.getByRole('button', { name: 'Log', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'People' }).fill('ann');
    await dialog.getByRole('option', { name: /Ann Lee/ }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Remove Ann Lee' }).waitFor();
    await dialog.getByRole('button', { name: 'Log conversation' }).click();
    await page.locator('.notice-region').getByText('Saved on this device').waitFor();
    await banner().getByText('1 change will be sent when you’re back online.').waitFor();
    await banner()
      .getByText(/with Ann Lee/)
      .waitFor();

    // Snooze and done, offline too.
    await card('Ann Lee').focus();
    await page.keyboard.press('s');
    await page.getByText(/Snoozed Ann Lee until .* \(on this device/).waitFor();
    await card('Bo Chen').focus();
    await page.keyboard.press('d');
    await banner().getByText('3 changes will be sent when you’re back online.').waitFor();

    await page.reload();
    await banner().getByText('3 changes will be sent when you’re back online.').waitFor();

    await context.setOffline(false);
    await banner().waitFor({ state: 'detached' });
    expect(await interactionsOfAnn(annId)).toHaveLength(2);
    const people = (await call('GET', '/api/people')).people;
    expect(people.find((p: { id: string }) => p.id === annId).snoozedUntil).not.toBeNull();
    const replies = (await call('GET', `/api/items?personId=${boId}`)).items;
    expect(replies[0].doneAt).not.toBeNull();
    // Another start (which also sends what is pending) sends nothing twice.
    await page.reload();
    await card('Ann Lee').waitFor({ state: 'detached' });
    expect(await interactionsOfAnn(annId)).toHaveLength(2);
  });

  it('forgets this user’s offline copy and pending writes on sign-out, in every tab', async () => {
    const other = await context.newPage();
    await other.goto(at('/people'));
    await other.getByRole('link', { name: 'Ann Lee' }).first().waitFor();
    const before = await page.evaluate(() => caches.keys());
    expect(before.some((name) => name.startsWith('rapport-private-'))).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/signin/);
    // The other tab follows, without a reload.
    await other.waitForURL(/\/signin/);
    const left = await page.evaluate(async () => {
      const names = await caches.keys();
      const writes = await new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rapport-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('writes')) return resolve(0);
          const count = db.transaction('writes').objectStore('writes').count();
          count.onsuccess = () => resolve(count.result);
        };
      });
      return { names, writes, lastUser: localStorage.getItem('rapport-last-user') };
    });
    expect(left.names.filter((name) => name.startsWith('rapport-private-'))).toEqual([]);
    expect(left.writes).toBe(0);
    expect(left.lastUser).toBeNull();
    await other.close();
  });
});
