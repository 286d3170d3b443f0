// Two-way CardDAV sync against a real Radicale holding 5,000 cards written as an iPhone writes
// them (item groups, X-ABLabel, IMPP, a small photo): the first sync into an empty account
// (every card read, matched, made a person and linked), then an incremental sync after 20 cards
// changed on the server (sync-token). Seconds and this process's peak RSS for each, with the
// machine's load average. Targets: first ≤ 15 s, incremental ≤ 1 s, RSS ≤ 300 MB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addContactAccount, syncContactAccounts } from '../src/app/contacts-sync/accounts';
import { createAppContext } from '../src/app/context';
import { cardDavClient } from '../src/integrations/carddav/carddav-client';
import { openSqlite } from '../src/store/database';
import { newId } from '../src/store/ids';
import { migrate } from '../src/store/migrator';
import { phoneCard } from '../test/support/phone-cards';
import { makeAddressBook, startRadicale } from '../test/support/real-servers';
import { writeResult } from './report';

const CARDS = 5_000;
const CHANGES = 20;
const PASSWORD = 'bench-phone-secret';
const round = (n: number) => Math.round(n * 100) / 100;

async function phase<T>(work: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    result,
    seconds: round(seconds),
    // What the process held before the sync (code, the store) and at its peak during it.
    start_rss_mb: round(startRss / 1048576),
    peak_rss_mb: round(peakRss / 1048576),
  };
}

const uid = (i: number) => `BENCH-${String(i).padStart(5, '0')}-${(i * 2654435761) % 99991}`;
const cardText = (i: number, title = 'Engineer') =>
  phoneCard(
    uid(i),
    `Person${i} Family${i % 97}`,
    `person${i}@example.com`,
    `+1 555 ${String(i).padStart(7, '0')}`,
  )
    .replace('TITLE:Engineer', `TITLE:${title}`)
    .replace(/\r\n$/, '');

const dav = await startRadicale({ phone: PASSWORD });
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-contacts-'));
try {
  // The cards are written straight into Radicale's storage (one file per card, as Radicale
  // keeps them): uploading 5,000 through HTTP takes minutes on a loaded machine and is not
  // what is measured. The 20 changes later go through HTTP, as a phone's would.
  await makeAddressBook(dav, 'phone', 'contacts', 'Contacts');
  const folder = join(dav.storage, 'collection-root', 'phone', 'contacts');
  for (let i = 0; i < CARDS; i++)
    writeFileSync(join(folder, `${uid(i)}.vcf`), `${cardText(i)}\r\n`);
  // Radicale parses every new file once into its cache; a phone's own uploads would have done
  // that, so it is done here before anything is measured.
  const warm = await dav.request(
    'phone',
    'REPORT',
    '/phone/contacts/',
    '<?xml version="1.0"?><C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/></D:prop></C:addressbook-query>',
    { depth: '1', 'content-type': 'application/xml' },
  );
  await warm.text();

  const store = await openSqlite(join(dir, 'rapport.db'));
  await migrate(store);
  const now = new Date().toISOString();
  const userId = newId();
  await store.db
    .insertInto('users')
    .values({
      id: userId,
      email: 'bench@example.com',
      email_key: 'bench@example.com',
      display_name: 'Bench',
      time_zone: 'Europe/Berlin',
      working_hours: '{}',
      role: 'owner',
      password_hash: 'x',
      preferences: '{}',
      data_version: 0,
      created_at: now,
      updated_at: now,
    } as never)
    .execute();
  const ctx = createAppContext(
    store,
    { now: () => new Date() },
    {
      secret: 'bench-secret',
      openSignup: false,
      publicUrl: null,
      sourcesAllowPrivate: true,
    },
    { contactsSync: cardDavClient },
  );
  const account = await addContactAccount(ctx, userId, {
    url: dav.url,
    user: 'phone',
    password: PASSWORD,
  });

  const first = await phase(() => syncContactAccounts(ctx, userId, account.id));
  const links = await ctx.repos.contactSync.links(userId, account.id);
  for (const link of links.slice(0, CHANGES)) {
    const i = Number(/BENCH-(\d+)/.exec(link.uid)?.[1]);
    const response = await dav.request(
      'phone',
      'PUT',
      link.href,
      `${cardText(i, 'Director')}\r\n`,
      {
        'content-type': 'text/vcard',
      },
    );
    if (response.status >= 300) throw new Error(`change: ${response.status}`);
  }
  const incremental = await phase(() => syncContactAccounts(ctx, userId, account.id));
  const people = await store.db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  await store.close();
  writeResult('contacts', {
    cards: CARDS,
    changed: CHANGES,
    first_sync: { ...first, report: first.result[0] },
    incremental_sync: { ...incremental, report: incremental.result[0] },
    people: Number(people?.n),
    load_average: loadavg().map(round),
    targets: { first_seconds: 15, incremental_seconds: 1, peak_rss_mb: 300 },
  });
} finally {
  await dav.stop();
  rmSync(dir, { recursive: true, force: true });
}
