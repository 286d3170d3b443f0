// Reads the user's mailbox over IMAP (imapflow): INBOX and the Sent folder, headers only.
// Only the header fields in HEADER_FIELDS are fetched, with BODY.PEEK (nothing is marked seen;
// folders are opened read-only), never a body, never the whole header block. Sync is incremental
// per folder by UIDVALIDITY and the last UID seen; a folder whose UIDVALIDITY changed (rebuilt
// by the server) starts again from the reach-back date. Messages are fetched in UID batches so
// a 20,000-message first sync never holds more than one batch of raw headers.
import { ImapFlow, type ListResponse, type MailboxObject } from 'imapflow';
import type { ImapConfig, MailBatch, MailClient, NetworkPolicy } from '../../app/ports/capture';
import type { CapturedMail } from '../../domain/capture/capture-types';
import { checkOutboundHost } from '../net/outbound';
import { describeImapError, MailSourceError, type Timeouts } from './imap-errors';
import { HEADER_FIELDS, toCapturedMail } from './mail-headers';

export interface ImapLimits extends Timeouts {
  /** Messages per FETCH. */
  batchSize: number;
}

const DEFAULT_LIMITS: ImapLimits = {
  connectionTimeoutMs: 15_000,
  greetingTimeoutMs: 15_000,
  socketTimeoutMs: 60_000,
  batchSize: 500,
};

type FolderRole = 'inbox' | 'sent';

/** Where a folder's sync stopped: the folder, its UIDVALIDITY and the highest UID read. */
interface FolderCursor {
  path: string;
  uidValidity: string;
  lastUid: number;
}

type MailCursor = Partial<Record<FolderRole, FolderCursor>>;

export function createImapMailClient(overrides: Partial<ImapLimits> = {}): MailClient {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  return {
    async test(config, network) {
      return withMailbox(config, network, limits, async (client) => {
        const folders = await listFolders(client);
        findSent(folders, config.sentFolder);
        return { folders: folders.map((folder) => folder.path) };
      });
    },

    async sync(config, cursor, since, network, options): Promise<MailBatch> {
      const reachBack = new Date(since);
      if (Number.isNaN(reachBack.getTime())) throw new Error(`"${since}" is not an instant`);
      return withMailbox(config, network, limits, async (client) => {
        const folders = await listFolders(client);
        const paths: Record<FolderRole, string> = {
          inbox: folders.find((folder) => folder.specialUse === '\\Inbox')?.path ?? 'INBOX',
          sent: findSent(folders, config.sentFolder).path,
        };
        const previous = readCursor(cursor);
        const next: MailCursor = {};
        const messages: CapturedMail[] = [];
        let seen = 0;
        for (const role of ['inbox', 'sent'] as const) {
          next[role] = await syncFolder(client, role, paths[role], previous[role], reachBack, {
            batchSize: limits.batchSize,
            keepSubjects: options.keepSubjects,
            onMessage(mail) {
              messages.push(mail);
              seen += 1;
            },
            onBatch: () => options.onProgress?.(seen),
          });
        }
        return { messages, cursor: JSON.stringify({ v: 1, ...next }) };
      });
    },
  };
}

/** The client Rapport runs with. */
export const imapMailClient: MailClient = createImapMailClient();

async function withMailbox<T>(
  config: ImapConfig,
  network: NetworkPolicy,
  limits: ImapLimits,
  work: (client: ImapFlow) => Promise<T>,
): Promise<T> {
  const host = String(config.host ?? '').trim();
  const port = Number(config.port);
  if (!host) throw new MailSourceError('Give the IMAP server name');
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new MailSourceError(`${config.port} is not a port number (IMAP uses 993, or 143)`);
  }
  const where = { host, port, tls: config.tls };
  await checkOutboundHost(host, { allowPrivate: network.allowPrivate });
  const client = new ImapFlow({
    host,
    port,
    secure: config.tls,
    auth: { user: config.user, pass: config.password },
    // Logging is off: imapflow's logs would carry the login exchange and mailbox contents.
    logger: false,
    emitLogs: false,
    disableAutoIdle: true,
    connectionTimeout: limits.connectionTimeoutMs,
    greetingTimeout: limits.greetingTimeoutMs,
    socketTimeout: limits.socketTimeoutMs,
    clientInfo: { name: 'Rapport' },
  });
  // A socket error after a command failed is also emitted as an event; without a listener it
  // would crash the process. The command's own rejection carries the error to the user.
  client.on('error', () => {});
  try {
    await client.connect();
    return await work(client);
  } catch (error) {
    throw describeImapError(error, where, limits);
  } finally {
    await closeQuietly(client);
  }
}

async function closeQuietly(client: ImapFlow): Promise<void> {
  if (client.usable) {
    const loggedOut = client.logout().catch(() => undefined);
    await Promise.race([loggedOut, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  }
  client.close();
}

async function listFolders(client: ImapFlow): Promise<ListResponse[]> {
  const folders = await client.list();
  return folders.filter(
    (folder) => !folder.flags.has('\\Noselect') && !folder.flags.has('\\NonExistent'),
  );
}

/** The chosen Sent folder, else the one marked \Sent; a clear error naming the folders when
 * neither exists. */
function findSent(folders: ListResponse[], chosen: string | null | undefined): ListResponse {
  const names = folders.map((folder) => folder.path).join(', ') || 'none';
  if (chosen) {
    const found =
      folders.find((folder) => folder.path === chosen) ??
      folders.find((folder) => folder.path.toLowerCase() === chosen.toLowerCase());
    if (found) return found;
    throw new MailSourceError(`The mailbox ${chosen} does not exist (folders: ${names})`);
  }
  const sent = folders.find((folder) => folder.specialUse === '\\Sent');
  if (sent) return sent;
  throw new MailSourceError(
    `No Sent folder was found (no folder is marked \\Sent); choose one of: ${names}`,
  );
}

function readCursor(cursor: string | null): MailCursor {
  if (!cursor) return {};
  try {
    const parsed = JSON.parse(cursor) as Record<string, unknown>;
    const result: MailCursor = {};
    for (const role of ['inbox', 'sent'] as const) {
      const entry = parsed[role] as Partial<FolderCursor> | undefined;
      if (
        entry &&
        typeof entry.path === 'string' &&
        typeof entry.uidValidity === 'string' &&
        Number.isInteger(entry.lastUid)
      ) {
        result[role] = {
          path: entry.path,
          uidValidity: entry.uidValidity,
          lastUid: entry.lastUid!,
        };
      }
    }
    return result;
  } catch {
    // An unreadable cursor means starting over from the reach-back date; the app keeps what it
    // captured by external id, so reading a message twice changes nothing.
    return {};
  }
}

interface FolderSync {
  batchSize: number;
  keepSubjects: boolean;
  onMessage(mail: CapturedMail): void;
  onBatch(): void;
}

async function syncFolder(
  client: ImapFlow,
  role: FolderRole,
  path: string,
  previous: FolderCursor | undefined,
  since: Date,
  sync: FolderSync,
): Promise<FolderCursor> {
  let lock: Awaited<ReturnType<ImapFlow['getMailboxLock']>>;
  try {
    lock = await client.getMailboxLock(path, { readOnly: true });
  } catch (error) {
    if ((error as { mailboxMissing?: boolean }).mailboxMissing) {
      throw new MailSourceError(`The mailbox ${path} does not exist`);
    }
    throw error;
  }
  try {
    const box = client.mailbox as MailboxObject;
    const uidValidity = String(box.uidValidity);
    const continuing =
      previous !== undefined && previous.path === path && previous.uidValidity === uidValidity;
    const after = continuing ? previous.lastUid : 0;
    // A few servers leave UIDNEXT out of the SELECT answer: then always search.
    const uidNext = Number.isFinite(box.uidNext) ? box.uidNext : Number.POSITIVE_INFINITY;
    let uids: number[] = [];
    if (box.exists > 0 && (!continuing || uidNext > after + 1)) {
      const query = continuing ? { uid: `${after + 1}:*` } : { since };
      const found = await client.search(query, { uid: true });
      // "N:*" also matches the highest UID when it is below N, hence the filter.
      uids = (Array.isArray(found) ? found : []).filter((uid) => uid > after).sort((a, b) => a - b);
    }
    for (let start = 0; start < uids.length; start += sync.batchSize) {
      const batch = uids.slice(start, start + sync.batchSize);
      const query = { uid: true, internalDate: true, headers: HEADER_FIELDS };
      for await (const message of client.fetch(uidSet(batch), query, { uid: true })) {
        sync.onMessage(
          toCapturedMail(
            {
              folder: role,
              uidValidity,
              uid: message.uid,
              headers: message.headers,
              internalDate: message.internalDate,
            },
            sync.keepSubjects,
          ),
        );
      }
      sync.onBatch();
    }
    // Every UID below UIDNEXT existed when the folder was opened, and the search ran after that.
    const opened = Number.isFinite(uidNext) ? uidNext - 1 : 0;
    const lastUid = Math.max(after, opened, uids[uids.length - 1] ?? 0);
    return { path, uidValidity, lastUid };
  } finally {
    lock.release();
  }
}

/** UIDs as an IMAP set with runs compressed: [1,2,3,7] -> "1:3,7". */
export function uidSet(uids: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < uids.length; ) {
    let j = i;
    while (j + 1 < uids.length && uids[j + 1] === uids[j]! + 1) j++;
    parts.push(i === j ? String(uids[i]) : `${uids[i]}:${uids[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
