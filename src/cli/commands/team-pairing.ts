// `rapport team pair | met | prompts`: coffee rounds and the water cooler from the terminal.
import type { Command } from 'commander';
import { withClient } from '../context';
import { CliError, UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { pickPerson } from '../people-resolver';
import { pickWorkspace, teamCommand, workspacePath } from './team-workspace';

interface Group {
  members: { id: string; name: string }[];
  reason: string;
  slot: { start: string; local: { local: string; timeZone: string }[] } | null;
}

interface Round {
  id: string | null;
  date: string;
  dryRun: boolean;
  groups: Group[];
  unpairedCount: number;
}

interface MyRound {
  id: string;
  date: string;
  group: Group | null;
}

interface Prompts {
  current: { key: string; text: string; answers: { name: string; text: string }[] };
}

const ANSWERS = ['met', 'didnt', 'again'] as const;

export function registerTeamPairing(program: Command) {
  const team = teamCommand(program);

  team
    .command('pair')
    .description('form a coffee round now and send it (admins); --dry-run only shows it')
    .option('--dry-run', 'show the round without storing or sending it')
    .option('--workspace <name>', 'the workspace, when you are in several')
    .option('--json', 'print JSON')
    .action(async (flags: { dryRun?: boolean; workspace?: string }, command: Command) => {
      await withClient(command, async (client, options) => {
        const workspace = await pickWorkspace(client, flags.workspace);
        const result = await client.request<{ round: Round; delivery: unknown }>(
          'POST',
          workspacePath(workspace, '/rounds'),
          { dryRun: Boolean(flags.dryRun) },
        );
        if (options.json) return printJson(result);
        const { round } = result;
        printLine(`${round.dryRun ? 'Dry run' : 'Round'} of ${round.date} in ${workspace.name}:`);
        for (const group of round.groups) {
          printLine(`  ${group.members.map((m) => m.name).join(' + ')}  (${group.reason})`);
        }
        if (round.unpairedCount > 0) printLine(`  ${round.unpairedCount} could not be grouped`);
      });
    });

  team
    .command('met')
    .argument('<name>', 'someone in your group of the latest round')
    .description('say you met someone of your latest group (or --answer didnt / again)')
    .option('--answer <answer>', 'met, didnt or again', 'met')
    .option('--workspace <name>', 'the workspace, when you are in several')
    .action(
      async (name: string, flags: { answer: string; workspace?: string }, command: Command) => {
        if (!(ANSWERS as readonly string[]).includes(flags.answer)) {
          throw new UsageError(`--answer is one of: ${ANSWERS.join(', ')}`);
        }
        await withClient(command, async (client) => {
          const workspace = await pickWorkspace(client, flags.workspace);
          const { round } = await client.request<{ round: MyRound | null }>(
            'GET',
            workspacePath(workspace, '/rounds/latest'),
          );
          const { user } = await client.request<{ user: { id: string } }>('GET', '/api/me');
          const others = round?.group?.members.filter((m) => m.id !== user.id) ?? [];
          if (!round || others.length === 0)
            throw new CliError('You were not grouped in the latest round.');
          const other = pickPerson(name, others);
          await client.request('POST', workspacePath(workspace, `/rounds/${round.id}/feedback`), {
            with: other.id,
            answer: flags.answer,
          });
          printLine(
            `Noted: ${flags.answer === 'met' ? 'you met' : flags.answer === 'again' ? 'you want to meet again' : 'you did not meet'} ${other.name}.`,
          );
        });
      },
    );

  team
    .command('prompts')
    .description("this week's water-cooler prompt and the answers; --answer TEXT to add yours")
    .option('--answer <text>', 'your answer, seen by the workspace')
    .option('--workspace <name>', 'the workspace, when you are in several')
    .option('--json', 'print JSON')
    .action(async (flags: { answer?: string; workspace?: string }, command: Command) => {
      await withClient(command, async (client, options) => {
        const workspace = await pickWorkspace(client, flags.workspace);
        let prompts = await client.request<Prompts>('GET', workspacePath(workspace, '/prompts'));
        if (flags.answer !== undefined) {
          prompts = await client.request<Prompts>(
            'POST',
            workspacePath(workspace, '/prompts/answers'),
            {
              key: prompts.current.key,
              text: flags.answer,
            },
          );
        }
        if (options.json) return printJson(prompts);
        printLine(prompts.current.text);
        if (prompts.current.answers.length === 0) printLine('  No answers yet: --answer TEXT');
        for (const answer of prompts.current.answers) printLine(`  ${answer.name}: ${answer.text}`);
      });
    });
}
