// What every use-case receives: the store, its repositories, the clock and the settings it needs.
import type { Store } from '../store/database';
import { type Repositories, repositories } from '../store/repositories';
import { AuthCache } from './auth-cache';
import { unconfiguredCaptureClients } from './capture/unconfigured-clients';
import type { Clock } from './clock';
import type { CaptureClients } from './ports/capture';
import type { ContactsSyncClient } from './ports/contacts-sync';
import { type Logger, stderrLogger } from './ports/logger';
import { type Mailer, unconfiguredMailer } from './ports/mailer';
import { type Metrics, noMetrics } from './ports/metrics';
import { AgendaSourceCache } from './today/agenda-source';

export interface AppSettings {
  secret: string;
  openSignup: boolean;
  publicUrl: string | null;
  /** Absolute session lifetime and idle limit, in days (defaults: 30 and 7). */
  sessionDays?: number;
  sessionIdleDays?: number;
  /** Sources (calendars, mailboxes, address books) may reach loopback and private addresses. */
  sourcesAllowPrivate?: boolean;
  /** Some instance runs scheduled work (RAPPORT_JOBS is not 0): the health report expects ticks. */
  jobsExpected?: boolean;
}

export interface AppContext {
  store: Store;
  repos: Repositories;
  clock: Clock;
  settings: AppSettings;
  agendaSources: AgendaSourceCache;
  /** Token and session lookups of the last seconds (see auth-cache). */
  auth: AuthCache;
  mailer: Mailer;
  /** Calendars, mailboxes and repositories capture reads (src/integrations/capture). */
  capture: CaptureClients;
  /** CardDAV for contacts sync; the runtime sets the real client (src/integrations/carddav). */
  contactsSync: ContactsSyncClient;
  /** Structured log (pino in the server, set by the runtime; errors on stderr elsewhere). */
  log: Logger;
  /** Counters for /metrics (prom-client in the server, set by the runtime; nothing elsewhere). */
  metrics: Metrics;
}

const unavailable = async (): Promise<never> => {
  throw new Error('Contacts sync is not available in this process');
};

/** Until the runtime sets the real client: every call fails with a clear message. */
export const unavailableContactsSync: ContactsSyncClient = {
  discover: unavailable,
  changes: unavailable,
  get: unavailable,
  put: unavailable,
};

export function createAppContext(
  store: Store,
  clock: Clock,
  settings: AppSettings,
  mailer: Mailer = unconfiguredMailer,
  capture: CaptureClients = unconfiguredCaptureClients,
): AppContext {
  return {
    store,
    repos: repositories(store.db, store.dialect),
    clock,
    settings,
    agendaSources: new AgendaSourceCache(),
    auth: new AuthCache(),
    mailer,
    capture,
    contactsSync: unavailableContactsSync,
    log: stderrLogger(),
    metrics: noMetrics,
  };
}

/** Runs work that writes several rows atomically, with repositories bound to the transaction. */
export function inTransaction<T>(ctx: AppContext, work: (repos: Repositories) => Promise<T>) {
  return ctx.store.db.transaction().execute((trx) => work(repositories(trx, ctx.store.dialect)));
}
