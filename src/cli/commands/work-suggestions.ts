// `rapport brag suggested`: accomplishments suggested from your commits (git sources), one per
// repository and day. Nothing is filed until you accept one, as it is or with your own words.
import type { Command } from 'commander';
import { withClient } from '../context';
import { requireText } from '../daily-helpers';
import { printJson, printLine, printTable } from '../output';
import type { Accomplishment } from './credit-shared';

interface WorkSuggestion {
  id: string;
  repository: string;
  date: string;
  text: string;
  commits: number;
}

interface SuggestedFlags {
  json?: boolean;
  text?: string;
}

const path = (id: string, action: string) =>
  `/api/work-suggestions/${encodeURIComponent(requireText(id, 'id'))}/${action}`;

export function registerWorkSuggestions(brag: Command) {
  const suggested = brag
    .command('suggested')
    .description(
      'accomplishments suggested from your commits, waiting for a yes (`accept ID`, `dismiss ID`)',
    )
    .option('--json', 'print JSON')
    .action(async (_flags: SuggestedFlags, command: Command) => {
      // optsWithGlobals: `brag` has its own --json, which commander may hand to it instead.
      const flags = command.optsWithGlobals() as SuggestedFlags;
      await withClient(command, async (client) => {
        const { suggestions } = await client.request<{ suggestions: WorkSuggestion[] }>(
          'GET',
          '/api/work-suggestions',
        );
        if (flags.json) return printJson(suggestions);
        if (suggestions.length === 0) return printLine('No suggestions from your commits.');
        printTable(
          ['ID', 'DATE', 'COMMITS', 'SUGGESTED'],
          suggestions.map((s) => [s.id, s.date, String(s.commits), s.text]),
        );
        printLine('File one with `rapport brag suggested accept ID [--text "your words"]`.');
      });
    });

  suggested
    .command('accept')
    .argument('<id>', 'the suggestion’s id, from `rapport brag suggested`')
    .description('file it as an accomplishment on its day, as suggested or with --text')
    .option('--text <text>', 'your own words instead of the suggested text')
    .option('--json', 'print JSON')
    .action(async (id: string, _flags: SuggestedFlags, command: Command) => {
      const flags = command.optsWithGlobals() as SuggestedFlags;
      const body = flags.text === undefined ? {} : { text: requireText(flags.text, '--text') };
      await withClient(command, async (client) => {
        const { accomplishment } = await client.request<{ accomplishment: Accomplishment }>(
          'POST',
          path(id, 'accept'),
          body,
        );
        if (flags.json) return printJson(accomplishment);
        printLine(
          `Logged: ${accomplishment.title} (${accomplishment.date}) · id: ${accomplishment.id}`,
        );
      });
    });

  suggested
    .command('dismiss')
    .argument('<id>', 'the suggestion’s id, from `rapport brag suggested`')
    .description('not worth filing: that repository and day is not suggested again')
    .action(async (id: string, _flags: SuggestedFlags, command: Command) => {
      await withClient(command, async (client) => {
        await client.request('POST', path(id, 'dismiss'));
        printLine('Dismissed.');
      });
    });
}
