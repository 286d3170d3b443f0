// Importing 10,000 vCards (a mix of Apple 3.0 with item groups, Thunderbird 4.0 and Android 2.1
// quoted-printable, with e-mails, phones, birthdays, organisations, notes and categories): the
// parse alone, the preview (dry run), the import into an empty account, and the same file
// again (everything already there), and the file applied to another account without a
// preview first (no read to reuse). Cards per second and peak memory for each, on SQLite and,
// when reachable, PostgreSQL. Target: 10,000 cards in under 2 s. Then the big account's export
// restored into another account (as `rapport restore` and POST /api/account/restore do) and
// that account deleted (as "Delete my account" does).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../src/app/accounts/passwords';
import { defaultWorkingHours } from '../src/app/accounts/working-hours';
import { type AppContext, createAppContext } from '../src/app/context';
import { exportAccount } from '../src/app/transfer/account-export';
import { restoreAccount } from '../src/app/transfer/account-restore';
import { deleteAccount } from '../src/app/transfer/delete-account';
import { exportDocument } from '../src/app/transfer/export-document';
import { forgetLastRead, importContacts } from '../src/app/transfer/import-contacts';
import { readContacts } from '../src/domain/contacts/contact-file';
import { type DialectName, openPostgres, openSqlite, type Store } from '../src/store/database';
import { newId } from '../src/store/ids';
import { migrate } from '../src/store/migrator';
import { benchDatabase } from './postgres';
import { writeResult } from './report';

const CARDS = 10_000;
const NOW = new Date('2026-11-23T08:00:00Z');
const FIRST = ['Ann', 'Bo', 'Chidi', 'Dana', 'Élodie', 'Farid', 'Greta', 'Haruto', 'Ines', 'Jörg'];
const LAST = ['Lee', 'Chen', 'Okafor', 'Müller', 'García', 'Nakamura', 'Żukowska', 'Smith'];

function qp(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/** One card; every third an Apple 3.0, a Thunderbird 4.0, or an Android 2.1 card. */
function card(i: number): string {
  const first = FIRST[i % FIRST.length]!;
  const last = `${LAST[(i * 7) % LAST.length]}${i}`;
  const name = `${first} ${last}`;
  const email = `person${i}@example.com`;
  const birthday = `19${60 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  switch (i % 3) {
    case 0:
      return [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//Apple Inc.//macOS 14.4.1//EN',
        `N:${last};${first};;;`,
        `FN:${name}`,
        `ORG:Company ${i % 200};Team ${i % 12}`,
        'TITLE:Engineer',
        `item1.EMAIL;type=INTERNET;type=pref:${email}`,
        'item1.X-ABLabel:_$!<Other>!$_',
        `TEL;type=CELL;type=VOICE;type=pref:+1 555 ${String(i).padStart(7, '0')}`,
        `item2.ADR;type=HOME;type=pref:;;${i} Main St;City ${i % 50};;${10000 + i};Country ${i % 20}`,
        `BDAY:${birthday}`,
        `NOTE:Met at event ${i % 30}\\nLikes coffee\\, tea.`,
        `X-ABUID:${newId()}:ABPerson`,
        'END:VCARD',
      ].join('\r\n');
    case 1:
      return [
        'BEGIN:VCARD',
        'VERSION:4.0',
        `EMAIL;PREF=1:${email}`,
        `EMAIL:alt${i}@example.org`,
        `FN:${name}`,
        `N:${last};${first};;;`,
        `ORG:Company ${i % 200}`,
        `TEL;TYPE=cell;VALUE=TEXT:+33 6 ${String(i).padStart(8, '0')}`,
        `BDAY;VALUE=DATE:--${birthday.slice(5).replace('-', '')}`,
        'TZ;VALUE=TEXT:Europe/Paris',
        `CATEGORIES:group${i % 10},imported`,
        'END:VCARD',
      ].join('\r\n');
    default:
      return [
        'BEGIN:VCARD',
        'VERSION:2.1',
        `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(last)};${qp(first)};;;`,
        `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp(name)}`,
        `TEL;CELL:+48 601 ${String(i).padStart(6, '0')}`,
        `EMAIL;HOME:${email}`,
        `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${qp('Lubi kawę.')}`,
        `BDAY:${birthday}`,
        'END:VCARD',
      ].join('\r\n');
  }
}

interface Phase {
  seconds: number;
  /** This process's CPU (parse, plan, JSON): on a shared machine, steadier than `seconds`. */
  client_cpu_seconds: number;
  cards_per_second: number;
  peak_rss_mb: number;
  heap_growth_mb: number;
  /**
   * CPU of the PostgreSQL backends serving the bench (when the server runs on this machine):
   * the server's share of the work, which `seconds` on a loaded machine blurs.
   */
  server_cpu_seconds?: number;
}

// Set while PostgreSQL is measured: the CPU seconds (user + system, from /proc) of each of
// its bench backends, by process id; null when they cannot be read (a server elsewhere).
let serverBackends: (() => Promise<Map<number, number> | null>) | null = null;

function processCpu(pid: number): number | null {
  try {
    // The command name (field 2) may hold spaces; utime and stime follow its closing paren.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * The server's CPU over a phase: every backend is sampled while it runs, since the pool closes
 * idle connections (and a backend's CPU goes with it) and opens new ones.
 */
function serverMeter() {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let readable = serverBackends !== null;
  const sample = async () => {
    if (!serverBackends) return;
    // Backends there at the start count from where they were; later ones from nothing.
    const initial = last.size === 0;
    const seen = await serverBackends();
    if (seen === null) {
      readable = false;
      return;
    }
    for (const [pid, cpu] of seen) {
      if (!first.has(pid)) first.set(pid, initial ? cpu : 0);
      last.set(pid, cpu);
    }
  };
  return {
    sample,
    seconds: () => {
      if (!readable) return null;
      let total = 0;
      for (const [pid, cpu] of last) total += cpu - (first.get(pid) ?? 0);
      return total;
    },
  };
}

/** Runs work once, sampling memory every 5 ms; returns time and the peaks seen. */
async function phase<T>(work: () => Promise<T> | T): Promise<{ result: T; stats: Phase }> {
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  let peakHeap = heapBefore;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 5);
  const server = serverMeter();
  await server.sample();
  let sampling = Promise.resolve();
  const serverSampler = setInterval(() => {
    sampling = sampling.then(server.sample);
  }, 50);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  clearInterval(serverSampler);
  await sampling;
  await server.sample();
  const serverSeconds = server.seconds();
  clearInterval(sampler);
  const usage = process.memoryUsage();
  peakRss = Math.max(peakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
  return {
    result,
    stats: {
      seconds: round(seconds),
      client_cpu_seconds: round((used.user + used.system) / 1e6),
      cards_per_second: Math.round(CARDS / seconds),
      peak_rss_mb: round(peakRss / 1024 / 1024),
      heap_growth_mb: round((peakHeap - heapBefore) / 1024 / 1024),
      ...(serverSeconds === null ? {} : { server_cpu_seconds: round(serverSeconds) }),
    },
  };
}

async function addUser(store: Store, name: string, role: 'owner' | 'member', passwordHash: string) {
  const id = newId();
  const iso = NOW.toISOString();
  await store.db
    .insertInto('users')
    .values({
      id,
      email: `${name}@example.com`,
      email_key: `${name}@example.com`,
      display_name: name,
      time_zone: 'Europe/Berlin',
      working_hours: JSON.stringify(defaultWorkingHours()),
      role,
      password_hash: passwordHash,
      preferences: '{}',
      data_version: 0,
      created_at: iso,
      updated_at: iso,
    })
    .execute();
  return id;
}

/** The imported account exported, restored into a second account, and that one deleted. */
async function restoreAndDelete(ctx: AppContext, store: Store, userId: string) {
  const password = 'bench restore password';
  const copyId = await addUser(store, 'restored', 'member', await hashPassword(password));
  const document = exportDocument.parse(
    JSON.parse(JSON.stringify(await exportAccount(ctx, userId))),
  );
  const restore = await phase(() => restoreAccount(ctx, copyId, document));
  const erase = await phase(() => deleteAccount(ctx, copyId, { password }));
  console.log('restore', restore.result.restored.people, 'delete', erase.result.removed.people);
  if (restore.result.restored.people !== CARDS || erase.result.removed.people !== CARDS) {
    throw new Error('the restore or the deletion did not do what it should');
  }
  return { restore: restore.stats, delete_account: erase.stats };
}

async function measure(store: Store, content: string) {
  const userId = await addUser(store, 'bench', 'owner', 'x');
  const ctx = createAppContext(
    store,
    { now: () => NOW },
    { secret: 'bench', openSignup: false, publicUrl: null },
  );
  const body = (apply: boolean) => ({ filename: 'bench.vcf', content, apply });
  // The preview reads the file; the apply that follows it (as the web page and the CLI do)
  // reuses that read. A file applied without a preview is measured on its own account.
  forgetLastRead();
  const dry = await phase(() => importContacts(ctx, userId, body(false)));
  const apply = await phase(() => importContacts(ctx, userId, body(true)));
  const again = await phase(() => importContacts(ctx, userId, body(false)));
  forgetLastRead();
  const unpreviewedId = await addUser(store, 'unpreviewed', 'member', 'x');
  const unpreviewed = await phase(() => importContacts(ctx, unpreviewedId, body(true)));
  const check = (label: string, report: { created: number; skipped: number; errors: unknown[] }) =>
    console.log(label, {
      created: report.created,
      skipped: report.skipped,
      errors: report.errors.length,
    });
  check('dry run', dry.result);
  check('apply', apply.result);
  check('again', again.result);
  check('unpreviewed', unpreviewed.result);
  if (
    apply.result.created !== CARDS ||
    again.result.skipped !== CARDS ||
    unpreviewed.result.created !== CARDS
  ) {
    throw new Error('the import did not do what it should');
  }
  return {
    dry_run: dry.stats,
    apply: apply.stats,
    reimport_dry_run: again.stats,
    apply_without_preview: unpreviewed.stats,
    ...(await restoreAndDelete(ctx, store, userId)),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

async function onDialect(dialect: DialectName, content: string) {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-import-'));
    const store = await openSqlite(join(dir, 'bench.sqlite'));
    try {
      await migrate(store);
      return await measure(store, content);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const database = await benchDatabase('import');
  if (!database) return null;
  const store = await openPostgres(database.url, 5);
  serverBackends = async () => {
    const { rows } = await database.admin.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = $1 and backend_type = 'client backend'`,
      [database.name],
    );
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      const seconds = processCpu(pid);
      if (seconds === null) return null;
      cpu.set(pid, seconds);
    }
    return cpu;
  };
  try {
    await migrate(store);
    return await measure(store, content);
  } finally {
    serverBackends = null;
    await store.close();
    await database.drop();
  }
}

const content = Array.from({ length: CARDS }, (_, i) => card(i)).join('\r\n');
// Warm the parser (and the JIT) once, then measure it alone.
readContacts(content.slice(0, 200_000), { format: 'vcard' });
const parse = await phase(() => readContacts(content, { format: 'vcard' }));
console.log('parse', parse.stats);
// BENCH_DIALECT=sqlite (or postgres) runs one side only, e.g. under --cpu-prof.
const only = process.env.BENCH_DIALECT;
const sqlite = only === 'postgres' ? null : await onDialect('sqlite', content);
console.log('sqlite', sqlite);
const postgres = only === 'sqlite' ? null : await onDialect('postgres', content);
console.log('postgres', postgres);

writeResult('import', {
  description: `${CARDS} generated vCards (Apple 3.0, Thunderbird 4.0, Android 2.1 quoted-printable, one third each; ${(content.length / 1024 / 1024).toFixed(1)} MB) imported into an empty account: parse alone, preview (dry run), apply (reusing the preview's read, as the web page and CLI do), the same file again (all unchanged), and apply_without_preview (another account, a cold read). Target: ${CARDS} cards in under 2 s.`,
  cards: CARDS,
  file_mb: round(content.length / 1024 / 1024),
  parse: parse.stats,
  sqlite,
  postgres,
  notes:
    'On PostgreSQL the data_version triggers are statement-level (0019-statement-triggers): ' +
    'each batched INSERT bumps its owner once, reading the transition table, where the ' +
    'row-level triggers of 0002 updated the same users row once per person and per date ' +
    '(13 s for this file). Since 0029 a person is logged in agenda_changes once per ' +
    'transaction (the dates no longer re-log the people just inserted). Since 0030 a statement ' +
    "of more than 500 people logs one '-' (read everything again) instead of each person, and " +
    'dates and values check their person but no longer their owner (two row-by-row checks ' +
    "become one). server_cpu_seconds is the bench backends' own CPU. An apply writes each " +
    'batch while building the next, so the client and server work overlap. The machine is ' +
    'shared: compare with load_avg_1m, and client_cpu_seconds (the rest is the server).',
  load_avg_1m: Math.round(loadavg()[0]! * 100) / 100,
});
