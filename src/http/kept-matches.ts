// Hono's router, with the match for each method and path kept once found. Our 400-odd routes
// keep Hono on its TrieRouter (the RegExpRouter refuses a fixed word beside a parameter at one
// place for one method, such as POST /api/people/bulk beside /api/people/:id/archive), which
// walks the tree on every request: about a microsecond and a half, where a Map lookup of a path
// seen before costs a tenth of that. Routes are all added before the first request, and a match
// depends on nothing but the method and the path, so a kept match is the same answer.
import type { Result, Router } from 'hono/router';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import { SmartRouter } from 'hono/router/smart-router';
import { TrieRouter } from 'hono/router/trie-router';

/** Paths with ids in them are many: past this, the kept matches start over (no growth). */
const MAX_KEPT = 2_000;

export class KeptMatchRouter<T> implements Router<T> {
  readonly #matches = new Map<string, Result<T>>();
  readonly #inner: Router<T>;

  /** By default Hono's own choice (SmartRouter: RegExpRouter when it can, else TrieRouter). */
  constructor(inner?: Router<T>) {
    this.#inner = inner ?? new SmartRouter({ routers: [new RegExpRouter(), new TrieRouter()] });
  }

  get name() {
    return `KeptMatchRouter over ${this.#inner.name}`;
  }

  add(method: string, path: string, handler: T) {
    this.#matches.clear();
    this.#inner.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    const key = `${method} ${path}`;
    let found = this.#matches.get(key);
    if (!found) {
      found = this.#inner.match(method, path);
      if (this.#matches.size >= MAX_KEPT) this.#matches.clear();
      this.#matches.set(key, found);
    }
    return found;
  }
}
