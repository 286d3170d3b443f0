// Serves the built web app: its files, and index.html for its pages (client routing). Other
// paths are 404: the app's not-found page for a person, a plain 404 for anything else.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';
import { bodyToSend } from '../compression';
import type { HttpApp, HttpEnv } from '../env';
import { errorBody } from '../errors';
import { isPagePath } from './page-routes';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text, which compresses to a third or less. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt']);

export function serveWebApp(app: HttpApp, webRoot: string) {
  const root = normalize(webRoot + sep);
  // Each file as its own bytes, never changed once read: its compressed copies are kept by it.
  const cache = new Map<string, Uint8Array<ArrayBuffer> | null>();

  async function load(relative: string): Promise<Uint8Array<ArrayBuffer> | null> {
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) return null;
    if (!cache.has(file)) {
      const read = await readFile(file).catch(() => null);
      cache.set(file, read && new Uint8Array(read));
    }
    return cache.get(file) ?? null;
  }

  app.get('*', async (c) => {
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      // A malformed address (/people/%E0, a link cut mid-character) is no page: the app shows
      // its own "not found", as for any unknown page, rather than a JSON error.
      if (extname(c.req.path)) return c.json(errorBody('not_found', 'No such file'), 404);
      return sendIndex(c, 404);
    }
    const asset = path !== '/' && extname(path) ? await load(path) : null;
    if (asset) {
      // Vite fingerprints everything under assets/, so those never change under one name.
      const immutable = path.startsWith('/assets/');
      c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      const type = extname(path);
      c.header('Content-Type', TYPES[type] ?? 'application/octet-stream');
      // Images and fonts are compressed already.
      return c.body(COMPRESSIBLE.has(type) ? bodyToSend(c, asset, 'small') : asset);
    }
    if (extname(path)) return c.json(errorBody('not_found', 'No such file'), 404);
    // An unknown page still gets the app (it shows its own "not found"), with a 404 status.
    return sendIndex(c, isPagePath(path) ? 200 : 404);
  });

  async function sendIndex(c: Context<HttpEnv>, status: 200 | 404) {
    const index = await load('index.html');
    if (!index) return c.text('The web app is not built; run `npm run build`.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(new TextDecoder().decode(index), status);
  }
}
