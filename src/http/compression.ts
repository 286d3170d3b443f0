// Bodies sent compressed to a client that accepts it: every browser, and Node's fetch, say so in
// Accept-Encoding. Only bodies made once and sent many times are compressed here, and each
// coding of one is made once, beside it: the web app's files (a phone on mobile data loads
// Today's 309 kB of JS as 95 kB), Today's kept answer (32 kB for 50 people, 4 kB as br) and the
// kept people list. Why not hono/compress: it compresses every answer again on every request,
// through a stream; a kept answer is the same bytes for everyone who asks until it changes, and
// compressing Today's takes longer (60 µs) than a whole request that sends it kept (45 µs).

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import Negotiator from 'negotiator';
import type { HttpEnv } from './env';
import { setResponseHeader } from './middleware/transport';

type Coding = 'br' | 'gzip';
const CODINGS = ['br', 'gzip', 'identity'];

/** Below this, a body goes as it is: the saving would not pay for the header and the work. */
const SMALLEST_COMPRESSED = 1024;

/**
 * How hard to try: `fast` for answers made again after a write (Today: 60 µs for 32 kB),
 * `small` for the web app's files, compressed once per process (7 ms for the largest).
 */
export type Effort = 'fast' | 'small';
const BROTLI_QUALITY: Record<Effort, number> = { fast: 1, small: 5 };
const GZIP_LEVEL: Record<Effort, number> = { fast: 1, small: 6 };

/**
 * The choice for each Accept-Encoding seen: clients send a handful of values, and parsing one
 * (0.8 µs) was 2% of a kept GET /api/today. Past this many, it starts over (no growth).
 */
const chosen = new Map<string, Coding | null>();
const MAX_CHOSEN = 100;

/** The coding to send to a client with this Accept-Encoding (br before gzip), or none. */
function codingFor(acceptEncoding: string | undefined): Coding | undefined {
  if (!acceptEncoding) return undefined;
  let coding = chosen.get(acceptEncoding);
  if (coding === undefined) {
    const best = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encoding(
      CODINGS,
      { preferred: CODINGS },
    );
    coding = best === 'br' || best === 'gzip' ? best : null;
    if (chosen.size >= MAX_CHOSEN) chosen.clear();
    chosen.set(acceptEncoding, coding);
  }
  return coding ?? undefined;
}

const copies = new WeakMap<Uint8Array, Partial<Record<Coding, Uint8Array<ArrayBuffer>>>>();

/** `body` in `coding`, compressed on the first call only: `body` must never change. */
function compressedOnce(body: Uint8Array, coding: Coding, effort: Effort) {
  let kept = copies.get(body);
  if (!kept) {
    kept = {};
    copies.set(body, kept);
  }
  let out = kept[coding];
  if (!out) {
    const compressed =
      coding === 'br'
        ? brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort],
              [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
            },
          })
        : gzipSync(body, { level: GZIP_LEVEL[effort] });
    // A copy of its own size: zlib's result is a view of a 16 kB chunk, kept as long as this is.
    out = new Uint8Array(compressed);
    kept[coding] = out;
  }
  return out;
}

/**
 * What to send of a body that is never changed once made: compressed in the coding the client
 * prefers (with Content-Encoding), or as it is. Either way `Vary: Accept-Encoding` tells caches
 * the answer depends on it. Headers go with the request's frame (transport.setResponseHeader),
 * so the answer keeps its single Content-Type header and the Node adapter's quick path.
 */
export function bodyToSend(
  c: Context<HttpEnv>,
  body: Uint8Array<ArrayBuffer>,
  effort: Effort,
): Uint8Array<ArrayBuffer> {
  if (body.byteLength < SMALLEST_COMPRESSED) return body;
  const coding = codingFor(c.req.header('accept-encoding'));
  // Compressed before the headers say so: should it fail, the error's answer is not marked br.
  const sent = coding ? compressedOnce(body, coding, effort) : body;
  setResponseHeader(c, 'Vary', 'Accept-Encoding');
  if (coding) setResponseHeader(c, 'Content-Encoding', coding);
  return sent;
}
