// What every use-case receives: the store, its repositories, the clock, the settings it needs and
// the ports to the world outside (mail, Slack, capture sources, CardDAV), which the runtime
// configures at start-up (src/runtime.ts) and tests replace with their own.
import type { Store } from '../store/database';
import { type Repositories, repositories } from '../store/repositories';
import { AuthCache } from './auth-cache';
import { unconfiguredCaptureClients } from './capture/unconfigured-clients';
import type { Clock } from './clock';
import type { CaptureClients } from './ports/capture';
import type { ContactsSyncClient } from './ports/contacts-sync';
import { type Mailer, unconfiguredMailer } from './ports/mailer';
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
  /** Posting to Slack and asking it about users (src/integrations/slack). */
  slack: Slack;
  /** Calendars, mailboxes and repositories capture reads (src/integrations/capture). */
  capture: CaptureClients;
  /** CardDAV for contacts sync; the runtime sets the real client (src/integrations/carddav). */
  contactsSync: ContactsSyncClient;
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

/** The integrations a context reaches through ports; each one left out explains itself when used. */
export type AppPorts = Pick<AppContext, 'mailer' | 'slack' | 'capture' | 'contactsSync'>;

export function createAppContext(
  store: Store,
  clock: Clock,
  settings: AppSettings,
  ports: Partial<AppPorts> = {},
): AppContext {
  return {
    store,
    repos: repositories(store.db, store.dialect),
    clock,
    settings,
    agendaSources: new AgendaSourceCache(),
    auth: new AuthCache(),
    mailer: ports.mailer ?? unconfiguredMailer,
    slack: ports.slack ?? offlineSlack,
    capture: ports.capture ?? unconfiguredCaptureClients,
    contactsSync: ports.contactsSync ?? unavailableContactsSync,
  };
}

/** Runs work that writes several rows atomically, with repositories bound to the transaction. */
export function inTransaction<T>(ctx: AppContext, work: (repos: Repositories) => Promise<T>) {
  return ctx.store.db.transaction().execute((trx) => work(repositories(trx, ctx.store.dialect)));
}
