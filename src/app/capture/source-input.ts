// What a user gives to connect a source, checked; and how a stored source becomes the config a
// capture client needs (opening the sealed password only then).
import { z } from 'zod';
import type { SourceKind, SourceRecord } from '../../store/sources/source-repository';
import type { AppContext } from '../context';
import { CredentialsUnreadable, openCredentials } from '../credentials';
import { invalidInput } from '../errors';
import type { CalDavConfig, IcsCalendarConfig, ImapConfig, NetworkPolicy } from '../ports/capture';

export const SOURCE_KINDS = ['ics', 'caldav', 'imap', 'git'] as const;
export const SOURCE_MODES = ['review', 'auto'] as const;

const name = z.string().trim().min(1, 'Give the source a name').max(100);
const choices = {
  mode: z.enum(SOURCE_MODES, { message: 'Mode is review or auto' }),
  keepSubjects: z.boolean(),
  largeMeetingSize: z.number().int().min(2).max(1000),
  countLargeMeetings: z.boolean(),
  intervalMinutes: z
    .number()
    .int()
    .min(5, 'Sync at most every 5 minutes')
    .max(7 * 24 * 60),
  replyDelayHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30),
};
const password = z.string().min(1).max(1000);
const calendars = z.array(z.string().trim().min(1).max(500)).max(50);
const sentFolder = z.string().trim().min(1).max(500).nullable();

export const sourceInput = z
  .object({
    kind: z.enum(SOURCE_KINDS, { message: 'Kind is one of: ics, caldav, imap, git' }),
    name: name.optional(),
    mode: choices.mode.optional(),
    keepSubjects: choices.keepSubjects.optional(),
    largeMeetingSize: choices.largeMeetingSize.optional(),
    countLargeMeetings: choices.countLargeMeetings.optional(),
    reachBackMonths: z.number().int().min(0).max(60).optional(),
    intervalMinutes: choices.intervalMinutes.optional(),
    replyDelayHours: choices.replyDelayHours.optional(),
    url: z.string().trim().min(1).max(2000).optional(),
    user: z.string().trim().min(1).max(320).optional(),
    password: password.optional(),
    calendars: calendars.optional(),
    host: z.string().trim().min(1).max(253).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    tls: z.boolean().optional(),
    sentFolder: sentFolder.optional(),
    paths: z.array(z.string().trim().min(1).max(4096)).min(1).max(20).optional(),
  })
  .strict();
export type SourceInput = z.infer<typeof sourceInput>;

export const sourceChanges = z
  .object({
    name: name.optional(),
    mode: choices.mode.optional(),
    paused: z.boolean().optional(),
    keepSubjects: choices.keepSubjects.optional(),
    largeMeetingSize: choices.largeMeetingSize.optional(),
    countLargeMeetings: choices.countLargeMeetings.optional(),
    intervalMinutes: choices.intervalMinutes.optional(),
    replyDelayHours: choices.replyDelayHours.optional(),
    password: password.optional(),
    calendars: calendars.optional(),
    sentFolder: sentFolder.optional(),
  })
  .strict();

/** A source's connection, checked per kind: settings to store (no secret) and what to seal. */
export interface Connection {
  kind: SourceKind;
  settings: Record<string, unknown>;
  /** Sealed at rest: the password, and the address of an .ics (a secret link for most hosts). */
  secret: { password?: string; url?: string } | null;
  defaultName: string;
}

function httpUrl(text: string | undefined, what: string): URL {
  if (!text) throw invalidInput(`url: Give the ${what} address`);
  let url: URL;
  try {
    url = new URL(text.replace(/^webcals?:/i, 'https:'));
  } catch {
    throw invalidInput(`url: "${text.slice(0, 100)}" is not a web address`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalidInput('url: Use an http or https address');
  return url;
}

/** Shows where an .ics lives without the secret part of its address. */
export function redactedUrl(url: URL): string {
  return `${url.protocol}//${url.host}/…`;
}

export function connectionOf(input: SourceInput): Connection {
  const need = (value: string | undefined, field: string, what: string) => {
    if (!value) throw invalidInput(`${field}: ${what}`);
    return value;
  };
  switch (input.kind) {
    case 'ics': {
      const url = httpUrl(input.url, 'calendar’s .ics');
      return {
        kind: 'ics',
        settings: { url: redactedUrl(url) },
        secret: { url: url.toString() },
        defaultName: `Calendar at ${url.hostname}`,
      };
    }
    case 'caldav': {
      const url = httpUrl(input.url, 'CalDAV server');
      const user = need(input.user, 'user', 'Give the CalDAV user name');
      return {
        kind: 'caldav',
        settings: { url: url.toString(), user, calendars: input.calendars ?? [] },
        secret: { password: need(input.password, 'password', 'Give the password') },
        defaultName: `${user} at ${url.hostname}`,
      };
    }
    case 'imap': {
      const host = need(input.host, 'host', 'Give the IMAP server’s host name');
      const user = need(input.user, 'user', 'Give the mailbox user name');
      const tls = input.tls ?? true;
      return {
        kind: 'imap',
        settings: {
          host,
          port: input.port ?? (tls ? 993 : 143),
          tls,
          user,
          sentFolder: input.sentFolder ?? null,
        },
        secret: { password: need(input.password, 'password', 'Give the password') },
        defaultName: `${user} at ${host}`,
      };
    }
    case 'git': {
      const paths = input.paths;
      if (!paths?.length) throw invalidInput('paths: Give one or more repository folders');
      return {
        kind: 'git',
        settings: { paths },
        secret: null,
        defaultName: paths.length === 1 ? `Git: ${paths[0]}` : `Git: ${paths.length} repositories`,
      };
    }
  }
}

export function networkOf(ctx: AppContext): NetworkPolicy {
  return { allowPrivate: ctx.settings.sourcesAllowPrivate ?? false };
}

type Secret = { password?: string; url?: string };

function secretOf(ctx: AppContext, source: Pick<SourceRecord, 'credentials'>): Secret {
  if (!source.credentials) throw new CredentialsUnreadable();
  return openCredentials<Secret>(ctx.settings.secret, source.credentials);
}

/** The clients' configs for a stored source (opens its sealed secret). */
export function icsConfig(ctx: AppContext, source: SourceRecord): IcsCalendarConfig {
  return { url: secretOf(ctx, source).url ?? '' };
}

export function caldavConfig(ctx: AppContext, source: SourceRecord): CalDavConfig {
  const s = source.settings as { url: string; user: string; calendars?: string[] };
  return {
    url: s.url,
    user: s.user,
    password: secretOf(ctx, source).password ?? '',
    calendars: s.calendars ?? [],
  };
}

export function imapConfig(ctx: AppContext, source: SourceRecord): ImapConfig {
  const s = source.settings as {
    host: string;
    port: number;
    tls: boolean;
    user: string;
    sentFolder?: string | null;
  };
  return {
    host: s.host,
    port: s.port,
    tls: s.tls,
    user: s.user,
    password: secretOf(ctx, source).password ?? '',
    sentFolder: s.sentFolder ?? null,
  };
}
