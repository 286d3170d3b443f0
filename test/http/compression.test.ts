// Answers made once and sent many times go compressed to a client that accepts it (every
// browser): Today, the people list and the web app's files, over a real Node server as `rapport
// serve` runs it. Read as raw bytes (node:http, which does not decode), so what is checked is
// what crosses the wire: the coding asked for, a body that decodes to the very answer a client
// without compression gets, `Vary: Accept-Encoding`, and nothing compressed that should not be.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { type Listening, listening } from '../support/listening';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function decoded(raw: Raw): string {
  const coding = raw.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(raw.body).toString('utf8');
  if (coding === 'gzip') return gunzipSync(raw.body).toString('utf8');
  expect(coding).toBeUndefined();
  return raw.body.toString('utf8');
}

describe.each(dialects())('compressed answers on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let server: Listening;
  let webRoot: string;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    webRoot = mkdtempSync(join(tmpdir(), 'rapport-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Rapport</title>');
    const script = Array.from({ length: 400 }, (_, i) => `export const line${i} = ${i};`);
    writeFileSync(join(webRoot, 'assets', 'app-1234.js'), script.join('\n'));
    writeFileSync(join(webRoot, 'assets', 'tiny-1234.js'), 'console.log(1)');
    writeFileSync(join(webRoot, 'assets', 'photo-1234.png'), Buffer.alloc(4096, 7));
    server = await listening(
      createHttpApp(api.ctx, { trustProxy: false, requestLog: false, webRoot }),
    );
  });
  afterEach(async () => {
    await server.close();
    await db.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
    return new Promise((resolve, reject) => {
      request(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  }

  it('sends Today and the people list in the coding the client prefers', async () => {
    const token = await api.tokenFor(owner, 'phone');
    // Promises overdue are on Today whatever the hour: a dozen make it well over 1 kB.
    const due = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 12; i++) {
      const made = await api.call('POST', '/api/people', {
        session: owner,
        body: { name: `Colleague number ${i}`, notes: 'Met at the offsite; likes the long walks' },
      });
      await api.call('POST', '/api/promises', {
        session: owner,
        body: { personId: made.body.person.id, text: `Send the offsite photos, part ${i}`, due },
      });
    }
    const auth = { authorization: `Bearer ${token}` };
    for (const path of ['/api/today', '/api/people']) {
      const plain = await get(path, auth);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(plain.body.length).toBeGreaterThan(1024);
      const answer = JSON.parse(plain.body.toString('utf8'));

      const browser = await get(path, { ...auth, 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(browser.headers['content-encoding']).toBe('br');
      expect(browser.headers.vary).toBe('Accept-Encoding');
      expect(Number(browser.headers['content-length'])).toBe(browser.body.length);
      expect(browser.body.length).toBeLessThan(plain.body.length / 2);
      expect(JSON.parse(decoded(browser))).toEqual(answer);
      // The API's own headers are still there, once each.
      expect(browser.headers['cache-control']).toBe('no-store');

      const gzipOnly = await get(path, { ...auth, 'accept-encoding': 'gzip' });
      expect(gzipOnly.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(decoded(gzipOnly))).toEqual(answer);

      const refused = await get(path, { ...auth, 'accept-encoding': 'br;q=0, gzip;q=0' });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.body.equals(plain.body)).toBe(true);
    }
  });

  it('sends what a write changed, compressed, on the next read', async () => {
    const token = await api.tokenFor(owner, 'phone');
    const auth = { authorization: `Bearer ${token}`, 'accept-encoding': 'br' };
    for (let i = 0; i < 12; i++) {
      await api.call('POST', '/api/people', { session: owner, body: { name: `Person ${i}` } });
    }
    const before = JSON.parse(decoded(await get('/api/people', auth)));
    await api.call('POST', '/api/people', { session: owner, body: { name: 'Newcomer Nia' } });
    const after = JSON.parse(decoded(await get('/api/people', auth)));
    expect(after.people).toHaveLength(before.people.length + 1);
    expect(after.people.map((p: { name: string }) => p.name)).toContain('Newcomer Nia');
  });

  it('sends the web app’s text files compressed, and small files and images as they are', async () => {
    const script = await get('/assets/app-1234.js', { 'accept-encoding': 'gzip, br' });
    expect(script.headers['content-encoding']).toBe('br');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(decoded(script)).toContain('export const line399 = 399;');
    const again = await get('/assets/app-1234.js', { 'accept-encoding': 'gzip' });
    expect(decoded(again)).toBe(decoded(script));

    const tiny = await get('/assets/tiny-1234.js', { 'accept-encoding': 'br' });
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('console.log(1)');
    const photo = await get('/assets/photo-1234.png', { 'accept-encoding': 'br' });
    expect(photo.headers['content-encoding']).toBeUndefined();
    expect(photo.body.length).toBe(4096);
  });
});
