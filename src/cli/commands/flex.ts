// `rapport flex TEXT`: a time you changed your plans for the team; `rapport flex list` shows them.
import type { Command } from 'commander';
import { withClient } from '../context';
import { requireText, userZone } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { printJson, printLine, printTable } from '../output';
import { resolvePerson } from '../people-resolver';
import { parseDay } from '../when';
import type { FlexEntry } from './credit-shared';

interface FlexFlags {
  for?: string;
  on?: string;
}

interface ListFlags {
  from?: string;
  to?: string;
  json?: boolean;
}

export function registerFlex(program: Command) {
  const flex = program
    .command('flex')
    .argument('[text...]', 'how you were flexible ("came in on Friday for the offsite")')
    .description('log a time you changed your plans for the team (or `flex list`)')
    .option('--for <name>', 'whom it was for')
    .option('--on <date>', 'when: 2026-05-01, "yesterday", "friday" (default: today)')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags: FlexFlags, command: Command) => {
      if (words.length === 0) throw new UsageError('flex needs TEXT (or `rapport flex list`)');
      const text = requireText(words.join(' '), 'text');
      const flags = command.optsWithGlobals() as FlexFlags & ListFlags;
      await withClient(command, async (client) => {
        const body: Record<string, unknown> = { text };
        if (flags.for !== undefined) {
          const person = await resolvePerson(client, flags.for).catch((error: unknown) => {
            if (error instanceof CliError) throw new CliError(`--for: ${error.message}`);
            throw error;
          });
          body.personId = person.id;
        }
        if (flags.on !== undefined) {
          body.date = parseDay(flags.on, new Date().toISOString(), await userZone(client));
        }
        const { entry } = await client.request<{ entry: FlexEntry }>('POST', '/api/flex', body);
        if (flags.json) return printJson(entry);
        const where = [entry.forPerson ? `for ${entry.forPerson.name}` : '', entry.date]
          .filter(Boolean)
          .join(', ');
        printLine(`Logged: ${entry.text} (${where}) · id: ${entry.id}`);
      });
    });

  flex
    .command('list')
    .description('the times you were flexible for the team, newest first')
    .option('--from <date>', 'from this day: 2026-05-01, "30 days ago"')
    .option('--to <date>', 'to this day, inclusive')
    .option('--json', 'print JSON')
    .action(async (_flags: ListFlags, command: Command) => {
      // The parent reads options given after `list` too; merge both.
      const flags = command.optsWithGlobals() as ListFlags;
      await withClient(command, async (client) => {
        const query = new URLSearchParams();
        if (flags.from !== undefined || flags.to !== undefined) {
          const zone = await userZone(client);
          const now = new Date().toISOString();
          if (flags.from !== undefined) query.set('from', parseDay(flags.from, now, zone));
          if (flags.to !== undefined) query.set('to', parseDay(flags.to, now, zone));
        }
        const qs = query.toString();
        const { entries } = await client.request<{ entries: FlexEntry[] }>(
          'GET',
          `/api/flex${qs ? `?${qs}` : ''}`,
        );
        if (flags.json) return printJson(entries);
        if (entries.length === 0) {
          return printLine(
            qs
              ? 'Nothing logged between those dates.'
              : 'Nothing logged yet. Add one with `rapport flex TEXT`.',
          );
        }
        printTable(
          ['DATE', 'FOR', 'WHAT'],
          entries.map((e) => [e.date, e.forPerson?.name ?? '', e.text]),
        );
      });
    });
}
