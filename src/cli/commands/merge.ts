// `rapport person merge FROM INTO`: two records of one person become one. FROM's conversations,
// promises, favors, facts and dates move to INTO, and FROM is removed.
import type { Command } from 'commander';
import { withClient } from '../context';
import { plural } from '../daily-helpers';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { resolvePerson } from '../people-resolver';
import { ask, canPrompt } from '../prompt';
import type { MergeResult } from './transfer-types';

export function registerPersonMerge(person: Command) {
  person
    .command('merge')
    .argument('<from>', 'the person merged away (a name, or the start of it; quote several words)')
    .argument('<into>', 'the person kept')
    .description('merge one person into another: their history, items, facts and dates move')
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print JSON')
    .action(
      async (fromName: string, intoName: string, flags: { yes?: boolean }, command: Command) => {
        if (!flags.yes && !canPrompt()) {
          throw new UsageError(
            `person merge removes "${fromName}" once merged; pass --yes to confirm`,
          );
        }
        await withClient(command, async (client, options) => {
          const from = await resolvePerson(client, fromName);
          const into = await resolvePerson(client, intoName);
          if (from.id === into.id)
            throw new UsageError(`"${fromName}" and "${intoName}" are the same person`);
          if (!flags.yes) {
            const answer = await ask(
              `Merge ${from.name} into ${into.name}, and remove ${from.name}? [y/N] `,
            );
            if (!/^y(es)?$/i.test(answer)) return printLine('Kept both.');
          }
          const result = await client.request<MergeResult>('POST', '/api/people/merge', {
            from: from.id,
            into: into.id,
          });
          if (options.json) return printJson(result);
          const moved = result.moved;
          const parts = [
            plural(moved.interaction_people ?? 0, 'conversation'),
            plural(moved.person_items ?? 0, 'item'),
            plural(moved.person_dates ?? 0, 'date'),
          ];
          printLine(`Merged ${from.name} into ${result.person.name}: ${parts.join(', ')} moved.`);
        });
      },
    );
}
