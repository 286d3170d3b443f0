// The web app's first load of Today, in real Chromium against a real `rapport serve` on a temp
// SQLite folder with a lived-in account (test/support/realistic-account.ts):
// - the JS and CSS it fetches: each file gzipped at zlib's default level (the measure),
//   and the bytes that crossed the wire (the server sends them as br: http/compression);
// - time to interactive, the median of 10 cold loads (a fresh browser context each: no HTTP
//   cache, no service worker): from the start of navigation until Today's first card is on
//   screen and the header's Log button can be pressed;
// - PWA installability, as booleans: a manifest with name, 192 and 512 px icons, start_url and
//   display; a service worker controlling the page; the start URL served with the network off.
// Builds first when dist/ is missing or older than web/src. Writes bench/results/web.json.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { seedRealisticAccount } from '../test/support/realistic-account';
import { startTestServer } from '../test/support/server';
import { percentile, writeResult } from './report';

const RUNS = 10;
const CHROMIUM = '/usr/bin/chromium';

/** Newest modification time under a folder. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function buildIfNeeded() {
  const index = 'dist/web/index.html';
  const stale =
    !existsSync(index) ||
    !existsSync('dist/cli.js') ||
    statSync(index).mtimeMs < Math.max(newest('web/src'), statSync('web/index.html').mtimeMs);
  if (stale) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

interface Load {
  interactiveMs: number;
  /** `sent`: the body's bytes as they crossed the wire (compressed), from Chromium. */
  files: { url: string; type: 'js' | 'css'; bytes: number; gzip: number; sent: number }[];
}

/** One cold load of Today: what it fetched, and when it became usable. */
async function coldLoad(browser: Browser, url: string, cookie: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'rapport_session', value: cookie, url, httpOnly: true }]);
  // Watches from the first byte of the document: the moment both conditions hold.
  await context.addInitScript(() => {
    const ready = () => {
      const card = document.querySelector('[aria-label="Agenda"] article');
      const log = [...document.querySelectorAll('header button')].find(
        (button) => button.textContent?.trim() === 'Log',
      ) as HTMLButtonElement | undefined;
      return Boolean(card && log && !log.disabled);
    };
    const observer = new MutationObserver(() => {
      if (ready()) {
        (window as unknown as { interactiveAt: number }).interactiveAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
  const page = await context.newPage();
  const responses: Promise<Load['files'][number] | null>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const type: 'js' | 'css' | null = path.endsWith('.js')
      ? 'js'
      : path.endsWith('.css')
        ? 'css'
        : null;
    if (!type) return;
    responses.push(
      Promise.all([response.body(), response.request().sizes()])
        .then(([body, sizes]) => ({
          url: path,
          type,
          bytes: body.length,
          gzip: gzipSync(body).length,
          sent: sizes.responseBodySize,
        }))
        .catch(() => null),
    );
  });
  await page.goto(url);
  const interactiveMs = Number(
    await (
      await page.waitForFunction(
        () => (window as unknown as { interactiveAt?: number }).interactiveAt,
        undefined,
        { timeout: 15_000 },
      )
    ).jsonValue(),
  );
  // Whatever else the first load pulls in (lazy chunks, a service worker's precache) counts.
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(responses)).filter((file) => file !== null);
  await context.close();
  return { interactiveMs, files };
}

/** Lighthouse-style installability checks; false until the app has a manifest and worker. */
async function installability(browser: Browser, url: string, cookie: string) {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'rapport_session', value: cookie, url, httpOnly: true }]);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  const href = await page
    .locator('link[rel="manifest"]')
    .getAttribute('href', { timeout: 1000 })
    .catch(() => null);
  let manifest: Record<string, unknown> | null = null;
  if (href) {
    const response = await page.request.get(new URL(href, url).href);
    manifest = response.ok() ? await response.json().catch(() => null) : null;
  }
  const icons = (manifest?.icons as { sizes?: string }[] | undefined) ?? [];
  const hasIcon = (size: string) => icons.some((icon) => icon.sizes?.split(' ').includes(size));
  const startUrl = typeof manifest?.start_url === 'string' ? manifest.start_url : null;
  const checks = {
    manifest_fetched: manifest !== null,
    manifest_name: typeof manifest?.name === 'string' || typeof manifest?.short_name === 'string',
    manifest_icons_192_and_512: hasIcon('192x192') && hasIcon('512x512'),
    manifest_start_url: startUrl !== null,
    manifest_display: ['standalone', 'fullscreen', 'minimal-ui'].includes(
      String(manifest?.display),
    ),
    service_worker_controls_page: false,
    start_url_offline: false,
  };
  const registered = await page.evaluate(async () => {
    if (!navigator.serviceWorker) return false;
    const wait = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000));
    return Promise.race([navigator.serviceWorker.ready.then(() => true), wait]);
  });
  if (registered) {
    await page.reload();
    await page.waitForLoadState('networkidle');
    checks.service_worker_controls_page = await page.evaluate(
      () => navigator.serviceWorker.controller !== null,
    );
    await context.setOffline(true);
    const response = await page.goto(new URL(startUrl ?? '/', url).href).catch(() => null);
    checks.start_url_offline =
      response?.ok() === true &&
      (await page.locator('#root').count()) === 1 &&
      (await page
        .locator('#root > *')
        .first()
        .waitFor({ timeout: 5000 })
        .then(
          () => true,
          () => false,
        ));
  }
  await context.close();
  return checks;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

buildIfNeeded();
const server = await startTestServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync'],
});
try {
  const account = await seedRealisticAccount(server.url);
  const loadBefore = loadavg();
  // One load first, not counted: the server's file cache and the OS's page cache warm up.
  await coldLoad(browser, server.url, account.cookie);
  const loads: Load[] = [];
  for (let i = 0; i < RUNS; i++) loads.push(await coldLoad(browser, server.url, account.cookie));
  const first = loads[0]!;
  const sum = (type: 'js' | 'css', key: 'bytes' | 'gzip' | 'sent') =>
    first.files.filter((file) => file.type === type).reduce((total, file) => total + file[key], 0);
  const times = loads.map((load) => load.interactiveMs);
  const pwa = await installability(browser, server.url, account.cookie);
  writeResult('web', {
    today_first_load: {
      js_gzip_kb: kb(sum('js', 'gzip')),
      js_raw_kb: kb(sum('js', 'bytes')),
      js_sent_kb: kb(sum('js', 'sent')),
      css_gzip_kb: kb(sum('css', 'gzip')),
      target_js_gzip_kb: 100,
      files: first.files.map((file) => ({
        ...file,
        gzip_kb: kb(file.gzip),
        sent_kb: kb(file.sent),
        bytes: undefined,
      })),
    },
    interactive_ms: {
      definition:
        'navigation start to the first Today card on screen with the header Log button enabled',
      median: Math.round(percentile(times, 50)),
      p90: Math.round(percentile(times, 90)),
      runs: times.map(Math.round),
      target: 500,
    },
    pwa_installable: pwa,
    load_average: { before: loadBefore.map((n) => Math.round(n * 100) / 100), after: loadavg() },
  });
} finally {
  await browser.close();
  await server.close();
}
