import type { Command } from 'commander';
import { readConfig } from '../../config';
import { startServer, stopOnSignals } from '../../runtime';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the web app and API (PORT, HOST, RAPPORT_DATA, DATABASE_URL)')
    .action(async () => {
      const config = readConfig();
      const server = await startServer(config);
      const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
      // A log line like any other (JSON when stdout is not a terminal); tests read the URL in it.
      server.log.info({ url: server.url }, `Rapport is running at ${server.url}  (data: ${where})`);
      stopOnSignals(server, (text) => server.log.info(text));
    });
}
