// What every use-case receives: the store, its repositories, the clock, the settings it needs and
// the ports to the world outside (mail, Slack, capture sources, CardDAV), which the runtime
// configures at start-up (src/runtime.ts) and tests replace with their own.
import type { Store } from '../store/database';
import { type Repositories, repositories } from '../store/repositories';
import { isTransientConflict } from '../store/transient-errors';
import { AuthCache } from './auth-cache';
import { unconfiguredCaptureClients } from './capture/unconfigured-clients';
import type { Clock } from './clock';
import { PeopleListCache } from './people/people-list';
import type { CaptureClients } from './ports/capture';
import type { ContactsSyncClient } from './ports/contacts-sync';
import type { IdentityProvider } from './ports/identity-provider';
import { type Logger, stderrLogger } from './ports/logger';
import { type Mailer, unconfiguredMailer } from './ports/mailer';
import { type Metrics, noMetrics } from './ports/metrics';
import type { PushSender } from './ports/push';
import { offlineSlack, type Slack } from './ports/slack';
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
  /** Sign-in with the company's OpenID provider (RAPPORT_OIDC_*); absent when not set up. */
  sso?: SsoSettings | null;
  /** The VAPID key pair from the environment or the data folder; else kept in the database. */
  vapid?: { publicKey: string; privateKey: string } | null;
  /** Some instance runs scheduled work (RAPPORT_JOBS is not 0): the health report expects ticks. */
  jobsExpected?: boolean;
}

export interface SsoSettings {
  /** "Sign in with <name>". */
  name: string;
  /** E-mail domains whose people may create an account by signing in; empty: no such rule. */
  allowedDomains: string[];
  /** The provider is the only way in: no password sign-in, sign-up or reset. */
  only: boolean;
}

export interface AppContext {
  store: Store;
  repos: Repositories;
  clock: Clock;
  settings: AppSettings;
  agendaSources: AgendaSourceCache;
  /** The unfiltered people list per user, patched after a write (people/people-list). */
  peopleLists: PeopleListCache;
  /** Token and session lookups of the last seconds (see auth-cache). */
  auth: AuthCache;
  mailer: Mailer;
  /** Posting to Slack and asking it about users (src/integrations/slack). */
  slack: Slack;
  /** Calendars, mailboxes and repositories capture reads (src/integrations/capture). */
  capture: CaptureClients;
  /** CardDAV for contacts sync; the runtime sets the real client (src/integrations/carddav). */
  contactsSync: ContactsSyncClient;
  /** The OpenID provider (src/integrations/oidc), set by the runtime when SSO is configured. */
  identityProvider: IdentityProvider | null;
  /** Web Push delivery (src/integrations/push); set by the runtime and by testApi. */
  push: PushSender;
  /** Structured log (pino in the server, set by the runtime; errors on stderr elsewhere). */
  log: Logger;
  /** Counters for /metrics (prom-client in the server, set by the runtime; nothing elsewhere). */
  metrics: Metrics;
}

const unavailable = async (): Promise<never> => {
  throw new Error('Contacts sync is not available in this process');
};

/** Until the runtime sets the real sender: subscribing and sending say push is not available. */
export const unavailablePush: PushSender = {
  checkEndpoint: async () => 'Push is not available in this process',
  send: async () => ({ failed: 'Push is not available in this process' }),
  generateKeys: () => {
    throw new Error('Push is not available in this process');
  },
};

/** Until the runtime sets the real client: every call fails with a clear message. */
export const unavailableContactsSync: ContactsSyncClient = {
  discover: unavailable,
  changes: unavailable,
  cards: () => ({ [Symbol.asyncIterator]: () => ({ next: unavailable }) }),
  get: unavailable,
  put: unavailable,
};

/** The integrations a context reaches through ports; each one left out explains itself when used. */
export type AppPorts = Pick<
  AppContext,
  'mailer' | 'slack' | 'capture' | 'contactsSync' | 'identityProvider' | 'push' | 'log' | 'metrics'
>;

export function createAppContext(
  store: Store,
  clock: Clock,
  settings: AppSettings,
  ports: Partial<AppPorts> = {},
): AppContext {
  return {
    store,
    repos: repositories(store.db, store.dialect, store.changeStamp),
    clock,
    settings,
    agendaSources: new AgendaSourceCache(),
    peopleLists: new PeopleListCache(),
    auth: new AuthCache(),
    mailer: ports.mailer ?? unconfiguredMailer,
    slack: ports.slack ?? offlineSlack,
    capture: ports.capture ?? unconfiguredCaptureClients,
    contactsSync: ports.contactsSync ?? unavailableContactsSync,
    identityProvider: ports.identityProvider ?? null,
    push: ports.push ?? unavailablePush,
    log: ports.log ?? stderrLogger(),
    metrics: ports.metrics ?? noMetrics,
  };
}

/** How many times a transaction the database aborted for another's sake is run in all. */
const TRANSACTION_ATTEMPTS = 4;

/**
 * Runs work that writes several rows atomically, with repositories bound to the transaction.
 * A transaction PostgreSQL aborted to let another through (a deadlock: see transient-errors)
 * is run again from the start, after a short random pause: nothing of it was kept. So work
 * must be safe to run twice: it touches the database (what must go out goes through the
 * outbox), and whatever it counts outside starts from zero at its top (capture's countAfresh).
 */
export async function inTransaction<T>(
  ctx: AppContext,
  work: (repos: Repositories) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.store.db
        .transaction()
        .execute((trx) => work(repositories(trx, ctx.store.dialect)));
    } catch (error) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isTransientConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 10 + Math.random() * 40));
    }
  }
}
