import type { Command } from 'commander';
import { readConfig } from '../../config';
import { startServer } from '../../runtime';
import { printLine } from '../output';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the web app and API (PORT, HOST, RAPPORT_DATA, DATABASE_URL)')
    .action(async () => {
      const config = readConfig();
      const server = await startServer(config);
      const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
      printLine(`Rapport is running at ${server.url}  (data: ${where})`);
      let stopping = false;
      const stop = async () => {
        if (stopping) return;
        stopping = true;
        await server.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
