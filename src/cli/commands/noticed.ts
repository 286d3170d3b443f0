// `rapport noticed [accept ID|--all | ignore ID | never PERSON]`: the "Rapport noticed" inbox of
// conversations captured by sources in review mode, waiting for a yes before they are logged.
import type { Command } from 'commander';
import type { Noticed } from '../../http/sources/source-schemas';
import { NOTICED_HEADERS, noticedRows } from '../capture-format';
import { withClient } from '../context';
import { plural, userZone } from '../daily-helpers';
import { printJson, printLine, printTable } from '../output';
import { resolvePerson } from '../people-resolver';
import { usageError } from '../usage';

const itemPath = (id: string, action: string) =>
  `/api/noticed/${encodeURIComponent(id.trim())}/${action}`;

export function registerNoticed(program: Command) {
  const noticed = program
    .command('noticed')
    .description('conversations your sources noticed, waiting for your yes')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { noticed: items } = await client.request<{ noticed: Noticed[] }>(
          'GET',
          '/api/noticed',
        );
        if (options.json) return printJson(items);
        if (items.length === 0)
          return printLine('Nothing waiting: every noticed conversation is handled.');
        printTable(NOTICED_HEADERS, noticedRows(items, await userZone(client)));
        printLine();
        printLine(
          'Log them with `rapport noticed accept ID` (or --all); `rapport noticed ignore ID` drops one.',
        );
      });
    });

  noticed
    .command('accept')
    .description('log a noticed conversation (or all of them with --all)')
    .argument('[id]', 'the noticed conversation')
    .option('--all', 'accept everything waiting')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, flags: { all?: boolean }, command: Command) => {
      if (Boolean(id) === Boolean(flags.all)) {
        throw usageError(command, 'noticed accept takes an ID or --all (one of the two)');
      }
      await withClient(command, async (client, options) => {
        if (flags.all) {
          const done = await client.request<{ accepted: number }>(
            'POST',
            '/api/noticed/accept-all',
          );
          if (options.json) return printJson(done);
          return printLine(`Logged ${plural(done.accepted, 'conversation')}.`);
        }
        const done = await client.request<{ interactionId: string }>(
          'POST',
          itemPath(id!, 'accept'),
        );
        if (options.json) return printJson(done);
        printLine('Logged it.');
      });
    });

  noticed
    .command('ignore')
    .description('drop a noticed conversation without logging it')
    .argument('<id>', 'the noticed conversation')
    .action(async (id: string, _flags, command: Command) => {
      await withClient(command, async (client) => {
        await client.request('POST', itemPath(id, 'ignore'));
        printLine('Ignored it; it will not be noticed again.');
      });
    });

  noticed
    .command('never')
    .description('capture nothing more with this person; their waiting conversations are dropped')
    .argument('<person...>', 'a name or id')
    .action(async (words: string[], _flags, command: Command) => {
      await withClient(command, async (client) => {
        const person = await resolvePerson(client, words.join(' '));
        await client.request('POST', '/api/noticed/never', { personId: person.id });
        printLine(`Rapport will not capture conversations with ${person.name} any more.`);
      });
    });
}
