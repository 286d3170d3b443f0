// `rapport backup FILE`: a consistent copy of the local SQLite database through SQLite's online
// backup, safe while the server runs. Local only, like `rapport db`; PostgreSQL has pg_dump.
import { chmodSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../../config';
import { globalOptions } from '../context';
import { CliError } from '../errors';
import { printJson, printLine } from '../output';

export function registerBackup(program: Command) {
  program
    .command('backup')
    .argument('<file>', 'where to write the copy')
    .description('copy the local SQLite database, safely, even while the server runs')
    .option('--json', 'print JSON')
    .action(async (file: string, flags: { json?: boolean }, command: Command) => {
      if (globalOptions(command).server) {
        throw new CliError('`rapport backup` copies the local database; drop --server');
      }
      const config = readConfig();
      if (config.databaseUrl) {
        throw new CliError(
          'This Rapport keeps its data in PostgreSQL; back it up with pg_dump, e.g. ' +
            `pg_dump --format=custom --file ${file} "$DATABASE_URL" (see docs/operations.md)`,
        );
      }
      const source = join(config.dataDir, 'rapport.sqlite');
      if (!existsSync(source)) throw new CliError(`No database at ${source}`);
      const { default: SQLite } = await import('better-sqlite3');
      const temporary = `${file}.${process.pid}.tmp`;
      const database = new SQLite(source, { fileMustExist: true });
      try {
        database.pragma('busy_timeout = 5000');
        // Copied page by page; writes by a running server restart the copy, never corrupt it.
        await database.backup(temporary);
        chmodSync(temporary, 0o600);
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new CliError(`Backup failed: ${(error as Error).message}`);
      } finally {
        database.close();
      }
      const bytes = statSync(file).size;
      if (flags.json) return printJson({ file, bytes, source });
      printLine(`Backed up ${source} to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
    });
}
