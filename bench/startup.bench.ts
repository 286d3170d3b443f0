// Cold start: from spawning `rapport serve` to the first 200 from /api/health, on a fresh data
// folder each run (so migrations are included) and on an existing one (a normal restart).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, writeResult } from './report';

const RUNS = 9;

async function coldStart(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/rapport.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RAPPORT_DATA: dataDir,
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  try {
    const deadline = started + 20_000;
    while (performance.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error('server did not answer within 20 s');
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

const fresh: number[] = [];
const restart: number[] = [];
const kept = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  fresh.push(await coldStart(dir, 17_800 + i));
  rmSync(dir, { recursive: true, force: true });
  restart.push(await coldStart(kept, 17_900 + i));
}
rmSync(kept, { recursive: true, force: true });

const summary = (ms: number[]) => ({
  median_ms: Math.round(percentile(ms, 50)),
  p95_ms: Math.round(percentile(ms, 95)),
  runs: ms.map(Math.round),
});
writeResult('startup', {
  description: 'spawn `rapport serve` -> first 200 from /api/health (SQLite)',
  fresh_data_folder: summary(fresh),
  existing_data_folder: summary(restart),
});
