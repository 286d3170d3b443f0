// `rapport restore FILE`: loads a `rapport export --json` document into this account, which
// must be empty (a new server, a fresh laptop); the server refuses otherwise.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { withClient } from '../context';
import { CliError } from '../errors';
import { printJson, printLine } from '../output';
import type { RestoreResult } from './transfer-types';

export function registerRestore(program: Command) {
  program
    .command('restore')
    .argument('<file>', 'a JSON export from `rapport export --json`')
    .description('load a JSON export into this (empty) account')
    .option('--json', 'print JSON')
    .action(async (file: string, _flags, command: Command) => {
      let document: unknown;
      try {
        document = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(code ? `Cannot read ${file}: ${code}` : `${file} is not a JSON export`);
      }
      await withClient(command, async (client, options) => {
        const result = await client.request<RestoreResult>('POST', '/api/restore', document);
        if (options.json) return printJson(result);
        const counts = Object.entries(result.restored)
          .filter(([, n]) => n > 0)
          .map(([key, n]) => `${n} ${key}`);
        printLine(
          `Restored ${counts.length ? counts.join(', ') : 'settings only'} into ${client.target}.`,
        );
        if (result.remapped) {
          printLine('Some ids were already taken in this database, so every record got a new id.');
        }
      });
    });
}
