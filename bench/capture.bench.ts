// Capture at scale: a mailbox of 20,000 messages over two years in a real Dovecot, and an .ics
// calendar of 3,000 events (500 recurring) on a local HTTP server, against 1,000 people. First
// sync, then an incremental sync after 50 new items, each measured in a process of its own
// (seconds and that process's peak RSS): (a) the client alone plus the domain reading, and (b)
// the whole app sync (source -> interactions in SQLite), once the orchestrator is wired below.
// Targets: first sync <= 60 s (mail) and <= 10 s (calendar), incremental <= 2 s, RSS <= 300 MB.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaptureClients } from '../src/app/ports/capture';
import { readMail } from '../src/domain/capture/mail';
import { conversationsFromMeetings } from '../src/domain/capture/meetings';
import { captureClients } from '../src/integrations/capture/index';
import { realServersMissing, startDovecot } from '../test/support/real-servers';
import { APP_LEVEL, prepareAppSync } from './capture-app';
import {
  calendarEvents,
  EVENTS,
  icsFile,
  ME,
  MESSAGES,
  mailbox,
  PEOPLE,
  people,
  RECURRING,
  writeMaildir,
} from './capture-data';
import { writeResult } from './report';

const PASSWORD = 'bench-password-long-enough';
const NEW_ITEMS = 50;
const DAY = 24 * 3600 * 1000;
const NOTES =
  'Wall seconds on a shared machine include waiting for a CPU (see load_average: 2 cores); ' +
  "cpu_seconds is the syncing process's own cost. Dovecot's work shows in wall time only. " +
  'An .ics has no incremental form: a changed file is fetched and read whole (an unchanged one ' +
  'is a 304), so its incremental sync costs what a first sync costs.';
const round = (n: number) => Math.round(n * 100) / 100;

interface WorkerInput {
  part: 'mail' | 'calendar' | 'app-mail' | 'app-calendar';
  host: string;
  port: number;
  url: string;
  since: string;
  cursor: string | null;
  dataDir: string;
}

interface Measured {
  seconds: number;
  peak_rss_mb: number;
  [key: string]: unknown;
}

/** Time and peak RSS of work in this process (sampled every 5 ms). */
async function measure<T>(
  work: () => Promise<T>,
): Promise<{ result: T; seconds: number; cpu: number; rss: number }> {
  let peak = process.memoryUsage().rss;
  const cpuBefore = process.cpuUsage();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  let result: T;
  try {
    result = await work();
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  // CPU time tells the code's cost apart from a busy machine's queueing (wall seconds).
  const cpu = process.cpuUsage(cpuBefore);
  return {
    result,
    seconds: round(seconds),
    cpu: round((cpu.user + cpu.system) / 1e6),
    rss: round(peak / 1024 / 1024),
  };
}

const myEmails = new Set([ME]);
const personByEmail = new Map(people().map((p, i) => [p.email, `p${i}`]));

/** Seconds since `started` (performance.now()), for the split between client and domain. */
const elapsed = (started: number) => round((performance.now() - started) / 1000);

/** One measured sync, in a process of its own so that its peak RSS is its own. */
async function worker(input: WorkerInput, clients: CaptureClients): Promise<Measured> {
  const network = { allowPrivate: true };
  if (input.part === 'mail') {
    const config = { host: input.host, port: input.port, tls: false, user: ME, password: PASSWORD };
    const run = await measure(async () => {
      const started = performance.now();
      const batch = await clients.imap.sync(config, input.cursor, input.since, network, {
        keepSubjects: false,
      });
      const clientSeconds = elapsed(started);
      const read = readMail(batch.messages, {
        myEmails,
        personByEmail,
        ignoredPersonIds: new Set(),
        openThreads: [],
        timeZone: 'Europe/Berlin',
        keepSubjects: false,
      });
      return {
        batch,
        clientSeconds,
        domainSeconds: round(elapsed(started) - clientSeconds),
        conversations: read.conversations.length,
        repliesOwed: read.repliesOwed.length,
      };
    });
    return {
      seconds: run.seconds,
      cpu_seconds: run.cpu,
      client_seconds: run.result.clientSeconds,
      domain_seconds: run.result.domainSeconds,
      peak_rss_mb: run.rss,
      messages: run.result.batch.messages.length,
      conversations: run.result.conversations,
      replies_owed: run.result.repliesOwed,
      cursor: run.result.batch.cursor,
    };
  }
  if (input.part === 'calendar') {
    const now = Date.now();
    const window = { from: input.since, to: new Date(now + 60 * DAY).toISOString() };
    const run = await measure(async () => {
      const started = performance.now();
      const batch = await clients.ics.sync({ url: input.url }, input.cursor, window, network, {
        keepSubjects: false,
      });
      const clientSeconds = elapsed(started);
      const occurrences = batch.objects.flatMap((o) => o.occurrences);
      const ended = occurrences.filter((o) => Date.parse(o.end) <= now);
      const found = conversationsFromMeetings(ended, {
        myEmails,
        personByEmail,
        largeMeetingSize: 8,
        countLargeMeetings: false,
        isOfficeDay: () => false,
        ignoredPersonIds: new Set(),
      });
      return {
        batch,
        clientSeconds,
        domainSeconds: round(elapsed(started) - clientSeconds),
        occurrences: occurrences.length,
        conversations: found.conversations.length,
      };
    });
    return {
      seconds: run.seconds,
      cpu_seconds: run.cpu,
      client_seconds: run.result.clientSeconds,
      domain_seconds: run.result.domainSeconds,
      peak_rss_mb: run.rss,
      objects: run.result.batch.objects.length,
      occurrences: run.result.occurrences,
      unchanged: run.result.batch.unchanged,
      conversations: run.result.conversations,
      cursor: run.result.batch.cursor,
    };
  }
  // (b): the account and its 1,000 people are made outside the measure; the sync is measured.
  const sync = await prepareAppSync({
    kind: input.part === 'app-mail' ? 'imap' : 'ics',
    host: input.host,
    port: input.port,
    password: PASSWORD,
    url: input.url,
    dataDir: input.dataDir,
  });
  const run = await measure(sync);
  return { seconds: run.seconds, cpu_seconds: run.cpu, peak_rss_mb: run.rss, ...run.result };
}

/** Runs this file again as a worker and returns what it measured (or why it could not). */
function inChild(input: WorkerInput): Promise<Measured | { error: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', process.argv[1]!, JSON.stringify(input)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    // A hung sync is a result too: it is stopped after five minutes.
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('exit', () => {
      clearTimeout(timer);
      const last = out.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last));
      } catch {
        resolve({ error: `worker printed no result: ${out.slice(-500)}` });
      }
    });
  });
}

async function main() {
  const missing = realServersMissing();
  if (missing) {
    console.log(`capture bench needs real servers: ${missing}`);
    return;
  }
  const now = Date.now();
  const twoYearsAgo = now - 730 * DAY;
  const work = mkdtempSync(join(tmpdir(), 'rapport-capture-bench-'));
  const dovecot = await startDovecot({ [ME]: PASSWORD });
  const owner = {
    uid: Number(execFileSync('id', ['-u', 'dovenull']).toString()),
    gid: Number(execFileSync('id', ['-g', 'dovenull']).toString()),
  };
  const icsPath = join(work, 'calendar.ics');
  // The .ics is read from disk on every request, with an ETag, as a static file server would.
  const http = createServer((req, res) => {
    const body = readFileSync(icsPath);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', etag }).end(body);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/calendar.ics`;
  try {
    let started = performance.now();
    const mails = mailbox(MESSAGES, twoYearsAgo, now - DAY, 1);
    writeMaildir(dovecot.maildir(ME), mails, owner);
    const writeSeconds = round((performance.now() - started) / 1000);
    // A real server has indexed its mail long before Rapport asks; so does this one.
    started = performance.now();
    for (const box of ['INBOX', 'Sent']) {
      execFileSync('doveadm', ['-c', dovecot.config, 'index', '-u', ME, box]);
    }
    const indexSeconds = round((performance.now() - started) / 1000);
    const status = execFileSync('doveadm', [
      '-c',
      dovecot.config,
      'mailbox',
      'status',
      '-u',
      ME,
      'messages',
      'INBOX',
      'Sent',
    ]).toString();
    const stored = [...status.matchAll(/messages=(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    if (stored !== MESSAGES) throw new Error(`Dovecot holds ${stored} messages: ${status}`);
    const events = calendarEvents(EVENTS, RECURRING, twoYearsAgo, now + 30 * DAY, 2);
    writeFileSync(icsPath, icsFile(events));
    console.log(`mailbox written in ${writeSeconds} s, indexed by Dovecot in ${indexSeconds} s`);

    const base = {
      host: dovecot.host,
      port: dovecot.port,
      url,
      since: new Date(twoYearsAgo - DAY).toISOString(),
      dataDir: work,
    };
    const result: Record<string, unknown> = {};
    const parts: [WorkerInput['part'], 'mail' | 'calendar'][] = [
      ['mail', 'mail'],
      ['calendar', 'calendar'],
    ];
    if (APP_LEVEL) parts.push(['app-mail', 'mail'], ['app-calendar', 'calendar']);
    for (const [part, kind] of parts) {
      const first = await inChild({ ...base, part, cursor: null });
      console.log(part, 'first', first);
      // 50 new items arrive: 25 in INBOX and 25 in Sent, or 50 new meetings.
      if (kind === 'mail') {
        const fresh = mailbox(NEW_ITEMS, now - 3600_000, now, 3, `inc-${part}`);
        writeMaildir(dovecot.maildir(ME), fresh, owner, true);
      } else {
        const more = calendarEvents(NEW_ITEMS, 0, now - 7 * DAY, now, 4, `inc-${part}`);
        const text = readFileSync(icsPath, 'utf8').replace(/END:VCALENDAR\r\n$/, '');
        writeFileSync(icsPath, `${text}${more.join('\r\n')}\r\nEND:VCALENDAR\r\n`);
      }
      const cursor = 'cursor' in first ? ((first.cursor as string | null) ?? null) : null;
      const incremental = await inChild({ ...base, part, cursor });
      console.log(part, 'incremental', incremental);
      const unchanged = await inChild({
        ...base,
        part,
        cursor: 'cursor' in incremental ? ((incremental.cursor as string | null) ?? null) : null,
      });
      for (const m of [first, incremental, unchanged]) delete (m as { cursor?: unknown }).cursor;
      result[part.replace('-', '_')] = { first, incremental, unchanged };
    }
    const [one, five, fifteen] = loadavg();
    writeResult('capture', {
      description: `${MESSAGES} messages over 2 years in a real Dovecot (Maildir, indexed) and an .ics of ${EVENTS} events (${RECURRING} recurring, with exceptions) on a local HTTP server, against ${PEOPLE} people. Each sync runs in a fresh process: wall seconds (client and domain split), CPU seconds (the code's own cost, whatever the machine's load) and that process's peak RSS. First sync reaches back over the whole 2 years; incremental follows ${NEW_ITEMS} new items; unchanged syncs again with nothing new. (a) client + domain reading; (b) app_* the whole app sync into SQLite when wired. Targets: first sync <= 60 s mail, <= 10 s calendar; incremental <= 2 s; RSS <= 300 MB.`,
      messages: MESSAGES,
      mailbox_mb: round(mails.reduce((n, m) => n + m.text.length, 0) / 1024 / 1024),
      events: EVENTS,
      ics_mb: round(statSync(icsPath).size / 1024 / 1024),
      setup: { write_maildir_seconds: writeSeconds, dovecot_index_seconds: indexSeconds },
      ...result,
      load_average: { one: round(one!), five: round(five!), fifteen: round(fifteen!) },
      notes: NOTES,
    });
  } finally {
    http.close();
    await dovecot.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

const arg = process.argv[2];
if (arg?.startsWith('{')) {
  const measured = await worker(JSON.parse(arg) as WorkerInput, captureClients).catch(
    (error: unknown) => ({ error: (error as Error).message }),
  );
  console.log(JSON.stringify(measured));
  // A client may leave a socket open; the measurement is done.
  process.exit(0);
} else {
  await main();
}
