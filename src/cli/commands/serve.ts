import type { Command } from 'commander';
import { readConfig } from '../../config';
import { startServer, stopOnSignals } from '../../runtime';
import { printLine, printNote } from '../output';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the web app and API (PORT, HOST, RAPPORT_DATA, DATABASE_URL)')
    .action(async () => {
      const config = readConfig();
      const server = await startServer(config);
      const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
      printLine(`Rapport is running at ${server.url}  (data: ${where})`);
      stopOnSignals(server, printNote);
    });
}
