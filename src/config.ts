// Configuration comes from the environment only, so the same build runs on a laptop and a fleet.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** A postgres:// URL, or null for the embedded SQLite file in dataDir. */
  databaseUrl: string | null;
  secret: string;
  openSignup: boolean;
  /** How many reverse proxies in front are trusted for X-Forwarded-For/-Proto (0: none). */
  trustProxy: number;
  /** Sessions end this many days after sign-in, or after this many idle days. */
  sessionDays: number;
  sessionIdleDays: number;
  /** On SIGTERM/SIGINT, how long requests in flight may finish before connections are closed. */
  shutdownSeconds: number;
  /** The public base URL people reach the server at (for links in e-mail and invites). */
  publicUrl: string | null;
  /** smtp:// or smtps:// URL of the mail server, with RAPPORT_MAIL_FROM as the sender. */
  smtp: { url: string; from: string } | null;
  /** Run scheduled work (update drafts, digests) in this process. */
  jobs: boolean;
  slack: SlackEndpoints;
  /** RAPPORT_SOURCES_ALLOW_PRIVATE=1: capture and contacts sources may reach loopback and private
   * addresses (a self-hosted mail or DAV server on the same network; tests). Off by default. */
  sourcesAllowPrivate: boolean;
}

/** Where Slack is reached; only tests and proxies change these. */
export interface SlackEndpoints {
  /** RAPPORT_SLACK_URL_PREFIX: webhook URLs starting with it are allowed besides hooks.slack.com. */
  urlPrefix: string | null;
  /** RAPPORT_SLACK_API_URL: the Slack Web API base (chat.postMessage, users.info). */
  apiUrl: string;
}

export const SLACK_API_URL = 'https://slack.com/api';

/** A problem the person running Rapport can fix; printed as one line, exit code 1. */
export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT ? Number(env.PORT) : 7707;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (leave it unset for SQLite)');
  }
  const dataDir = resolve(env.RAPPORT_DATA || './data');
  const smtpUrl = env.RAPPORT_SMTP_URL?.trim();
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('RAPPORT_SMTP_URL must start with smtp:// or smtps://');
  }
  return {
    port,
    host: readHost(env.HOST),
    dataDir,
    databaseUrl,
    secret: readSecret(env.RAPPORT_SECRET, databaseUrl),
    openSignup: readFlag('RAPPORT_OPEN_SIGNUP', env.RAPPORT_OPEN_SIGNUP),
    trustProxy: readTrustProxy(env.RAPPORT_TRUST_PROXY),
    sessionDays: readDays('RAPPORT_SESSION_DAYS', env.RAPPORT_SESSION_DAYS, 30),
    sessionIdleDays: readDays('RAPPORT_SESSION_IDLE_DAYS', env.RAPPORT_SESSION_IDLE_DAYS, 7),
    shutdownSeconds: readShutdownSeconds(env.RAPPORT_SHUTDOWN_SECONDS),
    publicUrl: readPublicUrl(env.RAPPORT_PUBLIC_URL),
    smtp: smtpUrl
      ? { url: smtpUrl, from: env.RAPPORT_MAIL_FROM?.trim() || 'Rapport <rapport@localhost>' }
      : null,
    jobs: env.RAPPORT_JOBS !== '0',
    slack: readSlackEndpoints(env),
    sourcesAllowPrivate: readFlag(
      'RAPPORT_SOURCES_ALLOW_PRIVATE',
      env.RAPPORT_SOURCES_ALLOW_PRIVATE,
    ),
  };
}

/** Links signed on one instance must verify on every other, so a shared secret is required. */
function readSecret(value: string | undefined, databaseUrl: string | null): string {
  const secret = value ?? '';
  if (!secret) {
    if (databaseUrl) {
      throw new ConfigError(
        'RAPPORT_SECRET is required with PostgreSQL (the same value on every instance); e.g. openssl rand -base64 32',
      );
    }
    return '';
  }
  if (Buffer.byteLength(secret, 'utf8') < 32) {
    throw new ConfigError(
      'RAPPORT_SECRET must be at least 32 bytes long; e.g. openssl rand -base64 32',
    );
  }
  return secret;
}

/** On/off switches: strict, so a typo such as "yes" is not silently "off". */
function readFlag(name: string, value: string | undefined): boolean {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === '1' || text === 'true') return true;
  throw new ConfigError(`${name} must be 1, 0, true or false, got "${value}"`);
}

function readTrustProxy(value: string | undefined): number {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === '0' || text === 'false') return 0;
  if (text === 'true') return 1;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  throw new ConfigError(
    `RAPPORT_TRUST_PROXY must be 0, or the number of reverse proxies in front (1 for one), got "${value}"`,
  );
}

function readDays(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new ConfigError(`${name} must be a whole number of days from 1 to 3650, got "${value}"`);
  }
  return days;
}

function readShutdownSeconds(value: string | undefined): number {
  const raw = value?.trim();
  if (!raw) return 10;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600) {
    throw new ConfigError(
      `RAPPORT_SHUTDOWN_SECONDS must be a number of seconds from 0 to 3600, not "${raw}"`,
    );
  }
  return seconds;
}

function readPublicUrl(value: string | undefined): string | null {
  const text = value?.trim().replace(/\/+$/, '');
  if (!text) return null;
  if (!isHttpUrl(text)) {
    throw new ConfigError(
      `RAPPORT_PUBLIC_URL must be an http:// or https:// URL, e.g. https://${text.replace(/^[a-z]+:\/*/i, '')}`,
    );
  }
  return text;
}

/** An IP address or a host name; "999.1.1.1" is neither, and would only fail at listen time. */
function readHost(value: string | undefined): string {
  const host = value?.trim() || '127.0.0.1';
  const hostname = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
  const allNumeric = /^[\d.]+$/.test(host);
  if (isIP(host) || (!allNumeric && hostname.test(host))) return host;
  throw new ConfigError(`HOST must be an IP address or a host name, got "${value}"`);
}

/**
 * The Slack part of the configuration. The Slack client reads it on each call (it is cheap), so
 * the server, the in-process CLI and tests that point Slack at a local fake all see the same.
 */
export function readSlackEndpoints(env: NodeJS.ProcessEnv = process.env): SlackEndpoints {
  const urlPrefix = env.RAPPORT_SLACK_URL_PREFIX?.trim() || null;
  if (urlPrefix && !isHttpUrl(urlPrefix)) {
    throw new ConfigError(
      'RAPPORT_SLACK_URL_PREFIX must be an http:// or https:// URL with a host, e.g. https://proxy.internal/slack/',
    );
  }
  const apiUrl = env.RAPPORT_SLACK_API_URL?.trim().replace(/\/+$/, '') || SLACK_API_URL;
  if (!isHttpUrl(apiUrl)) {
    throw new ConfigError('RAPPORT_SLACK_API_URL must be an http:// or https:// URL');
  }
  return { urlPrefix, apiUrl };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Makes sure the data folder is writable and the secret exists (generated once, kept there).
 * What Rapport creates there is private to the account running it: the folder 0700, files 0600
 * (the SQLite file is created empty here so its -wal and -shm files inherit 0600 from it).
 */
export function prepareDataDir(config: Config): Config {
  try {
    ensureDir(config.dataDir);
    const probe = join(config.dataDir, '.write-test');
    writeFileSync(probe, '', { mode: 0o600 });
    rmSync(probe);
    if (!config.databaseUrl) {
      const databaseFile = join(config.dataDir, 'rapport.sqlite');
      if (!existsSync(databaseFile)) writeFileSync(databaseFile, '', { mode: 0o600, flag: 'wx' });
    }
    if (config.secret) return config;
    const secretFile = join(config.dataDir, 'secret');
    if (!existsSync(secretFile)) {
      writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
    }
    return { ...config, secret: readFileSync(secretFile, 'utf8').trim() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(
      `Cannot write to the data folder ${config.dataDir} (${code}); set RAPPORT_DATA to a writable folder`,
    );
  }
}

/** A warning when others on the machine can look into the data folder, or null. */
export function dataDirWarning(dataDir: string): string | null {
  try {
    const mode = statSync(dataDir).mode & 0o777;
    if ((mode & 0o077) === 0) return null;
    return `warning: the data folder ${dataDir} can be read by other users of this machine (mode ${mode.toString(8)}); run chmod 700 ${dataDir}`;
  } catch {
    return null;
  }
}

/** mkdir -p, one level at a time: Node's recursive mkdir never returns on some paths (/proc). */
function ensureDir(dir: string, depth = 0): void {
  if (existsSync(dir)) return;
  try {
    mkdirSync(dir, { mode: depth === 0 ? 0o700 : 0o777 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir || depth > 64) throw error;
    ensureDir(parent, depth + 1);
    mkdirSync(dir, { mode: depth === 0 ? 0o700 : 0o777 });
  }
}

/**
 * The environment a program Rapport runs (git, for git sources) starts with: this process's own
 * (PATH, HOME), with the given variables set. Read here so integrations never touch process.env.
 */
export function childEnvironment(set: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...set };
}
