// NUL bytes stop at the door. PostgreSQL cannot store U+0000 in text (it answers an error that
// would be a 500), and no name, note or id ever needs one, so every request is checked once,
// here, on both databases: the decoded path, the query string, and every string (and key) of a
// JSON body, which covers imported files and restore documents too. The answer is a 400 that
// names where the byte was, like any other invalid field.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { HttpEnv } from '../env';
import { errorBody } from '../errors';

const NUL = '\u0000';
const MESSAGE = 'must not contain a NUL character (U+0000)';

export const rejectNulBytes = createMiddleware<HttpEnv>(async (c, next) => {
  // A NUL can only reach the path or query percent-encoded (the HTTP parser refuses a raw one),
  // so most requests, without a '%' or a JSON body, need no parsing at all.
  if (!c.req.url.includes('%') && !hasJsonBody(c)) return next();
  const url = new URL(c.req.url);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // A page's malformed address (/people/%E0) gets the web app and its not-found page
    // (static/web-app.ts), which reads nothing from the path; the API says what is wrong.
    if (!url.pathname.startsWith('/api/')) return next();
    return refuse(c, 'path', 'is not a valid URL path');
  }
  if (path.includes(NUL)) return refuse(c, 'path', MESSAGE);
  for (const [name, value] of url.searchParams) {
    if (name.includes(NUL) || value.includes(NUL))
      return refuse(c, name.replaceAll(NUL, ''), MESSAGE);
  }
  // Only under /api, where the body size is limited before it is read.
  if (url.pathname.startsWith('/api/') && hasJsonBody(c)) {
    const text = await c.req.text();
    // Later readers (a route's own body limit) read the raw stream: give them a fresh one.
    const raw = c.req.raw;
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body: text,
      signal: raw.signal,
    });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON at all: the route's own validation says so.
      return next();
    }
    const where = findNul(body, []);
    if (where) return refuse(c, where, MESSAGE);
  }
  return next();
});

function hasJsonBody(c: Context<HttpEnv>): boolean {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return false;
  const type = c.req.header('content-type') ?? '';
  return /^application\/([\w.+-]*\+)?json\b/i.test(type);
}

/** The dotted path of the first string or key holding a NUL, or null. */
function findNul(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') || 'body' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes(NUL)) return [...path, key.replaceAll(NUL, '')].join('.') || 'body';
      const found = findNul(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function refuse(c: Context<HttpEnv>, field: string, message: string) {
  return c.json(
    errorBody('invalid_input', `${field}: ${message}`, [{ path: field, message }]),
    400,
  );
}
