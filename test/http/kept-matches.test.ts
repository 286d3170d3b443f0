// The kept router must answer exactly what Hono's router answers, whatever order paths come in,
// and after it has started over (more distinct paths than it keeps).
import fc from 'fast-check';
import { TrieRouter } from 'hono/router/trie-router';
import { describe, expect, it } from 'vitest';
import { KeptMatchRouter } from '../../src/http/kept-matches';

/** The shapes that keep Rapport on the TrieRouter: a fixed word beside a parameter. */
const ROUTES: [string, string][] = [
  ['ALL', '/api/*'],
  ['POST', '/api/*'],
  ['GET', '/api/people'],
  ['POST', '/api/people'],
  ['POST', '/api/people/bulk'],
  ['GET', '/api/people/:id'],
  ['PATCH', '/api/people/:id'],
  ['POST', '/api/people/:id/archive'],
  ['GET', '/api/people/:id/dates/:dateId'],
  ['ALL', '/api/workspaces/:id/*'],
  ['POST', '/api/workspaces/join'],
  ['GET', '*'],
];

function routers() {
  const plain = new TrieRouter<string>();
  const kept = new KeptMatchRouter<string>(new TrieRouter<string>());
  for (const [method, path] of ROUTES) {
    plain.add(method, path, `${method} ${path}`);
    kept.add(method, path, `${method} ${path}`);
  }
  return { plain, kept };
}

const method = fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE');
const segment = fc.constantFrom(
  'people',
  'bulk',
  'archive',
  'dates',
  'workspaces',
  'join',
  'p1',
  'p2',
  'd9',
  '%41',
);
const path = fc.array(segment, { maxLength: 5 }).map((parts) => `/api/${parts.join('/')}`);

describe('KeptMatchRouter', () => {
  it('answers what the router under it answers, for any sequence of requests', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(method, path), { minLength: 1, maxLength: 60 }), (requests) => {
        const { plain, kept } = routers();
        // Twice over: the second pass is answered from what the first kept.
        for (const [m, p] of [...requests, ...requests]) {
          expect(kept.match(m, p)).toEqual(plain.match(m, p));
        }
      }),
    );
  });

  it('keeps the parameters of each path apart', () => {
    const { kept } = routers();
    // TrieRouter's matches carry each handler's parameters beside it.
    const idOf = (p: string) => {
      const [handlers] = kept.match('GET', p) as [[string, Record<string, string>][]];
      return handlers.find(([h]) => h === 'GET /api/people/:id')?.[1].id;
    };
    expect(idOf('/api/people/ada')).toBe('ada');
    expect(idOf('/api/people/grace')).toBe('grace');
    expect(idOf('/api/people/ada')).toBe('ada');
  });

  it('still answers right once it has started over', () => {
    const { plain, kept } = routers();
    for (let i = 0; i < 5_000; i++) {
      const p = `/api/people/p${i}/archive`;
      expect(kept.match('POST', p)).toEqual(plain.match('POST', p));
    }
    expect(kept.match('POST', '/api/people/bulk')).toEqual(plain.match('POST', '/api/people/bulk'));
  });
});
