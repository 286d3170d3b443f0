// The JSON text of an answer a use-case keeps and hands out again while nothing is written
// (Today: app/today/today.ts keeps its answer per user and minute). Such an answer is shared
// and never changed once made, so its text is made once too and kept beside it, as UTF-8
// bytes: serialising Today's answer again was a quarter of a kept GET /api/today's CPU time,
// and measuring and encoding the string for the socket another sixth.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

const bytes = new WeakMap<object, Uint8Array<ArrayBuffer>>();

/** `c.json(answer, 200)`, for an answer that is never changed after it is made. */
export function keptJson<T extends object>(c: Context, answer: T) {
  let json = bytes.get(answer);
  if (json === undefined) {
    json = new TextEncoder().encode(JSON.stringify(answer));
    bytes.set(answer, json);
  }
  // Typed as c.json's answer: the body is that JSON, only not serialised again.
  const response: Response = c.body(json, 200, { 'Content-Type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
