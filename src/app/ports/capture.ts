// The ports through which capture reads a user's calendars, mailboxes and repositories. The
// integrations implement them (src/integrations/capture/*); tests and the runtime pass them in.
// Every call is bounded in time, checks the outbound policy and reports failures as an Error whose
// message is fit to show the user ("IMAP said: authentication failed").
import type {
  CapturedCommit,
  CapturedEvent,
  CapturedMail,
} from '../../domain/capture/capture-types';

export interface NetworkPolicy {
  /** Loopback, link-local and private addresses may be reached (RAPPORT_SOURCES_ALLOW_PRIVATE). */
  allowPrivate: boolean;
}

/** What a calendar sync returns. Opaque `cursor` is stored and handed back next time. */
export interface CalendarBatch {
  /** Calendar objects that are new or changed, each with all its occurrences in the window. */
  objects: { key: string; occurrences: CapturedEvent[] }[];
  /** Keys of objects removed since the cursor. */
  removed: string[];
  /** `objects` is the whole calendar: every previously known key not in it is gone. */
  complete: boolean;
  /** Nothing changed since the cursor (HTTP 304, same sync-token or ctag). */
  unchanged: boolean;
  cursor: string | null;
}

export interface CalendarWindow {
  /** ISO instants: occurrences are expanded from `from` to `to` (reach-back and a little ahead). */
  from: string;
  to: string;
}

export interface IcsCalendarConfig {
  url: string;
}

export interface CalDavConfig {
  url: string;
  user: string;
  password: string;
  /** Display names or URLs of the calendars to read; empty = every calendar of the account. */
  calendars: string[];
}

export interface ImapConfig {
  host: string;
  port: number;
  tls: boolean;
  user: string;
  password: string;
  /** The Sent folder's path when the user chose it; otherwise the \Sent special-use folder. */
  sentFolder?: string | null;
}

export interface MailBatch {
  messages: CapturedMail[];
  cursor: string | null;
}

export interface CalendarClient<Config> {
  /** Checks that the source can be read (login, calendar exists, parses) and returns names of
   * the calendars found, saving nothing. */
  test(config: Config, network: NetworkPolicy): Promise<{ calendars: string[] }>;
  sync(
    config: Config,
    cursor: string | null,
    window: CalendarWindow,
    network: NetworkPolicy,
    options: { keepSubjects: boolean },
  ): Promise<CalendarBatch>;
}

export interface MailClient {
  test(config: ImapConfig, network: NetworkPolicy): Promise<{ folders: string[] }>;
  /** New messages in INBOX and Sent since the cursor; the first sync reaches back to `since`. */
  sync(
    config: ImapConfig,
    cursor: string | null,
    since: string,
    network: NetworkPolicy,
    options: { keepSubjects: boolean; onProgress?: (seen: number) => void },
  ): Promise<MailBatch>;
}

export interface GitClient {
  /** Commits authored by any of `emails` in the repository at `path`, since the instant. */
  commits(path: string, emails: string[], since: string): Promise<CapturedCommit[]>;
}

/** Every capture client, configured at start-up. */
export interface CaptureClients {
  ics: CalendarClient<IcsCalendarConfig>;
  caldav: CalendarClient<CalDavConfig>;
  imap: MailClient;
  git: GitClient;
}
