// `rapport account delete --password P --yes`: deletes your account and every record you own.
// The password is asked again (hidden) when it is not given and a terminal is there.
import type { Command } from 'commander';
import { withClient } from '../context';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { ask, canPrompt } from '../prompt';

interface DeleteFlags {
  password?: string;
  yes?: boolean;
}

export function registerAccount(program: Command) {
  const account = program.command('account').description('your own account');
  account
    .command('delete')
    .description('delete your account and everything in it, for good')
    .option('--password <password>', 'your password, to confirm it is you')
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nTake your data out first with `rapport export --json FILE`.')
    .action(async (flags: DeleteFlags, command: Command) => {
      const interactive = canPrompt();
      if (!flags.yes && !interactive) {
        throw new UsageError('account delete removes everything for good; pass --yes to confirm');
      }
      if (flags.password === undefined && !interactive) {
        throw new UsageError('account delete needs --password (it confirms it is you)');
      }
      await withClient(command, async (client, options) => {
        const { user } = await client.request<{ user: { email: string } }>('GET', '/api/me');
        if (!flags.yes) {
          const answer = await ask(
            `Delete the account ${user.email} and everything in it? This cannot be undone. Type "delete" to confirm: `,
          );
          if (answer.toLowerCase() !== 'delete') return printLine('Nothing was deleted.');
        }
        const password = flags.password ?? (await ask('Password: ', { hidden: true }));
        const result = await client.request<{ removed: Record<string, number> }>(
          'POST',
          '/api/me/delete',
          { password },
        );
        if (options.json) return printJson(result);
        const records = Object.entries(result.removed)
          .filter(([table]) => table !== 'users')
          .reduce((sum, [, n]) => sum + n, 0);
        printLine(`Deleted the account ${user.email} and ${records} records.`);
      });
    });
}
