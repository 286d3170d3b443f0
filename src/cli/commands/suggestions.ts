// `rapport suggestions [add ID | dismiss ID]`: people you talk to often (3+ threads or meetings
// in 30 days) but don't keep yet. Capture never adds anyone by itself; this is where you say yes.
import type { Command } from 'commander';
import type { CaptureSuggestion } from '../../http/sources/source-schemas';
import { SUGGESTION_HEADERS, suggestionRows } from '../capture-format';
import { withClient } from '../context';
import { userZone } from '../daily-helpers';
import { printJson, printLine, printTable } from '../output';

const itemPath = (id: string, action: string) =>
  `/api/capture-suggestions/${encodeURIComponent(id.trim())}/${action}`;

export function registerSuggestions(program: Command) {
  const suggestions = program
    .command('suggestions')
    .description('people you talk to often but do not keep yet')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { suggestions: items } = await client.request<{ suggestions: CaptureSuggestion[] }>(
          'GET',
          '/api/capture-suggestions',
        );
        if (options.json) return printJson(items);
        if (items.length === 0) return printLine('No one to suggest right now.');
        printTable(SUGGESTION_HEADERS, suggestionRows(items, await userZone(client)));
        printLine();
        printLine(
          'Keep one with `rapport suggestions add ID`, or `rapport suggestions dismiss ID`.',
        );
      });
    });

  suggestions
    .command('add')
    .description('add the suggested person to your people')
    .argument('<id>', 'the suggestion')
    .option('--json', 'print JSON')
    .action(async (id: string, _flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { person } = await client.request<{ person: { id: string; name: string } }>(
          'POST',
          itemPath(id, 'add'),
        );
        if (options.json) return printJson(person);
        printLine(`Added ${person.name}; see \`rapport person show ${person.id}\`.`);
      });
    });

  suggestions
    .command('dismiss')
    .description('stop suggesting this address')
    .argument('<id>', 'the suggestion')
    .action(async (id: string, _flags, command: Command) => {
      await withClient(command, async (client) => {
        await client.request('POST', itemPath(id, 'dismiss'));
        printLine('Dismissed; it will not be suggested again.');
      });
    });
}
