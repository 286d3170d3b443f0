// `rapport doctor` tells an operator whether reminders really go out: a scheduler that stopped
// ticking, a failing task, mail stuck in the outbox or an unreachable mail server each fail the
// report (exit code 1 from the CLI); a healthy server passes. Real SMTP on loopback, both databases.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context';
import { runDoctor } from '../../src/app/doctor/doctor';
import { enqueueMail } from '../../src/app/outbox/outbox-sender';
import { smtpMailer } from '../../src/integrations/email/smtp-mailer';
import { runOnce } from '../../src/jobs/scheduler';
import { type TestApi, testApi } from '../support/api';
import { runCli, TEST_SECRET } from '../support/cli';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { startTestSmtp, type TestSmtp } from '../support/smtp';

/** A loopback port nobody listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const failed = (report: Awaited<ReturnType<typeof runDoctor>>) =>
  report.checks.filter((check) => !check.ok).map((check) => check.name);

describe.each(dialects())('rapport doctor on %s', (dialect) => {
  let smtp: TestSmtp;
  let db: TestDatabase;
  let api: TestApi;
  let ctx: AppContext;
  let now: Date;

  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    now = new Date('2026-12-07T09:00:00Z');
    api = testApi(
      db,
      { now: () => now },
      { mailer: smtpMailer({ url: smtp.url, from: 'Rapport <r@example.com>' }) },
    );
    ctx = api.ctx;
    ctx.settings.secret = TEST_SECRET; // a real-length secret: the test API uses a short one
    await runOnce(ctx, { name: 'daily-digest', run: async () => {} }, now);
  });
  afterEach(() => db.dispose());

  it('passes a healthy server, and sends a test mail when asked', async () => {
    now = new Date(now.getTime() + 60_000);
    const report = await runDoctor(ctx, { jobsExpected: true, sendTestTo: 'ops@example.com' });
    expect(failed(report)).toEqual([]);
    expect(report.checks.map((check) => check.name)).toEqual([
      'database',
      'migrations',
      'scheduler',
      'tasks',
      'outbox',
      'secret',
      'mail',
    ]);
    expect(smtp.messages.at(-1)?.subject).toBe('Rapport test mail');
  });

  it('fails when the scheduler has not ticked for five minutes', async () => {
    now = new Date(now.getTime() + 6 * 60_000);
    const report = await runDoctor(ctx, { jobsExpected: true });
    expect(failed(report)).toEqual(['scheduler']);
    expect(report.checks.find((c) => c.name === 'scheduler')?.detail).toContain('has not ticked');
    // With scheduled work off in this configuration, a silent scheduler is expected.
    expect(failed(await runDoctor(ctx, { jobsExpected: false }))).toEqual([]);
  });

  it('fails while a task keeps failing, and recovers after it succeeds', async () => {
    const boom = {
      name: 'status-update-drafts',
      run: async () => Promise.reject(new Error('boom')),
    };
    await runOnce(ctx, boom, now);
    const report = await runDoctor(ctx, { jobsExpected: true });
    expect(failed(report)).toEqual(['tasks']);
    expect(report.checks.find((c) => c.name === 'tasks')?.detail).toContain(
      'status-update-drafts: FAILING',
    );
    now = new Date(now.getTime() + 60_000);
    await runOnce(ctx, { name: 'status-update-drafts', run: async () => {} }, now);
    expect(failed(await runDoctor(ctx, { jobsExpected: true }))).toEqual([]);
  });

  it('fails when due mail has waited in the outbox for over ten minutes', async () => {
    await enqueueMail(ctx, ctx.repos, {
      to: ['me@example.com'],
      ownerId: null,
      subject: 'Stuck',
      text: 'x',
      html: '<p>x</p>',
    });
    now = new Date(now.getTime() + 11 * 60_000);
    await runOnce(ctx, { name: 'daily-digest', run: async () => {} }, now);
    const report = await runDoctor(ctx, { jobsExpected: true });
    expect(failed(report)).toEqual(['outbox']);
    expect(report.checks.find((c) => c.name === 'outbox')?.detail).toContain('1 message(s)');
  });

  it('fails when the mail server cannot be reached', async () => {
    const port = await closedPort();
    ctx.mailer = smtpMailer({ url: `smtp://127.0.0.1:${port}`, from: 'Rapport <r@example.com>' });
    const report = await runDoctor(ctx, { jobsExpected: true });
    expect(failed(report)).toEqual(['mail']);
    expect(report.checks.find((c) => c.name === 'mail')?.detail).toContain(
      `Cannot reach the mail server at 127.0.0.1:${port}`,
    );
  });
});

describe('the rapport doctor command', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'rapport-doctor-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits 0 when all is well and 1 with the reason when the mail server is unreachable', async () => {
    const env = { RAPPORT_DATA: dataDir, RAPPORT_JOBS: '0' };
    expect((await runCli(['db', 'migrate'], env)).code).toBe(0);
    const healthy = await runCli(['doctor'], env);
    expect(healthy.stdout).toMatch(/^ok {4}database/m);
    expect(healthy.code, healthy.stderr).toBe(0);

    const port = await closedPort();
    const broken = await runCli(['doctor', '--json'], {
      ...env,
      RAPPORT_SMTP_URL: `smtp://127.0.0.1:${port}`,
    });
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c: { name: string }) => c.name === 'mail').ok).toBe(false);
    expect(broken.stderr).toContain('1 check(s) failed');
  });
});
