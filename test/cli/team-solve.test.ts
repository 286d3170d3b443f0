// `rapport team solve`: the diagnostic exact matching verb, run as a user would.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

describe('rapport team solve', () => {
  let dir: string;
  const env: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rapport-team-solve-'));
    env.RAPPORT_DATA = join(dir, 'data');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const solve = (name: string, text: string, ...flags: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return runCli(['team', 'solve', file, ...flags], env);
  };

  it('prints the exact maximum-weight matching with decimal weights', async () => {
    // A path with a heavy middle edge (one 7.25 beats two 1s: not maximum cardinality) and a
    // triangle hanging off it.
    const graph = {
      n: 7,
      edges: [
        [0, 1, 1],
        [1, 2, 7.25],
        [2, 3, 1],
        [4, 5, 0.1],
        [5, 6, 0.3],
        [4, 6, 0.2],
        [3, 4, 0.05],
      ],
    };
    const result = await solve('graph.json', JSON.stringify(graph), '--json');
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output).sort()).toEqual(['ms', 'pairs', 'weight']);
    expect(output.weight).toBe(7.6);
    expect(output.pairs).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(typeof output.ms).toBe('number');
  });

  it('prints one JSON line without --json, and accepts an empty graph', async () => {
    const result = await solve('empty.json', '{"n":3,"edges":[]}');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ weight: 0, pairs: [] });
  });

  it.each([
    ['not JSON', '{"n": 2, "edges": [', /is not valid JSON/],
    [
      'an edge outside n',
      '{"n": 2, "edges": [[0, 2, 1]]}',
      /edge 0: j=2 is not a vertex \(0\.\.1\)/,
    ],
    ['a self-loop', '{"n": 2, "edges": [[0, 1, 1], [1, 1, 1]]}', /edge 1: i and j are both 1/],
    [
      'an infinite weight',
      '{"n": 2, "edges": [[0, 1, 1e999]]}',
      /edge 0: weight .* is not a finite number/,
    ],
    [
      'a missing weight',
      '{"n": 2, "edges": [[0, 1, null]]}',
      /edge 0: weight null is not a finite number/,
    ],
    ['no edges list', '{"n": 2}', /"edges" must be an array/],
  ])('exits 1 with one line on stderr for %s', async (_what, text, message) => {
    const result = await solve('bad.json', text);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rapport: /);
    expect(lines[0]).toMatch(message);
  });

  it('exits 1 when the file cannot be read', async () => {
    const result = await runCli(['team', 'solve', join(dir, 'missing.json')], env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^rapport: cannot read .*missing\.json: ENOENT$/);
  });
});
