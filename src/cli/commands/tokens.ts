import type { Command } from 'commander';
import type { User } from '../../app/accounts/user';
import type { ApiToken } from '../../app/tokens/api-tokens';
import { withClient } from '../context';
import { formatInstant, printJson, printLine, printNote, printTable } from '../output';

export function registerTokens(program: Command) {
  const token = program.command('token').description('API tokens for scripts and remote use');

  token
    .command('create')
    .argument('<name>', 'a name that says where the token is used')
    .description('create a token; its secret is printed once')
    .option('--json', 'print JSON')
    .action(async (name: string, _options, command: Command) => {
      await withClient(command, async (client, options) => {
        const created = await client.request<{ token: ApiToken; secret: string }>(
          'POST',
          '/api/tokens',
          { name },
        );
        if (options.json) return printJson(created);
        printLine(created.secret);
        printNote(`Token "${created.token.name}" created. Keep it now: it is not shown again.`);
      });
    });

  token
    .command('list')
    .description('list your live tokens')
    .option('--json', 'print JSON')
    .action(async (_options, command: Command) => {
      await withClient(command, async (client, options) => {
        const { tokens } = await client.request<{ tokens: ApiToken[] }>('GET', '/api/tokens');
        if (options.json) return printJson(tokens);
        if (tokens.length === 0)
          return printLine('No tokens. Create one with `rapport token create NAME`.');
        const { user } = await client.request<{ user: User }>('GET', '/api/me');
        printTable(
          ['NAME', 'PREFIX', 'CREATED', 'LAST USED'],
          tokens.map((t) => [
            t.name,
            `${t.prefix}…`,
            formatInstant(t.createdAt, user.timeZone),
            formatInstant(t.lastUsedAt, user.timeZone),
          ]),
        );
      });
    });

  token
    .command('revoke')
    .argument('<name>', 'the token name (or id)')
    .description('revoke a token; it stops working at once')
    .action(async (name: string, _options, command: Command) => {
      await withClient(command, async (client) => {
        await client.request('DELETE', `/api/tokens/${encodeURIComponent(name)}`);
        printLine(`Revoked "${name}".`);
      });
    });
}
