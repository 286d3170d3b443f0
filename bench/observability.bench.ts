// What the request log and the metrics cost per request: the same in-process GET of an
// authenticated API route (token lookup, a query, JSON) with neither, and with a pino logger
// writing JSON lines (to /dev/null) plus prom-client counting, as `rapport serve` runs it.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext } from '../src/app/context';
import { createToken } from '../src/app/tokens/api-tokens';
import { createHttpApp } from '../src/http/app';
import { createLogger } from '../src/integrations/observability/logger';
import { prometheusMetrics } from '../src/integrations/observability/metrics';
import { openSqlite } from '../src/store/database';
import { migrate } from '../src/store/migrator';
import { percentile, writeResult } from './report';

const RUNS = 4_000;
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-obs-'));
const store = await openSqlite(join(dir, 'rapport.sqlite'));
await migrate(store);
const ctx = createAppContext(
  store,
  { now: () => new Date() },
  {
    secret: 'bench-secret-that-is-at-least-32-bytes',
    openSignup: false,
    publicUrl: null,
  },
);
const now = new Date().toISOString();
const user = await ctx.repos.users.create({
  email: 'bench@example.com',
  name: 'Bench',
  timeZone: 'UTC',
  workingHours: {},
  role: 'owner',
  passwordHash: 'x',
  now,
});
const { secret } = await createToken(ctx, user.id, { name: 'bench' });

async function measure(app: ReturnType<typeof createHttpApp>) {
  const headers = { authorization: `Bearer ${secret}` };
  for (let i = 0; i < 300; i++) await app.request('/api/me', { headers });
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const response = await app.request('/api/me', { headers });
    await response.arrayBuffer();
    samples.push(performance.now() - t);
  }
  const us = (ms: number) => Math.round(ms * 1000);
  return { p50_us: us(percentile(samples, 50)), p95_us: us(percentile(samples, 95)) };
}

const bare = await measure(createHttpApp(ctx, { trustProxy: false }));
ctx.log = createLogger('info', createWriteStream('/dev/null'));
ctx.metrics = prometheusMetrics(store);
const observed = await measure(createHttpApp(ctx, { trustProxy: false }));
writeResult('observability', {
  request: 'GET /api/me with a bearer token, in process, SQLite',
  runs: RUNS,
  without_log_and_metrics: bare,
  with_pino_log_and_prom_metrics: observed,
  overhead_p50_us: observed.p50_us - bare.p50_us,
  load_average_1m: loadavg()[0],
});
await store.close();
rmSync(dir, { recursive: true, force: true });
