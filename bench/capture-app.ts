// (b) of the capture benchmark: the whole app sync, from the source to interactions in SQLite,
// against an account keeping the same 1,000 people (imported as vCards, outside the measure).
// WIRING, once cap-app's orchestrator is on main: uncomment the two imports and the lines marked
// WIRE, pass `{ capture: captureClients }` to createAppContext, and set APP_LEVEL to true.
import { join } from 'node:path';
import { createAppContext } from '../src/app/context';
import { importContacts } from '../src/app/transfer/import-contacts';
// import { captureClients } from '../src/integrations/capture/index';
// import { createSource } from '../src/app/capture/sources';
// import { syncSourceNow } from '../src/app/capture/sync';
import { openSqlite } from '../src/store/database';
import { migrate } from '../src/store/migrator';
import { ME, people } from './capture-data';

export const APP_LEVEL = false;

export interface AppTarget {
  kind: 'imap' | 'ics';
  host: string;
  port: number;
  password: string;
  url: string;
  dataDir: string;
}

/** Opens (first time: makes) the account, and returns the measured sync to run. */
export async function prepareAppSync(target: AppTarget): Promise<() => Promise<object>> {
  const store = await openSqlite(join(target.dataDir, `app-${target.kind}.sqlite`));
  await migrate(store);
  const ctx = createAppContext(
    store,
    { now: () => new Date() },
    { secret: 'bench-secret', openSignup: false, publicUrl: null, sourcesAllowPrivate: true },
    // WIRE: { capture: captureClients },
  );
  let user = await ctx.repos.users.findByEmail(ME);
  if (!user) {
    user = await ctx.repos.users.create({
      email: ME,
      name: 'Me Myself',
      timeZone: 'Europe/Berlin',
      workingHours: {},
      role: 'owner',
      passwordHash: 'x',
      now: new Date().toISOString(),
    });
    const cards = people()
      .map((p) => `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:${p.name}\r\nEMAIL:${p.email}\r\nEND:VCARD`)
      .join('\r\n');
    await importContacts(ctx, user.id, { filename: 'people.vcf', content: cards, apply: true });
  }
  const userId = user.id;
  const body =
    target.kind === 'imap'
      ? { kind: 'imap', host: target.host, port: target.port, tls: false, user: ME }
      : { kind: 'ics', url: target.url };
  return async () => {
    void userId;
    void body;
    // WIRE: const existing = (await ctx.repos.sources.list(userId))[0];
    // WIRE: const source = existing ?? (await createSource(ctx, userId, { ...body, password: target.password, mode: 'auto', reachBackMonths: 25 }, { local: true }));
    // WIRE: const report = await syncSourceNow(ctx, userId, source.id);
    // WIRE: await store.close();
    // WIRE: return report;
    throw new Error('the app-level sync is not wired yet (bench/capture-app.ts)');
  };
}
