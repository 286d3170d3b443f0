// The cost of a request, compared in one run with what Hono alone costs on this machine: a bare
// Hono server (same Node, a JSON hello) and Rapport, each in a process of its own, driven by
// autocannon from this one for the same duration and connections, alternating A B A B so a
// change in the machine's load hits both. Then a mixed load (40% Today, 30% people list, 30%
// logging a conversation) at fixed rates and flat out, on SQLite and on PostgreSQL with two
// instances. Writes bench/results/http.json. BENCH_LARGE=1 adds the 5,000-people account
// (about a minute of seeding). `node dist/bench/http.mjs profile /api/today ...` profiles routes
// (BENCH_PROFILE_DIR keeps the .cpuprofile files; `profile /hello` profiles the bare Hono), and
// `cpu /hello /api/me ...` gives the same runs' CPU per request without the profiler;
// `node dist/bench/http.mjs mixed` runs the mixed load alone and prints it.
//
// The load generator must not starve the server it measures. autocannon runs here, in the
// bench's own process, never in a server's; on Linux with two or more cores (and `taskset`)
// every single-instance server is pinned to CPU 0 and this process to CPU 1, the same for Hono
// and Rapport, so the two never take turns on one core. The PostgreSQL run is left unpinned:
// two instances and PostgreSQL itself need the cores more than the generator needs one.
// Req/s still moves with whatever else the machine runs, so each server also reports the CPU
// time it spent (process.cpuUsage over IPC): `cpu_us_per_request`, and its ratio to Hono's, is
// the figure that does not depend on how busy the machine was.
//
// This file is also the servers: run with `serve-hono` or `serve-rapport` it listens on
// 127.0.0.1 on a free port and says which over its IPC channel. Every process it starts it stops by PID.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { createAppContext } from '../src/app/context';
import { createToken } from '../src/app/tokens/api-tokens';
import { openPostgres, openSqlite, type Store } from '../src/store/database';
import { migrate } from '../src/store/migrator';
import { benchDatabase } from './postgres';
import { percentile, writeResult } from './report';
import { SEED_NOW, seedUser } from './seed';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 10;
/** BENCH_MIXED_RATES=40,60 runs other rates (a quick loop, a profile at a bearable load). */
const MIXED_RATES = (process.env.BENCH_MIXED_RATES ?? '40,100,200').split(',').map(Number);
/** Seconds of each fixed-rate run: 400 requests at 40 req/s, enough for a p99. */
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 10);
const self = fileURLToPath(import.meta.url);
/** CPU 0 for a lone server, CPU 1 for the load generator; off where it cannot be done. */
const PIN =
  process.platform === 'linux' &&
  cpus().length >= 2 &&
  spawnSync('taskset', ['-V'], { stdio: 'ignore' }).status === 0;

/** Every thread of a process onto one CPU (`taskset -a`: V8's and libuv's threads too). */
function pin(pid: number, cpu: number) {
  if (PIN) spawnSync('taskset', ['-acp', String(cpu), String(pid)], { stdio: 'ignore' });
}

/** Servers answer 'cpu' on their IPC channel with their process.cpuUsage(). */
function answerCpuQueries() {
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.(process.cpuUsage());
  });
}

async function serveHono() {
  const [{ Hono }, { serve }] = await Promise.all([import('hono'), import('@hono/node-server')]);
  const app = new Hono();
  app.get('/hello', (c) => c.json({ hello: 'world' }));
  listen(serve, app.fetch);
  await endOnSigterm();
}

/**
 * Rapport on an existing database (a SQLite folder or a PostgreSQL URL) exactly as `rapport
 * serve` runs it (runtime.startServer): its request log line on stdout, which here is a pipe the
 * bench drains, as under systemd or Docker. Background jobs are off: they are not requests.
 */
async function serveRapport(where: string) {
  const [{ startServer: startRapport }, { readConfig }] = await Promise.all([
    import('../src/runtime'),
    import('../src/config'),
  ]);
  const postgres = where.startsWith('postgres');
  const server = await startRapport(
    readConfig({
      ...(postgres ? { DATABASE_URL: where } : { RAPPORT_DATA: where }),
      PORT: '0',
      HOST: '127.0.0.1',
      RAPPORT_SECRET: 'bench-secret-bench-secret-bench-secret',
      RAPPORT_JOBS: '0',
    }),
  );
  process.send?.({ port: Number(new URL(server.url).port) });
  await endOnSigterm();
}

/** Ends on SIGTERM; with BENCH_PROFILE_FILE, writes the CPU profile taken since SIGUSR2. */
async function endOnSigterm() {
  answerCpuQueries();
  const profileFile = process.env.BENCH_PROFILE_FILE;
  if (!profileFile) {
    process.on('SIGTERM', () => process.exit(0));
    return;
  }
  // The same profile as --cpu-prof, but only of the load: SIGUSR2 (after a warm-up) starts it.
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  process.on('SIGUSR2', () => {
    void session
      .post('Profiler.setSamplingInterval', { interval: 200 })
      .then(() => session.post('Profiler.enable').then(() => session.post('Profiler.start')));
  });
  process.on('SIGTERM', async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(profileFile, JSON.stringify(profile));
    process.exit(0);
  });
}

function listen(
  serve: typeof import('@hono/node-server').serve,
  fetch: (request: Request) => Response | Promise<Response>,
) {
  serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.send?.({ port: info.port });
  });
}

const children = new Set<ChildProcess>();
const servers = new Map<string, ChildProcess>();
/** Servers that write a CPU profile (BENCH_PROFILE_FILE), started by SIGUSR2. */
const profiled = new Set<ChildProcess>();

/**
 * Starts this file as a server; resolves with its URL once it listens. `pinned`: onto CPU 0,
 * for a server measured alone (see the header).
 */
function startServer(
  args: string[],
  env: Record<string, string> = {},
  pinned = true,
): Promise<string> {
  // Rapport runs as it is deployed (Dockerfile, deploy/rapport.service): a 32 MB semi-space.
  const flags = args[0] === 'serve-rapport' ? ['--max-semi-space-size=32'] : [];
  const child = spawn(process.execPath, [...flags, self, ...args], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  children.add(child);
  if (env.BENCH_PROFILE_FILE) profiled.add(child);
  if (pinned) pin(child.pid!, 0);
  // Its log lines are read and dropped, as a log collector would read them.
  child.stdout!.resume();
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      const url = `http://127.0.0.1:${(message as { port: number }).port}`;
      servers.set(url, child);
      resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`server ${args[0]} ended (${code})`)));
  });
}

function stopAll(): Promise<void> {
  const ended = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(child.pid!, 'SIGTERM');
      }),
  );
  children.clear();
  servers.clear();
  profiled.clear();
  return Promise.all(ended).then(() => {});
}

interface Account {
  token: string;
  personIds: string[];
}

/** Seeds one account on an open store and gives it an API token. */
async function account(store: Store, people: number, interactions: number, label: string) {
  const userId = await seedUser(store, people, interactions, label);
  const ctx = createAppContext(
    store,
    { now: () => SEED_NOW },
    { secret: 'bench', openSignup: false, publicUrl: null },
  );
  const { secret } = await createToken(ctx, userId, { name: 'bench' });
  const rows = await store.db
    .selectFrom('people')
    .select('id')
    .where('owner_id', '=', userId)
    .orderBy('id')
    .limit(50)
    .execute();
  return { token: secret, personIds: rows.map((r) => r.id) };
}

const load = () => Math.round(loadavg()[0]! * 100) / 100;
const round = (n: number) => Math.round(n * 100) / 100;

interface Run {
  req_per_s: number;
  /** Null when nothing was answered within the run (0 would read as fast). */
  p50_ms: number | null;
  p99_ms: number | null;
  /** Requests not answered with a 2xx: refused, timed out, or answered with an error status. */
  errors: number;
  non_2xx: number;
  /** Server CPU time (user + system, all instances) per answered request. */
  cpu_us_per_request: number | null;
  /**
   * Of it, the time in the server's own code (user), without the kernel's (system): sending on
   * loopback wakes the load generator when it sleeps, which costs a server slower than the
   * generator more system time per answer (perf on a 2-core VM: about 8.5 µs per GET /api/me
   * answered by Rapport, 0.6 µs per hello answered by Hono, whose generator seldom sleeps).
   */
  user_us_per_request: number | null;
  load_avg_1m: number;
  /** Paced runs: p50/p99 of each route of the mix. */
  by_route?: Record<string, { p50_ms: number; p99_ms: number }>;
}

/** CPU microseconds the servers at these URLs have used so far (null: one did not say). */
async function serverCpuUsage(urls: string[]): Promise<NodeJS.CpuUsage | null> {
  const used = await Promise.all(
    urls.map((url) => {
      const child = servers.get(url);
      if (!child?.connected) return null;
      return new Promise<NodeJS.CpuUsage | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), 2_000);
        child.once('message', (usage) => {
          clearTimeout(timer);
          resolve(usage as NodeJS.CpuUsage);
        });
        child.send('cpu');
      });
    }),
  );
  if (used.some((u) => u === null)) return null;
  const total = { user: 0, system: 0 };
  for (const usage of used as NodeJS.CpuUsage[]) {
    total.user += usage.user;
    total.system += usage.system;
  }
  return total;
}

async function drive(options: Parameters<typeof autocannon>[0]): Promise<Run> {
  const urls = [options.url].flat().map((url) => new URL(url).origin);
  const cpuBefore = await serverCpuUsage(urls);
  const result: Result = await autocannon({
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
    ...options,
  });
  const cpuAfter = await serverCpuUsage(urls);
  const answered = result.requests.total;
  return {
    req_per_s: Math.round(result.requests.average),
    p50_ms: answered ? result.latency.p50 : null,
    p99_ms: answered ? result.latency.p99 : null,
    errors: result.errors + result.timeouts + result.non2xx,
    non_2xx: result.non2xx,
    ...cpuPerRequest(cpuBefore, cpuAfter, answered),
    load_avg_1m: load(),
  };
}

/** The servers' CPU time between two readings, per request: all of it, and the user part. */
function cpuPerRequest(
  before: NodeJS.CpuUsage | null,
  after: NodeJS.CpuUsage | null,
  requests: number,
): Pick<Run, 'cpu_us_per_request' | 'user_us_per_request'> {
  if (before === null || after === null || !requests) {
    return { cpu_us_per_request: null, user_us_per_request: null };
  }
  const user = after.user - before.user;
  const system = after.system - before.system;
  return {
    cpu_us_per_request: Math.round((user + system) / requests),
    user_us_per_request: Math.round(user / requests),
  };
}

/** A request of a load: method, path (on each server in turn) and JSON body. */
interface LoadRequest {
  method: string;
  path: string;
  body?: string;
}

/**
 * A fixed arrival rate, evenly paced (open loop): request i is due at start + i / rate and its
 * latency counts from then, so a late send is the server's delay, not hidden (no coordinated
 * omission). Why not autocannon's overallRate: it lets each connection send its whole quota at
 * the start of every second, so "40 req/s" on 20 connections arrived as a burst of 40 once a
 * second, and p99 measured how long the server took to drain the burst (131 ms ≈ 40 × 3.4 ms of
 * CPU), not a server answering 40 requests a second. Node's fetch keeps connections alive.
 */
async function paced(
  origins: string[],
  rate: number,
  headers: Record<string, string>,
  requests: LoadRequest[],
): Promise<Run> {
  const cpuBefore = await serverCpuUsage(origins);
  const { latencies, byRoute, failed, non2xx, seconds } = await paceInChild({
    origins,
    rate,
    headers,
    requests,
  });
  const cpuAfter = await serverCpuUsage(origins);
  const answered = latencies.length;
  const at = (p: number) => (answered ? round(percentile(latencies, p)) : null);
  return {
    req_per_s: Math.round(answered / seconds),
    p50_ms: at(50),
    p99_ms: at(99),
    errors: failed + non2xx,
    non_2xx: non2xx,
    // Refusals cost the servers too: every request that got an answer counts.
    ...cpuPerRequest(cpuBefore, cpuAfter, answered && answered + non2xx),
    load_avg_1m: load(),
    // Which requests make the tail: p50/p99 per route.
    by_route: Object.fromEntries(
      byRoute.map(([route, ms]) => [
        route,
        { p50_ms: round(percentile(ms, 50)), p99_ms: round(percentile(ms, 99)) },
      ]),
    ),
  };
}

interface PaceJob {
  origins: string[];
  rate: number;
  headers: Record<string, string>;
  requests: LoadRequest[];
}

interface PacedLoad {
  /** Milliseconds from each answered request's due time to its whole body. */
  latencies: number[];
  byRoute: [string, number[]][];
  failed: number;
  non2xx: number;
  seconds: number;
}

/**
 * The paced requests are sent from a process of their own, which holds nothing but them and
 * their timings. The bench's own process holds what seeding the accounts left: during a paced run
 * it collected its whole heap every 0.65 s (6 to 14 ms each, with --trace-gc), and a request due
 * then was sent or read late, which the p99 counted as the server's. It inherits this process's
 * CPU (pinned to CPU 1 with the load generator).
 */
function paceInChild(job: PaceJob): Promise<PacedLoad> {
  const child = spawn(process.execPath, [self, 'pace'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  return new Promise((resolve, reject) => {
    child.once('message', (load) => {
      children.delete(child);
      resolve(load as PacedLoad);
    });
    child.once('exit', (code) => reject(new Error(`the pacing process ended (${code})`)));
    child.send(job);
  });
}

/** `pace` mode: one job from the parent, its result back, then exit. */
function paceForParent() {
  process.once('message', async (job) => {
    const load = await paceHere(job as PaceJob);
    process.send?.(load, () => process.exit(0));
  });
}

async function paceHere({ origins, rate, headers, requests }: PaceJob): Promise<PacedLoad> {
  const total = rate * PACED_SECONDS;
  const latencies: number[] = [];
  const byRoute = new Map<string, number[]>();
  let failed = 0;
  let non2xx = 0;
  const sent: Promise<void>[] = [];
  const start = performance.now() + 20;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const request = requests[i % requests.length]!;
    const origin = origins[i % origins.length]!;
    sent.push(
      fetch(`${origin}${request.path}`, {
        method: request.method,
        headers,
        body: request.body,
        signal: AbortSignal.timeout(10_000),
      })
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status >= 300) non2xx += 1;
          else {
            const ms = performance.now() - due;
            latencies.push(ms);
            const route = `${request.method} ${request.path.split('?')[0]}`;
            const list = byRoute.get(route);
            if (list) list.push(ms);
            else byRoute.set(route, [ms]);
          }
        })
        // A failure before the answer or while reading its body (the 10 s timeout) alike.
        .catch(() => {
          failed += 1;
        }),
    );
  }
  await Promise.all(sent);
  const seconds = (performance.now() - start) / 1000;
  return { latencies, byRoute: [...byRoute], failed, non2xx, seconds };
}

type Route = {
  name: string;
  method: string;
  path: string;
  body?: (a: Account) => string;
  /** Sent without Accept-Encoding: the answer as a client that takes no compression gets it. */
  identity?: boolean;
};
const ROUTES: Route[] = [
  { name: 'GET /api/health', method: 'GET', path: '/api/health' },
  { name: 'GET /api/me', method: 'GET', path: '/api/me' },
  { name: 'GET /api/today', method: 'GET', path: '/api/today' },
  {
    name: 'GET /api/today without compression',
    method: 'GET',
    path: '/api/today',
    identity: true,
  },
  { name: 'GET /api/people', method: 'GET', path: '/api/people' },
  {
    name: 'POST /api/interactions',
    method: 'POST',
    path: '/api/interactions',
    body: (a) => JSON.stringify({ personIds: [a.personIds[3]], channel: 'call', note: 'bench' }),
  },
];

/**
 * What a browser says it takes (Chromium's Accept-Encoding, but zstd, which Node's zlib lacks),
 * sent to Hono and Rapport alike: Rapport compresses kept answers over 1 kB (http/compression).
 */
const ACCEPT_ENCODING = { 'accept-encoding': 'gzip, deflate, br' };

const headersFor = (a: Account, compressed = true) => ({
  authorization: `Bearer ${a.token}`,
  'content-type': 'application/json',
  ...(compressed && ACCEPT_ENCODING),
});

/** Each route against the hello, alternating hello, route, hello, route; means of two. */
async function perRoute(hono: string, rapport: string, who: Account) {
  const out: Record<string, unknown> = {};
  for (const route of ROUTES) {
    const bare: Run[] = [];
    const ours: Run[] = [];
    const hello = { url: `${hono}/hello`, headers: ACCEPT_ENCODING };
    const target = {
      url: `${rapport}${route.path}`,
      method: route.method,
      headers: headersFor(who, !route.identity),
      body: route.body?.(who),
    };
    // Unrecorded first: a cold JIT and cold caches are not what a running server costs.
    await drive({ ...hello, duration: 1 });
    await drive({ ...target, duration: 1 });
    for (let round = 0; round < 2; round++) {
      bare.push(await drive(hello));
      ours.push(await drive(target));
    }
    const a = mean(bare);
    const b = mean(ours);
    out[route.name] = {
      rapport: b,
      bare_hono: a,
      ratio_to_hono: round(b.req_per_s / a.req_per_s),
      // Hono's CPU per request over ours: the same ratio, without the machine's load in it.
      cpu_ratio_to_hono:
        a.cpu_us_per_request && b.cpu_us_per_request
          ? round(a.cpu_us_per_request / b.cpu_us_per_request)
          : null,
      user_cpu_ratio_to_hono:
        a.user_us_per_request && b.user_us_per_request
          ? round(a.user_us_per_request / b.user_us_per_request)
          : null,
      runs: { rapport: ours, bare_hono: bare },
    };
    console.log(
      route.name,
      `${b.req_per_s} req/s vs hono ${a.req_per_s}`,
      `${b.cpu_us_per_request} µs CPU/request vs hono ${a.cpu_us_per_request}`,
      `(user ${b.user_us_per_request} vs ${a.user_us_per_request})`,
      `p99 ${b.p99_ms} ms, load ${b.load_avg_1m}`,
    );
  }
  return out;
}

function mean(runs: Run[]): Run {
  const avg = (pick: (r: Run) => number) =>
    round(runs.reduce((s, r) => s + pick(r), 0) / runs.length);
  return {
    req_per_s: Math.round(avg((r) => r.req_per_s)),
    p50_ms: runs.every((r) => r.p50_ms !== null) ? avg((r) => r.p50_ms!) : null,
    p99_ms: runs.every((r) => r.p99_ms !== null) ? avg((r) => r.p99_ms!) : null,
    errors: runs.reduce((s, r) => s + r.errors, 0),
    non_2xx: runs.reduce((s, r) => s + r.non_2xx, 0),
    cpu_us_per_request: runs.every((r) => r.cpu_us_per_request !== null)
      ? Math.round(avg((r) => r.cpu_us_per_request!))
      : null,
    user_us_per_request: runs.every((r) => r.user_us_per_request !== null)
      ? Math.round(avg((r) => r.user_us_per_request!))
      : null,
    load_avg_1m: avg((r) => r.load_avg_1m),
  };
}

/** 40% Today, 30% people list, 30% logging, in a fixed cycle of ten. */
function mixedRequests(who: Account): LoadRequest[] {
  const today = { method: 'GET', path: '/api/today' };
  const list = { method: 'GET', path: '/api/people' };
  const write = (i: number) => ({
    method: 'POST',
    path: '/api/interactions',
    body: JSON.stringify({ personIds: [who.personIds[i % who.personIds.length]], channel: 'chat' }),
  });
  return [today, list, write(1), today, list, write(2), today, list, write(3), today];
}

/**
 * The mixed load at each fixed rate (evenly paced, see paced), then flat out with 10
 * connections: what the issue's table asks (p99 and errors at 40 req/s; saturation, the most it
 * answers) leads the result.
 */
async function mixed(urls: string | string[], who: Account) {
  const out: Record<string, unknown> = {};
  const origins = [urls].flat().map((url) => new URL(url).origin);
  // Unrecorded first, at the lowest rate: warm JIT, Today's cache and the pool.
  await paced(origins, MIXED_RATES[0]!, headersFor(who), mixedRequests(who));
  // Servers started with a profile file begin it now, after the warm-up.
  for (const child of profiled) process.kill(child.pid!, 'SIGUSR2');
  for (const rate of MIXED_RATES) {
    const run = await paced(origins, rate, headersFor(who), mixedRequests(who));
    out[`${rate}_req_per_s`] = run;
    console.log('mixed', rate, run);
    // A rate beyond what the servers manage leaves them a backlog the client gave up on:
    // the next run starts once they answer promptly again, not behind it.
    await drained(origins, headersFor(who));
  }
  const flatOut = await drive({
    url: urls,
    connections: CONNECTIONS,
    headers: headersFor(who),
    requests: mixedRequests(who),
  });
  out.flat_out = flatOut;
  console.log('mixed flat out', flatOut);
  const at40 = out['40_req_per_s'] as Run;
  const flat = out.flat_out as Run;
  return {
    table: {
      p99_ms_at_40_req_per_s: at40.p99_ms,
      errors_at_40_req_per_s: at40.errors,
      saturation_req_per_s: flat.req_per_s,
      targets: 'p99 <= 50 ms and 0 errors at 40 req/s; saturation >= 600 req/s',
    },
    ...out,
  };
}

/** Waits (up to 60 s) until every server answers /api/health within 50 ms. */
async function drained(origins: string[], headers: Record<string, string>) {
  const until = performance.now() + 60_000;
  for (const origin of origins) {
    while (performance.now() < until) {
      const started = performance.now();
      const answered = await fetch(`${origin}/api/health`, { headers }).then(
        (response) => response.arrayBuffer().then(() => true),
        () => false,
      );
      if (answered && performance.now() - started < 50) break;
      await sleep(200);
    }
  }
}

/**
 * Only the mixed load, on SQLite then PostgreSQL, printed (`node dist/bench/http.mjs mixed`);
 * `mixed sqlite` or `mixed postgres` runs one of them.
 */
async function mixedOnly(only: string | undefined) {
  pin(process.pid, 1);
  try {
    const sqlite = only === 'postgres' ? null : await onSqlite(null);
    const postgres = only === 'sqlite' ? null : await onPostgres();
    console.log(JSON.stringify({ sqlite, postgres }));
  } finally {
    await stopAll();
  }
}

/** The per-route comparison against Hono (unless `hono` is null), then the mixed load. */
async function onSqlite(hono: string | null) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-http-'));
  try {
    const store = await openSqlite(join(dir, 'rapport.sqlite'));
    await migrate(store);
    const small = await account(store, 50, 2_000, 'small');
    const mid = await account(store, 300, 12_000, 'mid');
    const large = process.env.BENCH_LARGE ? await account(store, 5_000, 250_000, 'large') : null;
    await store.close();
    const rapport = await startServer(['serve-rapport', dir]);
    const result: Record<string, unknown> = {};
    if (hono) result.account_50_people = await perRoute(hono, rapport, small);
    if (hono && large) result.account_5000_people = await perRoute(hono, rapport, large);
    result.mixed_300_people = await mixed(rapport, mid);
    return result;
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * With BENCH_PROFILE_DIR, each PostgreSQL instance writes the CPU profile of the measured runs
 * (`mixed postgres`), started after the unrecorded warm-up.
 */
async function onPostgres() {
  const database = await benchDatabase('http');
  if (!database) return null;
  try {
    const store = await openPostgres(database.url, 5);
    await migrate(store);
    const mid = await account(store, 300, 12_000, 'mid');
    await store.close();
    // Unpinned (see the header): the instances and PostgreSQL share both cores.
    const profiles = process.env.BENCH_PROFILE_DIR;
    if (profiles) mkdirSync(profiles, { recursive: true });
    const profileEnv = (n: number): Record<string, string> =>
      profiles ? { BENCH_PROFILE_FILE: join(profiles, `mixed-postgres-${n}.cpuprofile`) } : {};
    const instances = [
      await startServer(['serve-rapport', database.url], profileEnv(1), false),
      await startServer(['serve-rapport', database.url], profileEnv(2), false),
    ];
    return { mixed_300_people_two_instances: await mixed(instances, mid) };
  } finally {
    await stopAll();
    await database.drop();
  }
}

/**
 * `node dist/bench/http.mjs profile /api/today /api/me`: each route alone against a server
 * profiled during the load only (50-people account, SQLite; PostgreSQL with
 * BENCH_DIALECT=postgres), then the top self-time functions.
 * `/hello` profiles the bare Hono server, for comparison; `mixed` the mixed load (300 people);
 * `'POST /api/interactions'` (a write of ROUTES, by its name) sends that route's body.
 */
async function profile(paths: string[], profiled = true) {
  pin(process.pid, 1);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-prof-'));
  const out = process.env.BENCH_PROFILE_DIR ?? dir;
  mkdirSync(out, { recursive: true });
  // BENCH_DIALECT=postgres: the same on PostgreSQL (one instance, pinned like a SQLite one).
  const database = process.env.BENCH_DIALECT === 'postgres' ? await benchDatabase('http') : null;
  try {
    const store = database
      ? await openPostgres(database.url, 5)
      : await openSqlite(join(dir, 'rapport.sqlite'));
    await migrate(store);
    const small = await account(store, 50, 2_000, 'small');
    const mid = paths.includes('mixed') ? await account(store, 300, 12_000, 'mid') : null;
    await store.close();
    for (const path of paths) {
      const file = join(out, `${path.replace(/[/ ]/g, '_').replace(/^_/, '')}.cpuprofile`);
      const server = await startServer(
        path === '/hello' ? ['serve-hono'] : ['serve-rapport', database?.url ?? dir],
        profiled ? { BENCH_PROFILE_FILE: file } : {},
      );
      const write = ROUTES.find((r) => r.body && `${r.method}${r.path}` === path.replace(' ', ''));
      const target =
        path === 'mixed' && mid
          ? { url: server, headers: headersFor(mid), requests: mixedRequests(mid) }
          : write
            ? {
                url: `${server}${write.path}`,
                method: write.method,
                headers: headersFor(small),
                body: write.body!(small),
              }
            : { url: `${server}${path}`, headers: headersFor(small) };
      await drive({ ...target, duration: 2 });
      if (profiled) for (const child of children) process.kill(child.pid!, 'SIGUSR2');
      const run = await drive(target);
      await stopAll();
      console.log(
        `${path}: ${run.req_per_s} req/s, ${run.cpu_us_per_request} µs CPU/request (user ${run.user_us_per_request}), load ${run.load_avg_1m}${profiled ? `; ${file}` : ''}`,
      );
      if (!profiled) continue;
      for (const [name, share] of topSelf(file, 15)) {
        console.log(`  ${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
      }
    }
  } finally {
    await stopAll();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ProfileNode {
  id: number;
  hitCount: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time per function (by name and place), as shares of all samples, largest first. */
function topSelf(file: string, count: number): [string, number][] {
  const { nodes } = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const total = nodes.reduce((s, n) => s + n.hitCount, 0);
  const byName = new Map<string, number>();
  for (const { hitCount, callFrame } of nodes) {
    const place = callFrame.url
      ? ` ${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`
      : '';
    const name = `${callFrame.functionName || '(anonymous)'}${place}`;
    byName.set(name, (byName.get(name) ?? 0) + hitCount);
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => [name, hits / total]);
}

async function main() {
  const started = performance.now();
  const loadBefore = load();
  pin(process.pid, 1);
  try {
    const hono = await startServer(['serve-hono']);
    const sqlite = await onSqlite(hono);
    const postgres = await onPostgres();
    writeResult('http', {
      description: `Rapport against a bare Hono JSON hello, same Node; autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run, alternating hello/route twice (figures are means of the two); ${PIN ? 'each lone server pinned to CPU 0, the load generator to CPU 1' : 'unpinned'}; cpu_us_per_request is the server's own CPU time per answered request (load-independent), cpu_ratio_to_hono Hono's over ours; user_us_per_request and user_cpu_ratio_to_hono the same for the time in the server's own code, without the kernel's. Requests say Accept-Encoding: gzip, deflate, br, as a browser does (Rapport compresses kept answers over 1 kB); 'GET /api/today without compression' does not. Mixed load: 40% GET /api/today, 30% GET /api/people, 30% POST /api/interactions at fixed overall rates, evenly paced (open loop, latency from each request's due time, ${PACED_SECONDS} s per rate), then flat out (autocannon); PostgreSQL with two instances sharing the connections. Load average (1 min) noted per run: the machine is shared.`,
      seconds_per_run: SECONDS,
      connections: CONNECTIONS,
      load_avg_1m_at_start: loadBefore,
      sqlite,
      postgres,
      total_seconds: Math.round((performance.now() - started) / 1000),
    });
  } finally {
    await stopAll();
  }
}

// Last, once everything above is defined.
if (process.argv[2] === 'serve-hono') await serveHono();
else if (process.argv[2] === 'serve-rapport') await serveRapport(process.argv[3]!);
else if (process.argv[2] === 'profile') await profile(process.argv.slice(3));
else if (process.argv[2] === 'cpu') await profile(process.argv.slice(3), false);
else if (process.argv[2] === 'mixed') await mixedOnly(process.argv[3]);
else if (process.argv[2] === 'pace') paceForParent();
else await main();
