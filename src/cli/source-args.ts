// What `rapport source add|test KIND …` typed, turned into the body of POST /api/sources (or
// /api/sources/test). Pure, so every rule about the command line is tested without a server;
// a wrong command line is a UsageError (exit 2), never a request.
import { isAbsolute, resolve } from 'node:path';
import type { SourceInput, SourceKind } from '../http/sources/source-schemas';
import { SOURCE_MODES } from '../http/sources/source-schemas';
import { UsageError } from './errors';

/** The flags any kind takes (commander's camel-cased names). */
export interface SourceFlags {
  name?: string;
  mode?: string;
  keepSubjects?: boolean;
  largeMeetingSize?: string;
  countLargeMeetings?: boolean;
  reachBackMonths?: string;
  intervalMinutes?: string;
  replyDelayHours?: string;
  user?: string;
  password?: string;
  passwordStdin?: boolean;
  calendar?: string[];
  host?: string;
  port?: string;
  /** commander's `--no-tls` gives `tls: false`; absent means TLS. */
  tls?: boolean;
  sentFolder?: string;
}

/** Where the password came from, read by the command before it calls this (stdin is async). */
export interface PasswordSources {
  /** What --password-stdin read, when given. */
  stdin?: string;
  /** RAPPORT_SOURCE_PASSWORD. */
  env?: string;
}

const NEEDS_PASSWORD: readonly SourceKind[] = ['caldav', 'imap'];

export function needsPassword(kind: SourceKind): boolean {
  return NEEDS_PASSWORD.includes(kind);
}

/** A whole number within bounds from a flag, or a UsageError naming the flag. */
export function wholeNumber(
  value: string | undefined,
  flag: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${flag} takes a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

/** An http(s) address as typed; `webcal://` (what calendar apps hand out) means https. */
export function calendarUrl(raw: string | undefined, what: string): string {
  const text = (raw ?? '').trim();
  if (!text) throw new UsageError(`${what} needs an address`);
  const url = text.replace(/^webcals?:\/\//i, 'https://');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`"${text}" is not an address; give one like https://example.com/cal.ics`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UsageError(`"${text}" is not an http(s) address`);
  }
  return url;
}

/** The password from exactly one place: --password, --password-stdin, RAPPORT_SOURCE_PASSWORD. */
export function pickPassword(flags: SourceFlags, from: PasswordSources): string | undefined {
  if (flags.password !== undefined && flags.passwordStdin) {
    throw new UsageError('give the password with --password or --password-stdin, not both');
  }
  const typed = flags.passwordStdin ? stripNewline(from.stdin ?? '') : flags.password;
  const password = typed ?? (from.env || undefined);
  if (password !== undefined && password.length === 0) {
    throw new UsageError('the password is empty');
  }
  return password;
}

/** A password piped in ends with the newline `echo` adds; only that one is dropped. */
function stripNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

function mode(value: string | undefined): SourceInput['mode'] {
  if (value === undefined) return undefined;
  const wanted = value.trim().toLowerCase();
  const found = SOURCE_MODES.find((m) => m === wanted);
  if (!found) throw new UsageError(`--mode is review or auto, not "${value}"`);
  return found;
}

/** The tuning flags every kind shares, with only what was given. */
function tuning(flags: SourceFlags): Partial<SourceInput> {
  const name = flags.name?.trim();
  if (flags.name !== undefined && !name) throw new UsageError('--name is empty');
  const body: Partial<SourceInput> = {
    name,
    mode: mode(flags.mode),
    keepSubjects: flags.keepSubjects,
    largeMeetingSize: wholeNumber(flags.largeMeetingSize, '--large-meeting-size', 2, 1000),
    countLargeMeetings: flags.countLargeMeetings,
    reachBackMonths: wholeNumber(flags.reachBackMonths, '--reach-back-months', 0, 60),
    intervalMinutes: wholeNumber(flags.intervalMinutes, '--interval-minutes', 5, 7 * 24 * 60),
    replyDelayHours: wholeNumber(flags.replyDelayHours, '--reply-delay-hours', 0, 720),
  };
  return dropUndefined(body);
}

function dropUndefined<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as T;
}

function requireUser(flags: SourceFlags, kind: string): string {
  const user = flags.user?.trim();
  if (!user) throw new UsageError(`a ${kind} source needs --user`);
  return user;
}

/**
 * The request body for `source add|test KIND`. `operands` are the positional arguments (the URL,
 * or the repository paths for git); `password` is what pickPassword found, if anything.
 */
export function sourceInputFrom(
  kind: SourceKind,
  operands: readonly string[],
  flags: SourceFlags,
  password: string | undefined,
  cwd = process.cwd(),
): SourceInput {
  const base = { kind, ...tuning(flags) };
  if (needsPassword(kind) && password === undefined) {
    throw new UsageError(
      `a ${kind} source needs a password: --password P, --password-stdin, or RAPPORT_SOURCE_PASSWORD`,
    );
  }
  switch (kind) {
    case 'ics':
      return { ...base, url: calendarUrl(operands[0], 'an ics source') };
    case 'caldav': {
      const calendars = (flags.calendar ?? []).map((c) => c.trim()).filter(Boolean);
      return dropUndefined({
        ...base,
        url: calendarUrl(operands[0], 'a caldav source'),
        user: requireUser(flags, kind),
        password,
        calendars: calendars.length > 0 ? calendars : undefined,
      });
    }
    case 'imap': {
      const host = flags.host?.trim();
      if (!host) throw new UsageError('an imap source needs --host');
      return dropUndefined({
        ...base,
        host,
        port: wholeNumber(flags.port, '--port', 1, 65535) ?? 993,
        tls: flags.tls !== false,
        user: requireUser(flags, kind),
        password,
        sentFolder: flags.sentFolder?.trim() || undefined,
      });
    }
    case 'git': {
      const paths = operands.map((p) => p.trim()).filter(Boolean);
      if (paths.length === 0) throw new UsageError('a git source needs at least one PATH');
      // The server reads them on this machine; relative paths mean "from where I typed it".
      return { ...base, paths: paths.map((p) => (isAbsolute(p) ? p : resolve(cwd, p))) };
    }
  }
}
