// The web app is served for its pages only: a health probe, a metrics scraper or a scanner gets a
// 404, never a 200 with index.html that would make it believe something is there.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext } from '../../src/app/context';
import { createHttpApp } from '../../src/http/app';
import { PAGE_SEGMENTS } from '../../src/http/static/page-routes';
import { createTestDatabase, type TestDatabase } from '../support/databases';

describe('the web app’s routes', () => {
  let db: TestDatabase;
  let webRoot: string;
  let get: (path: string) => Promise<{ status: number; type: string; text: string }>;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    webRoot = mkdtempSync(join(tmpdir(), 'rapport-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Rapport</title>');
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), 'console.log(1)');
    const ctx = createAppContext(
      db.store,
      { now: () => new Date() },
      {
        secret: 's',
        openSignup: false,
        publicUrl: null,
      },
    );
    const app = createHttpApp(ctx, { trustProxy: false, webRoot });
    get = async (path) => {
      const response = await app.request(`http://127.0.0.1:7707${path}`);
      return {
        status: response.status,
        type: response.headers.get('content-type') ?? '',
        text: await response.text(),
      };
    };
  });
  afterAll(async () => {
    rmSync(webRoot, { recursive: true, force: true });
    await db.dispose();
  });

  it('serves the app for its pages, and its files', async () => {
    for (const path of ['/', '/people', '/people/abc123', '/team/x/directory', '/signin?next=/']) {
      const page = await get(path);
      expect([path, page.status]).toEqual([path, 200]);
      expect(page.text).toContain('<title>Rapport</title>');
    }
    const asset = await get('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.type).toContain('text/javascript');
  });

  it('answers 404 to probes and unknown files', async () => {
    for (const path of ['/healthz', '/metrics', '/favicon.ico', '/wp-login.php', '/.env']) {
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    }
    expect((await get('/assets/gone.js')).status).toBe(404);
    // The API's own health check is the one to probe.
    expect(await get('/api/health')).toMatchObject({ status: 200 });
  });

  it('gives a malformed address the app (its not-found page) with a 404, not a JSON error', async () => {
    for (const path of ['/people/%E0', '/%E0%A4', '/settings/%ZZ']) {
      const page = await get(path);
      expect([path, page.status, page.type]).toEqual([path, 404, 'text/html; charset=UTF-8']);
      expect(page.text).toContain('<title>Rapport</title>');
    }
    expect((await get('/assets/%E0.js')).status).toBe(404);
  });

  it('knows every page of the web app (web/src/routes.tsx)', () => {
    const source = readFileSync(join(__dirname, '../../web/src/routes.tsx'), 'utf8');
    const paths = [...source.matchAll(/path: '(\/[^']*)'/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths)
      expect([path, PAGE_SEGMENTS.has(path.split('/')[1]!)]).toEqual([path, true]);
  });
});
