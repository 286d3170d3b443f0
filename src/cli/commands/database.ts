import type { Command } from 'commander';
import { applyMigrations, listMigrations } from '../../app/database/database-admin';
import { prepareDataDir, readConfig } from '../../config';
import { openStore } from '../../store/database';
import { globalOptions } from '../context';
import { CliError } from '../errors';
import { printJson, printLine, printTable } from '../output';

async function withLocalStore<T>(
  command: Command,
  work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
) {
  if (globalOptions(command).server) {
    throw new CliError('`rapport db` works on the local database only; drop --server');
  }
  const config = prepareDataDir(readConfig());
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerDatabase(program: Command) {
  const db = program.command('db').description('database schema upkeep');

  db.command('migrate')
    .description('apply pending migrations (the server also does this at start)')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withLocalStore(command, async (store) => {
        const applied = await applyMigrations(store);
        if (options.json) return printJson({ applied });
        printLine(
          applied.length ? `Applied ${applied.join(', ')}.` : 'Nothing to apply; up to date.',
        );
      });
    });

  db.command('status')
    .description('list migrations and whether each is applied')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withLocalStore(command, async (store) => {
        const migrations = await listMigrations(store);
        if (options.json) return printJson({ dialect: store.dialect, migrations });
        printTable(
          ['MIGRATION', 'APPLIED'],
          migrations.map((m) => [m.name, m.appliedAt ?? 'pending']),
        );
      });
    });
}
