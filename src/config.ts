// Configuration comes from the environment only, so the same build runs on a laptop and a fleet.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** A postgres:// URL, or null for the embedded SQLite file in dataDir. */
  databaseUrl: string | null;
  secret: string;
  openSignup: boolean;
  trustProxy: boolean;
  /** The public base URL people reach the server at (for links in e-mail and invites). */
  publicUrl: string | null;
  /** smtp:// or smtps:// URL of the mail server, with RAPPORT_MAIL_FROM as the sender. */
  smtp: { url: string; from: string } | null;
  /** Run scheduled work (update drafts, digests) in this process. */
  jobs: boolean;
  slack: SlackEndpoints;
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
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl,
    secret: env.RAPPORT_SECRET || '',
    openSignup: env.RAPPORT_OPEN_SIGNUP === '1' || env.RAPPORT_OPEN_SIGNUP === 'true',
    trustProxy: env.RAPPORT_TRUST_PROXY === '1' || env.RAPPORT_TRUST_PROXY === 'true',
    publicUrl: env.RAPPORT_PUBLIC_URL?.replace(/\/+$/, '') || null,
    smtp: smtpUrl
      ? { url: smtpUrl, from: env.RAPPORT_MAIL_FROM?.trim() || 'Rapport <rapport@localhost>' }
      : null,
    jobs: env.RAPPORT_JOBS !== '0',
    slack: readSlackEndpoints(env),
  };
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

/** Makes sure the data folder is writable and the secret exists (generated once, kept there). */
export function prepareDataDir(config: Config): Config {
  try {
    ensureDir(config.dataDir);
    const probe = join(config.dataDir, '.write-test');
    writeFileSync(probe, '');
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

/** mkdir -p, one level at a time: Node's recursive mkdir never returns on some paths (/proc). */
function ensureDir(dir: string, depth = 0): void {
  if (existsSync(dir)) return;
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir || depth > 64) throw error;
    ensureDir(parent, depth + 1);
    mkdirSync(dir);
  }
}
