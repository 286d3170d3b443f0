// Wires a running Rapport from configuration: the store (migrated), the app context, HTTP.
import { existsSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { hashPasswordsCheaplyForTests } from './app/accounts/passwords';
import { type Clock, systemClock } from './app/clock';
import { type AppContext, createAppContext } from './app/context';
import { applyMigrations } from './app/database/database-admin';
import type { Logger } from './app/ports/logger';
import { type Config, ConfigError, dataDirWarning, prepareDataDir } from './config';
import { createHttpApp } from './http/app';
import { serveHttp } from './http/framed-response';
import { captureClients } from './integrations/capture/index';
import { cardDavClient } from './integrations/carddav/carddav-client';
import { smtpMailer } from './integrations/email/smtp-mailer';
import { createLogger } from './integrations/observability/logger';
import { prometheusMetrics } from './integrations/observability/metrics';
import { oidcIdentityProvider } from './integrations/oidc/oidc-client';
import { vapidKeysInDataDir } from './integrations/push/vapid-file';
import { webPushSender } from './integrations/push/web-push-sender';
import { slackClient } from './integrations/slack/slack-client';
import { localScheduler } from './jobs/local-scheduler';
import { pgBossScheduler } from './jobs/pg-boss-scheduler';
import type { Scheduler } from './jobs/scheduler';
import { scheduledTasks } from './jobs/tasks/index';
import { openStore } from './store/database';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Opens the store named by the configuration, applies pending migrations (unless told not to:
 * `rapport doctor` reports them instead), builds the context. `serving`: for a server, whose
 * SQLite WAL checkpoints then run in a worker thread (store/sqlite-checkpoints.ts); a CLI
 * command is too short-lived to gain from one. */
export async function openApp(
  config: Config,
  clock: Clock = systemClock,
  { migrate = true, serving = false } = {},
): Promise<AppContext> {
  const prepared = prepareDataDir(config);
  if (prepared.testPasswordHashing) hashPasswordsCheaplyForTests();
  const store = await openStore({
    databaseUrl: prepared.databaseUrl,
    dataDir: prepared.dataDir,
    ...(serving && { checkpointEveryMs: 1_000 }),
  });
  try {
    if (migrate) await applyMigrations(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  const ctx = createAppContext(
    store,
    clock,
    {
      secret: prepared.secret,
      openSignup: prepared.openSignup,
      publicUrl: prepared.publicUrl,
      sessionDays: prepared.sessionDays,
      sessionIdleDays: prepared.sessionIdleDays,
      sourcesAllowPrivate: prepared.sourcesAllowPrivate,
      sso: prepared.oidc && {
        name: prepared.oidc.name,
        allowedDomains: prepared.oidc.allowedDomains,
        only: prepared.oidc.only,
      },
      // The operator's pair, else on SQLite one kept in the data folder; on PostgreSQL the
      // database holds it (app/push/vapid.ts).
      vapid: prepared.vapid ?? (prepared.databaseUrl ? null : vapidKeysInDataDir(prepared.dataDir)),
      jobsExpected: prepared.jobs,
    },
    {
      mailer: prepared.smtp ? smtpMailer(prepared.smtp) : undefined,
      slack: slackClient(prepared.slack),
      capture: captureClients,
      contactsSync: cardDavClient,
      // Discovery waits for the first sign-in: a provider that is down must not stop start-up.
      identityProvider: prepared.oidc ? oidcIdentityProvider(prepared.oidc) : null,
      push: webPushSender({ allowPrivate: prepared.sourcesAllowPrivate }),
    },
  );
  return ctx;
}

/** The built web app next to the bundle (dist/web), when it was built. */
export function builtWebRoot(): string | undefined {
  const root = fileURLToPath(new URL('./web', import.meta.url));
  return existsSync(root) ? root : undefined;
}

export interface RunningServer {
  url: string;
  /** The server's logger (JSON lines on stdout; readable lines on a terminal). */
  log: Logger;
  /**
   * Stops taking connections and lets requests in flight finish for up to the shutdown deadline
   * (RAPPORT_SHUTDOWN_SECONDS), then closes every connection left (a stalled upload, a client
   * that never reads) so the process can end; then the scheduler and the store.
   */
  close(): Promise<void>;
}

/**
 * SIGTERM or SIGINT stops the server gracefully, within its deadline, and ends the process; a
 * second signal ends it at once (an operator who presses Ctrl-C twice means it).
 */
export function stopOnSignals(server: RunningServer, note: (text: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      note(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    note(`${signal}: stopping after the requests in flight (${signal} again stops at once)`);
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        note(`stopping failed: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export async function startServer(config: Config): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  if (!config.databaseUrl) {
    const warning = dataDirWarning(config.dataDir);
    if (warning) log.warn(warning);
  }
  const deadlineMs = config.shutdownSeconds * 1000;
  const ctx = await openApp(config, systemClock, { serving: true });
  ctx.log = log;
  const metrics = config.metrics.mode === 'off' ? undefined : prometheusMetrics(ctx.store);
  if (metrics) ctx.metrics = metrics;
  const app = createHttpApp(ctx, {
    trustProxy: config.trustProxy,
    webRoot: builtWebRoot(),
    ...(metrics && {
      metrics: {
        access: config.metrics,
        render: async () => ({
          contentType: metrics.registry.contentType,
          body: await metrics.registry.metrics(),
        }),
      },
    }),
  });
  const server = serveHttp(app.fetch, config.port, config.host);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await ctx.store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new ConfigError(`Port ${config.port} is already in use; set PORT to another port`);
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new ConfigError(`HOST ${config.host} is not an address of this machine (${code})`);
    }
    if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new ConfigError(`Cannot listen on ${config.host}:${config.port} (${code})`);
    }
    throw error;
  }
  let scheduler: Scheduler | undefined;
  if (config.jobs) {
    scheduler = config.databaseUrl
      ? await pgBossScheduler(ctx, scheduledTasks, config.databaseUrl)
      : localScheduler(ctx, scheduledTasks);
    await scheduler.start();
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  // Links in e-mail need an address; without RAPPORT_PUBLIC_URL, the one we listen on.
  ctx.settings.publicUrl ??= url;
  return {
    url,
    log,
    async close() {
      const http = server as HttpServer;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      // Keep-alive connections with no request in flight go now; busy ones get the deadline.
      http.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, deadlineMs);
      });
      await Promise.race([Promise.all([closed, scheduler?.stop()]), deadline]);
      clearTimeout(timer);
      http.closeAllConnections();
      await Promise.race([ctx.store.close(), sleep(2_000)]);
    },
  };
}
