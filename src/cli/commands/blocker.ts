// `rapport blocker TEXT [--on NAME]`: something in your way, or something you need from
// someone; it shows under "Blockers / needs" in your status updates until `blocker clear ID`.
import type { Command } from 'commander';
import { withClient } from '../context';
import { requireText, userZone } from '../daily-helpers';
import { CliError, UsageError } from '../errors';
import { printJson, printLine, printTable } from '../output';
import { resolvePerson } from '../people-resolver';
import { parseDay } from '../when';

interface Blocker {
  id: string;
  text: string;
  person: { id: string; name: string } | null;
  since: string;
  resolvedOn: string | null;
}

interface BlockerFlags {
  on?: string;
  since?: string;
  json?: boolean;
  all?: boolean;
}

const describe = (b: Blocker) =>
  `${b.text}${b.person ? ` (waiting on ${b.person.name})` : ''}, since ${b.since}`;

export function registerBlocker(program: Command) {
  const blocker = program
    .command('blocker')
    .argument('[text...]', 'what is in your way, or what you need ("prod database access")')
    .description(
      'note a blocker or a need for your status updates (or `blocker list`, `blocker clear ID`)',
    )
    .option('--on <name>', 'whom you are waiting on, who can unblock it')
    .option('--since <date>', 'since when: 2026-05-01, "monday", "3 days ago" (default: today)')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags: BlockerFlags, command: Command) => {
      if (words.length === 0)
        throw new UsageError('blocker needs TEXT (or `rapport blocker list`)');
      const text = requireText(words.join(' '), 'text');
      const flags = command.opts() as BlockerFlags;
      await withClient(command, async (client) => {
        const body: Record<string, unknown> = { text };
        if (flags.on !== undefined) {
          const person = await resolvePerson(client, flags.on).catch((error: unknown) => {
            if (error instanceof CliError) throw new CliError(`--on: ${error.message}`);
            throw error;
          });
          body.personId = person.id;
        }
        if (flags.since !== undefined) {
          body.since = parseDay(flags.since, new Date().toISOString(), await userZone(client));
        }
        const { blocker: created } = await client.request<{ blocker: Blocker }>(
          'POST',
          '/api/blockers',
          body,
        );
        if (flags.json) return printJson(created);
        printLine(`Noted: ${describe(created)} · id: ${created.id}`);
        printLine(`Your status updates list it until \`rapport blocker clear ${created.id}\`.`);
      });
    });

  blocker
    .command('list')
    .description('blockers and needs still open (--all: cleared ones too)')
    .option('--all', 'include cleared ones')
    .option('--json', 'print JSON')
    .action(async (_flags: BlockerFlags, command: Command) => {
      const flags = command.optsWithGlobals() as BlockerFlags;
      await withClient(command, async (client) => {
        const { blockers } = await client.request<{ blockers: Blocker[] }>(
          'GET',
          flags.all ? '/api/blockers' : '/api/blockers?open=true',
        );
        if (flags.json) return printJson(blockers);
        if (blockers.length === 0) return printLine('Nothing in your way.');
        printTable(
          ['ID', 'SINCE', 'WAITING ON', 'WHAT', 'CLEARED'],
          blockers.map((b) => [b.id, b.since, b.person?.name ?? '', b.text, b.resolvedOn ?? '']),
        );
      });
    });

  blocker
    .command('clear')
    .argument('<id>', 'the id printed when it was noted')
    .description('mark a blocker cleared today: updates stop listing it after today')
    .option('--json', 'print JSON')
    .action(async (id: string, _flags: BlockerFlags, command: Command) => {
      const flags = command.optsWithGlobals() as BlockerFlags;
      await withClient(command, async (client) => {
        const { blocker: cleared } = await client.request<{ blocker: Blocker }>(
          'POST',
          `/api/blockers/${encodeURIComponent(requireText(id, 'id'))}/resolve`,
        );
        if (flags.json) return printJson(cleared);
        printLine(`Cleared: ${cleared.text} (on ${cleared.resolvedOn}).`);
      });
    });
}
