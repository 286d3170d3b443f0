import type { Command } from 'commander';
import type { User } from '../../app/accounts/user';
import { withClient } from '../context';
import { printJson, printLine } from '../output';

export function registerWhoami(program: Command) {
  program
    .command('whoami')
    .description('show the account the CLI acts as')
    .option('--json', 'print JSON')
    .action(async (_options, command: Command) => {
      await withClient(command, async (client, options) => {
        const { user } = await client.request<{ user: User }>('GET', '/api/me');
        if (options.json) return printJson(user);
        printLine(`${user.name} <${user.email}> · ${user.timeZone} · ${user.role}`);
        printLine(`data: ${client.target}`);
      });
    });
}
