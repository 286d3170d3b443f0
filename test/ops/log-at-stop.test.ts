// Request lines are handed to stdout a batch at a time (integrations/observability/
// coalesced-lines), so the risk is the tail: lines still pending when the server stops, worst
// behind a log reader that has stalled (the pipe full, as behind a slow log shipper). A real
// built server on loopback takes a burst of requests while its stdout is not read, is told to
// stop, and then read again: every request it answered must have its line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coalescedLines } from '../../src/integrations/observability/coalesced-lines';
import { startTestServer, type TestServer } from '../support/server';

// About 200 KB of lines: more than a pipe holds (64 KB on Linux).
const REQUESTS = 1_000;

describe('the request log when the server stops', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, 30_000);
  afterAll(async () => {
    await server?.close();
  });

  it('has a line for every answered request, the reader stalled until after the stop', async () => {
    server.child.stdout!.pause();
    const answered: string[] = [];
    const burst = (async () => {
      // Ten at a time, like a busy client, so lines pile up behind one another.
      for (let sent = 0; sent < REQUESTS; sent += 10) {
        const batch = await Promise.allSettled(
          Array.from({ length: 10 }, () => fetch(`${server.url}/api/health`)),
        );
        for (const result of batch) {
          if (result.status === 'fulfilled' && result.value.status === 200) {
            answered.push(result.value.headers.get('x-request-id')!);
          }
        }
        if (batch.some((result) => result.status === 'rejected')) return;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // 'close', not 'exit': it comes once the child's stdout has been read to its end.
    const closed = new Promise((resolve) => server.child.once('close', resolve));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.stdout!.resume();
    await Promise.all([closed, burst]);

    const logged = new Set(
      server
        .stdout()
        .split('\n')
        .filter((line) => line.includes('"msg":"request"'))
        .map((line) => JSON.parse(line).requestId as string),
    );
    expect(answered.length).toBeGreaterThan(100);
    expect(answered.filter((id) => !logged.has(id))).toEqual([]);
  }, 60_000);
});

describe('coalesced log lines', () => {
  it('writes the lines of a few milliseconds together, and what is pending at exit', () => {
    const writes: string[] = [];
    let atExit = () => {};
    let scheduled: (() => void)[] = [];
    const lines = coalescedLines(
      { write: (text) => writes.push(text) },
      (flush) => {
        atExit = flush;
      },
      (run) => scheduled.push(run),
    );
    lines.write('a\n');
    lines.write('b\n');
    expect(writes).toEqual([]);
    for (const run of scheduled) run();
    scheduled = [];
    expect(writes).toEqual(['a\nb\n']);

    lines.write('c\n');
    expect(scheduled).toHaveLength(1);
    atExit();
    expect(writes).toEqual(['a\nb\n', 'c\n']);
    // The timer's own flush, coming after, finds nothing left to write.
    for (const run of scheduled) run();
    expect(writes).toHaveLength(2);
  });
});
