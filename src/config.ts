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
  /** RAPPORT_TEST_PASSWORD_HASHING=fast with NODE_ENV=test: cheap argon2 for the test suite. */
  testPasswordHashing: boolean;
  /** Sign-in with the company's OpenID provider (RAPPORT_OIDC_*), or null when not set up. */
  oidc: OidcConfig | null;
  /** RAPPORT_VAPID_PUBLIC_KEY/_PRIVATE_KEY (both or neither); unset: generated once and kept. */
  vapid: { publicKey: string; privateKey: string } | null;
  /** RAPPORT_LOG_LEVEL: the least severe log lines written (default info). */
  logLevel: LogLevel;
  /** GET /metrics: off (404) unless RAPPORT_METRICS=1 (loopback callers only) or a token is set. */
  metrics: MetricsAccess;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Who may read /metrics: nobody, callers on this machine, or whoever sends the bearer token. */
export type MetricsAccess =
  | { mode: 'off' }
  | { mode: 'loopback' }
  | { mode: 'token'; token: string };

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** E-mail domains whose people may create an account by signing in (lower case). */
  allowedDomains: string[];
  /** RAPPORT_OIDC_ONLY=1: no password sign-in, sign-up or reset; the provider is the only door. */
  only: boolean;
  /** Shown on the button, "Sign in with <name>". */
  name: string;
}

/** Where the provider sends people back; register PUBLIC_URL + this path at the provider. */
export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

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
  const host = readHost(env.HOST);
  const publicUrl = readPublicUrl(env.RAPPORT_PUBLIC_URL);
  const oidc = readOidc(env);
  if (oidc && !publicUrl) {
    throw new ConfigError(
      `RAPPORT_PUBLIC_URL is required with RAPPORT_OIDC_ISSUER: the provider sends people back to RAPPORT_PUBLIC_URL${OIDC_CALLBACK_PATH}, e.g. https://rapport.example.com`,
    );
  }
  // Mailed links (digests, invites, resets) point at the public address. Without one they point
  // where the server listens, which only works when that is this machine's loopback.
  if (smtpUrl && !publicUrl && !isLoopbackHost(host)) {
    throw new ConfigError(
      `RAPPORT_PUBLIC_URL is required with RAPPORT_SMTP_URL when HOST is ${host}: links in mail must point at the address people reach Rapport at, e.g. https://rapport.example.com`,
    );
  }
  return {
    port,
    host,
    dataDir,
    databaseUrl,
    secret: readSecret(env.RAPPORT_SECRET, databaseUrl),
    openSignup: readFlag('RAPPORT_OPEN_SIGNUP', env.RAPPORT_OPEN_SIGNUP),
    trustProxy: readTrustProxy(env.RAPPORT_TRUST_PROXY),
    sessionDays: readDays('RAPPORT_SESSION_DAYS', env.RAPPORT_SESSION_DAYS, 30),
    sessionIdleDays: readDays('RAPPORT_SESSION_IDLE_DAYS', env.RAPPORT_SESSION_IDLE_DAYS, 7),
    shutdownSeconds: readShutdownSeconds(env.RAPPORT_SHUTDOWN_SECONDS),
    publicUrl,
    smtp: smtpUrl
      ? { url: smtpUrl, from: env.RAPPORT_MAIL_FROM?.trim() || 'Rapport <rapport@localhost>' }
      : null,
    jobs: env.RAPPORT_JOBS !== '0',
    slack: readSlackEndpoints(env),
    sourcesAllowPrivate: readFlag(
      'RAPPORT_SOURCES_ALLOW_PRIVATE',
      env.RAPPORT_SOURCES_ALLOW_PRIVATE,
    ),
    testPasswordHashing: readTestPasswordHashing(env),
    oidc,
    vapid: readVapid(env.RAPPORT_VAPID_PUBLIC_KEY, env.RAPPORT_VAPID_PRIVATE_KEY),
    logLevel: readLogLevel(env.RAPPORT_LOG_LEVEL),
    metrics: readMetrics(env),
  };
}

// Weak hashes must never reach a real deployment: the switch is refused outside a test run.
function readTestPasswordHashing(env: NodeJS.ProcessEnv): boolean {
  const value = env.RAPPORT_TEST_PASSWORD_HASHING?.trim();
  if (!value) return false;
  if (value !== 'fast') {
    throw new ConfigError(`RAPPORT_TEST_PASSWORD_HASHING must be "fast" or unset, got "${value}"`);
  }
  if (env.NODE_ENV !== 'test') {
    throw new ConfigError(
      'RAPPORT_TEST_PASSWORD_HASHING is only for the test suite (NODE_ENV=test)',
    );
  }
  return true;
}

/** All three of issuer, client id and secret, or none: half a configuration is an error. */
function readOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const required = {
    RAPPORT_OIDC_ISSUER: env.RAPPORT_OIDC_ISSUER?.trim() ?? '',
    RAPPORT_OIDC_CLIENT_ID: env.RAPPORT_OIDC_CLIENT_ID?.trim() ?? '',
    RAPPORT_OIDC_CLIENT_SECRET: env.RAPPORT_OIDC_CLIENT_SECRET?.trim() ?? '',
  };
  const names = Object.keys(required).join(', ');
  const missing = Object.entries(required)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length === 3) {
    const optional = {
      RAPPORT_OIDC_ALLOWED_DOMAINS: env.RAPPORT_OIDC_ALLOWED_DOMAINS,
      RAPPORT_OIDC_ONLY: env.RAPPORT_OIDC_ONLY,
      RAPPORT_OIDC_NAME: env.RAPPORT_OIDC_NAME,
    };
    const stray = Object.entries(optional).find(([, value]) => value?.trim());
    if (stray) throw new ConfigError(`${stray[0]} needs ${names}`);
    return null;
  }
  if (missing.length > 0) {
    throw new ConfigError(
      `Sign-in with an OpenID provider needs ${names}; missing ${missing.join(', ')}`,
    );
  }
  return {
    issuer: readIssuer(required.RAPPORT_OIDC_ISSUER),
    clientId: required.RAPPORT_OIDC_CLIENT_ID,
    clientSecret: required.RAPPORT_OIDC_CLIENT_SECRET,
    allowedDomains: readDomains(env.RAPPORT_OIDC_ALLOWED_DOMAINS),
    only: readFlag('RAPPORT_OIDC_ONLY', env.RAPPORT_OIDC_ONLY),
    name: readOidcName(env.RAPPORT_OIDC_NAME),
  };
}

/** https, or http to this machine's loopback (a provider run for development and tests). */
function readIssuer(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `RAPPORT_OIDC_ISSUER must be the provider's https:// address, got "${value}"`,
    );
  }
  const insecureOk = url.protocol === 'http:' && isLoopbackHost(url.hostname);
  if (url.protocol !== 'https:' && !insecureOk) {
    throw new ConfigError(
      `RAPPORT_OIDC_ISSUER must be an https:// address (http:// only on loopback), got "${value}"`,
    );
  }
  return value.replace(/\/+$/, '');
}

function readDomains(value: string | undefined): string[] {
  const domains = (value ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  const domain = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
  const bad = domains.find((name) => !domain.test(name));
  if (bad !== undefined) {
    throw new ConfigError(
      `RAPPORT_OIDC_ALLOWED_DOMAINS must be e-mail domains separated by commas (example.com,example.org), got "${bad}"`,
    );
  }
  return [...new Set(domains)];
}

function readOidcName(value: string | undefined): string {
  const name = value?.trim() ?? '';
  if (!name) return 'SSO';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters
  if (name.length > 40 || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new ConfigError('RAPPORT_OIDC_NAME must be one line of at most 40 characters');
  }
  return name;
}

function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/**
 * The Web Push (VAPID) key pair, as `npx web-push generate-vapid-keys` prints it: the public key
 * a 65-byte uncompressed P-256 point and the private key 32 bytes, both base64url. Both or
 * neither: half a pair would sign with a key browsers never subscribed to.
 */
function readVapid(publicKey: string | undefined, privateKey: string | undefined): Config['vapid'] {
  const pub = publicKey?.trim() ?? '';
  const priv = privateKey?.trim() ?? '';
  if (!pub && !priv) return null;
  if (!pub || !priv) {
    throw new ConfigError(
      'Set both RAPPORT_VAPID_PUBLIC_KEY and RAPPORT_VAPID_PRIVATE_KEY, or neither (then a key pair is generated and kept)',
    );
  }
  const bytes = (text: string) =>
    /^[A-Za-z0-9_-]+$/.test(text) ? Buffer.from(text, 'base64url') : null;
  const pubBytes = bytes(pub);
  if (pubBytes?.length !== 65 || pubBytes[0] !== 4) {
    throw new ConfigError(
      'RAPPORT_VAPID_PUBLIC_KEY must be a base64url P-256 public key (87 characters); e.g. npx web-push generate-vapid-keys',
    );
  }
  if (bytes(priv)?.length !== 32) {
    throw new ConfigError(
      'RAPPORT_VAPID_PRIVATE_KEY must be a base64url P-256 private key (43 characters); e.g. npx web-push generate-vapid-keys',
    );
  }
  return { publicKey: pub, privateKey: priv };
}

function readLogLevel(value: string | undefined): LogLevel {
  const text = value?.trim().toLowerCase() || 'info';
  if ((LOG_LEVELS as readonly string[]).includes(text)) return text as LogLevel;
  throw new ConfigError(
    `RAPPORT_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`,
  );
}

/** A token wins over the flag: with one set, every caller (loopback too) must send it. */
function readMetrics(env: NodeJS.ProcessEnv): MetricsAccess {
  const on = readFlag('RAPPORT_METRICS', env.RAPPORT_METRICS);
  const token = env.RAPPORT_METRICS_TOKEN?.trim();
  if (token) {
    if (Buffer.byteLength(token) < 16) {
      throw new ConfigError('RAPPORT_METRICS_TOKEN must be at least 16 characters long');
    }
    return { mode: 'token', token };
  }
  return on ? { mode: 'loopback' } : { mode: 'off' };
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
