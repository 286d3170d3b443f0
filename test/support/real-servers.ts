// Real IMAP (Dovecot) and CalDAV/CardDAV (Radicale) servers for tests, started as plain processes
// on free loopback ports with their own configuration in a temp folder, and stopped by their PID.
// On CI a missing server is a failure (tests must not skip); elsewhere the tests skip with a reason.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../../src/app/context';
import type { ContactsSyncClient } from '../../src/app/ports/contacts-sync';
import { cardDavClient } from '../../src/integrations/carddav/carddav-client';

const DOVECOT = '/usr/sbin/dovecot';
const RADICALE = '/usr/bin/radicale';

/** Why real-server tests cannot run here, or null when they can. Throws on CI instead. */
export function realServersMissing(): string | null {
  const missing = [DOVECOT, RADICALE].filter((path) => !existsSync(path));
  if (missing.length === 0) return null;
  const reason = `missing ${missing.join(' and ')} (apt-get install dovecot-imapd radicale)`;
  if (process.env.CI) throw new Error(`On CI real-server tests must run: ${reason}`);
  return reason;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server did not listen on ${port}: ${log()}`);
}

function stopper(child: ChildProcess, dir: string) {
  return async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

export interface TestImapServer {
  host: string;
  port: number;
  /** Users and their passwords, as created. */
  users: Record<string, string>;
  /** A user's Maildir (INBOX; Sent is its `.Sent`), for writing mail in bulk (benchmarks). */
  maildir(user: string): string;
  /** The server's configuration file, for `doveadm -c`. */
  config: string;
  stop(): Promise<void>;
}

/** Dovecot with one mailbox per user (INBOX and a \Sent "Sent" folder), plain IMAP on loopback. */
export async function startDovecot(users: Record<string, string>): Promise<TestImapServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-dovecot-'));
  chmodSync(dir, 0o755);
  for (const sub of ['run', 'state', 'mail']) mkdirSync(join(dir, sub));
  execFileSync('chown', ['-R', 'dovenull:dovenull', join(dir, 'mail')]);
  const port = await freePort();
  writeFileSync(
    join(dir, 'passwd'),
    Object.entries(users)
      .map(([user, password]) => `${user}:{PLAIN}${password}\n`)
      .join(''),
  );
  writeFileSync(
    join(dir, 'dovecot.conf'),
    `protocols = imap
first_valid_uid = 1
mail_uid = dovenull
mail_gid = dovenull
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = home=${dir}/mail/%u
}
mail_location = maildir:${dir}/mail/%u/Maildir
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
`,
  );
  const child = spawn(DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  const log = () => {
    try {
      return execFileSync('tail', ['-n', '20', join(dir, 'log')]).toString();
    } catch {
      return '(no log)';
    }
  };
  await waitForPort(port, child, log);
  return {
    host: '127.0.0.1',
    port,
    users,
    maildir: (user) => join(dir, 'mail', user, 'Maildir'),
    config: join(dir, 'dovecot.conf'),
    stop: stopper(child, dir),
  };
}

export interface TestDavServer {
  /** Base URL, e.g. http://127.0.0.1:PORT/ ; each user's home is `${url}${user}/`. */
  url: string;
  users: Record<string, string>;
  /** Radicale's storage folder: what the server keeps on disk, for checking what reached it. */
  storage: string;
  stop(): Promise<void>;
  /** An authenticated raw request, for putting objects in as a phone or another client would. */
  request(
    user: string,
    method: string,
    path: string,
    body?: string,
    headers?: Record<string, string>,
  ): Promise<Response>;
}

/** Radicale (CalDAV and CardDAV) with htpasswd users, storage in a temp folder. */
export async function startRadicale(users: Record<string, string>): Promise<TestDavServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-radicale-'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'users'),
    Object.entries(users)
      .map(([user, password]) => `${user}:${password}\n`)
      .join(''),
  );
  writeFileSync(
    join(dir, 'config'),
    `[server]
hosts = 127.0.0.1:${port}
[auth]
type = htpasswd
htpasswd_filename = ${dir}/users
htpasswd_encryption = plain
[storage]
filesystem_folder = ${dir}/collections
[logging]
level = warning
`,
  );
  let output = '';
  const child = spawn(RADICALE, ['--config', join(dir, 'config')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output = (output + chunk).slice(-4000);
  });
  child.stderr?.on('data', (chunk) => {
    output = (output + chunk).slice(-4000);
  });
  await waitForPort(port, child, () => output);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    users,
    storage: join(dir, 'collections'),
    stop: stopper(child, dir),
    request(user, method, path, body, headers = {}) {
      const auth = Buffer.from(`${user}:${users[user]}`).toString('base64');
      return fetch(new URL(path, url), {
        method,
        body,
        headers: { authorization: `Basic ${auth}`, ...headers },
      });
    },
  };
}

const MKCALENDAR = (name: string) => `<?xml version="1.0" encoding="utf-8"?>
<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:set><D:prop><D:displayname>${name}</D:displayname></D:prop></D:set>
</C:mkcalendar>`;

const MKADDRESSBOOK = (name: string) => `<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav">
  <D:set><D:prop>
    <D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>
    <D:displayname>${name}</D:displayname>
  </D:prop></D:set>
</D:mkcol>`;

/** Creates a calendar collection `/${user}/${slug}/` and returns its path. */
export async function makeCalendar(dav: TestDavServer, user: string, slug: string, name = slug) {
  const path = `/${user}/${slug}/`;
  const response = await dav.request(user, 'MKCALENDAR', path, MKCALENDAR(name), {
    'content-type': 'application/xml',
  });
  if (response.status !== 201) throw new Error(`MKCALENDAR ${path}: ${response.status}`);
  return path;
}

/** Creates an address book collection `/${user}/${slug}/` and returns its path. */
export async function makeAddressBook(dav: TestDavServer, user: string, slug: string, name = slug) {
  const path = `/${user}/${slug}/`;
  const response = await dav.request(user, 'MKCOL', path, MKADDRESSBOOK(name), {
    'content-type': 'application/xml',
  });
  if (response.status !== 201) throw new Error(`MKCOL ${path}: ${response.status}`);
  return path;
}

/**
 * Points an app at Radicale as a phone's address book, the way the contacts-sync tests start:
 * the real CardDAV client (or a wrapper of it), loopback addresses allowed, and a new address
 * book of `user`'s named `slug`, whose path it returns.
 */
export async function syncWithRadicale(
  ctx: Pick<AppContext, 'settings' | 'contactsSync'>,
  dav: TestDavServer,
  slug: string,
  { user = 'phone', client = cardDavClient }: { user?: string; client?: ContactsSyncClient } = {},
): Promise<string> {
  ctx.settings.sourcesAllowPrivate = true;
  ctx.contactsSync = client;
  return makeAddressBook(dav, user, slug);
}
