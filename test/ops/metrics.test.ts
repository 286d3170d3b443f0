// GET /metrics: absent unless turned on, never public by accident. Off: 404. With a token: 401
// without it or with a wrong one, 200 with it. With RAPPORT_METRICS=1: this machine only, and
// not through a proxy. When on, it counts requests by route pattern and status, job runs and
// failures by task, outbox deliveries and the PostgreSQL pool. Real built servers on loopback,
// and the app in-process on both databases.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueMail } from '../../src/app/outbox/outbox-sender';
import { createHttpApp } from '../../src/http/app';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { prometheusMetrics } from '../../src/integrations/observability/metrics';
import { runOnce } from '../../src/jobs/scheduler';
import { outboxSender } from '../../src/jobs/tasks/outbox';
import { type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

const TOKEN = 'metrics-token-0123456789abcdef';

describe('/metrics on a real server', () => {
  const servers: TestServer[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));
  const start = async (env: Record<string, string>) => {
    const server = await startTestServer({ RAPPORT_JOBS: '0', ...env });
    servers.push(server);
    return server;
  };

  it('is not there when not turned on', async () => {
    const server = await start({});
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
  });

  it('asks for the token when one is set, and answers with it', async () => {
    const server = await start({ RAPPORT_METRICS_TOKEN: TOKEN });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.status).toBe(401);
    await fetch(`${server.url}/api/health`);
    const right = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toContain('text/plain');
    const text = await right.text();
    expect(text).toMatch(
      /rapport_http_requests_total\{method="GET",route="\/api\/health",status="200"\} 1/,
    );
    expect(text).toContain('rapport_process_cpu_seconds_total');
    // The token is never logged.
    expect(server.stdout()).not.toContain(TOKEN);
  });

  it('with RAPPORT_METRICS=1, answers on loopback but not through a proxy', async () => {
    const server = await start({ RAPPORT_METRICS: '1' });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    const proxied = await fetch(`${server.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(proxied.status).toBe(403);
  });
});

describe.each(dialects())('what /metrics counts, on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let scrape: () => Promise<string>;

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, undefined, {
      mailer: smtpMailer({ url: smtp.url, from: 'Rapport <r@example.com>' }),
    });
    const metrics = prometheusMetrics(db.store);
    api.ctx.metrics = metrics;
    const app = createHttpApp(api.ctx, {
      trustProxy: false,
      metrics: {
        access: { mode: 'loopback' },
        render: async () => ({
          contentType: metrics.registry.contentType,
          body: await metrics.registry.metrics(),
        }),
      },
    });
    const local = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
    scrape = async () => (await app.request('/metrics', {}, local)).text();
    // Requests through this app, so they are counted.
    const owner = await api.call('POST', '/api/setup', {
      body: {
        email: 'o@example.com',
        name: 'O',
        timeZone: 'Europe/Berlin',
        password: 'correct horse battery',
      },
    });
    const cookie = /rapport_session=([^;]+)/.exec(owner.headers.get('set-cookie') ?? '')?.[1];
    for (const id of ['missing-1', 'missing-2']) {
      await app.request(`/api/people/${id}`, {
        headers: { cookie: `rapport_session=${cookie}` },
      });
    }
  });
  afterEach(() => db.dispose());

  it('counts requests by route pattern and status, with latencies', async () => {
    const text = await scrape();
    expect(text).toMatch(
      /rapport_http_requests_total\{method="GET",route="\/api\/people\/:id",status="404"\} 2/,
    );
    expect(text).toMatch(
      /rapport_http_request_duration_seconds_count\{method="GET",route="\/api\/people\/:id"\} 2/,
    );
    expect(text).not.toContain('missing-1');
  });

  it('counts job runs and failures by task, and mail sent', async () => {
    const at = new Date();
    await enqueueMail(api.ctx, api.ctx.repos, {
      to: ['someone@example.com'],
      ownerId: null,
      subject: 'Hello',
      text: 'Hello',
      html: '<p>Hello</p>',
    });
    await runOnce(api.ctx, outboxSender, at);
    await runOnce(
      api.ctx,
      { name: 'broken', run: async () => Promise.reject(new Error('no')) },
      at,
    );
    const text = await scrape();
    expect(text).toMatch(/rapport_job_runs_total\{task="outbox",outcome="ok"\} 1/);
    expect(text).toMatch(/rapport_job_runs_total\{task="broken",outcome="failed"\} 1/);
    expect(text).toMatch(/rapport_outbox_deliveries_total\{channel="email",outcome="sent"\} 1/);
    if (dialect === 'postgres') {
      expect(text).toMatch(/rapport_db_pool_connections\{state="idle"\} \d+/);
    }
  });
});
