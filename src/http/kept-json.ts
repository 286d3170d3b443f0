// The JSON text of an answer a use-case keeps and hands out again while nothing is written
// (Today: app/today/today.ts keeps its answer per user and minute). Such an answer is shared
// and never changed once made, so its text is made once too and kept beside it: serialising
// Today's answer again was a quarter of a kept GET /api/today's CPU time.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

const texts = new WeakMap<object, string>();

/** `c.json(answer, 200)`, for an answer that is never changed after it is made. */
export function keptJson<T extends object>(c: Context, answer: T) {
  let text = texts.get(answer);
  if (text === undefined) {
    text = JSON.stringify(answer);
    texts.set(answer, text);
  }
  // Typed as c.json's answer: the body is that JSON, only not serialised again.
  const response: Response = c.body(text, 200, { 'Content-Type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
