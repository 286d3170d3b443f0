// The JSON text of an answer a use-case keeps and hands out again while nothing is written
// (Today: app/today/today.ts keeps its answer per user and minute). Such an answer is shared
// and never changed once made, so its text is made once too and kept beside it, as UTF-8
// bytes: serialising Today's answer again was a quarter of a kept GET /api/today's CPU time,
// and measuring and encoding the string for the socket another sixth. Its compressed copies
// are kept beside the bytes in turn (compression.ts).
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { bodyToSend } from './compression';
import type { HttpEnv } from './env';

const bytes = new WeakMap<object, Uint8Array<ArrayBuffer>>();

/** `c.json(answer, 200)`, for an answer that is never changed after it is made. */
export function keptJson<T extends object>(c: Context<HttpEnv>, answer: T) {
  let json = bytes.get(answer);
  if (json === undefined) {
    json = new TextEncoder().encode(JSON.stringify(answer));
    bytes.set(answer, json);
  }
  // Typed as c.json's answer: the body is that JSON, only not serialised again.
  const response: Response = c.body(bodyToSend(c, json, 'fast'), 200, {
    'Content-Type': 'application/json',
  });
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}

const itemBytes = new WeakMap<object, Buffer>();

/**
 * `c.json({ [key]: list }, 200)`, for a kept list (never changed once made) whose items are
 * kept too: a list patched after a write (the people list, app/people/people-list.ts) is a new
 * array holding the same objects for everyone who did not change, so only the changed items are
 * serialised again, and the answer is their UTF-8 bytes copied one after the other (JSON.stringify
 * of an array is its items' texts joined by commas: the same bytes as c.json's). For 300 people
 * (220 kB) that is about a third of serialising and encoding the whole list.
 */
export function keptJsonList<K extends string, T extends object>(
  c: Context<HttpEnv>,
  key: K,
  list: readonly T[],
) {
  let json = bytes.get(list);
  if (json === undefined) {
    const head = Buffer.from(`{${JSON.stringify(key)}:[`);
    const items = list.map((item) => {
      let text = itemBytes.get(item);
      if (text === undefined) {
        text = Buffer.from(JSON.stringify(item));
        itemBytes.set(item, text);
      }
      return text;
    });
    let length = head.length + Math.max(items.length - 1, 0) + 2;
    for (const item of items) length += item.length;
    // Its own memory (not a slice of Node's shared pool), like TextEncoder's.
    const out = Buffer.allocUnsafeSlow(length);
    let at = head.copy(out, 0);
    items.forEach((item, i) => {
      if (i > 0) out[at++] = COMMA;
      at += item.copy(out, at);
    });
    out.write(']}', at, 'latin1');
    json = new Uint8Array(out.buffer, 0, length);
    bytes.set(list, json);
  }
  const response: Response = c.body(bodyToSend(c, json, 'fast'), 200, {
    'Content-Type': 'application/json',
  });
  return response as Response & TypedResponse<JSONParsed<{ [P in K]: T[] }>, 200, 'json'>;
}

const COMMA = 0x2c;
