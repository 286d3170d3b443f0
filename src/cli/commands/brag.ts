// `rapport brag`: the accomplishment log over a week, a month or given dates, counted by project.
import type { Command } from 'commander';
import { withClient } from '../context';
import { userZone } from '../daily-helpers';
import { printJson, printText } from '../output';
import {
  type Accomplishment,
  addPeriodFlags,
  checkPeriodFlags,
  chooseFormat,
  type Period,
  type PeriodFlags,
  periodQuery,
  type Rendered,
  renderIn,
} from './credit-shared';
import { registerWorkSuggestions } from './work-suggestions';

export interface BragResponse extends Rendered {
  period: Period;
  summary: {
    total: number;
    withImpact: number;
    projectCount: number;
    byProject: { project: string | null; count: number; withImpact: number }[];
    byTag: { tag: string; count: number }[];
  };
  accomplishments: Accomplishment[];
}

interface BragFlags extends PeriodFlags {
  format?: string;
  json?: boolean;
}

export function registerBrag(program: Command) {
  const bragCommand = addPeriodFlags(
    program
      .command('brag')
      .description('what you got done over a period, counted by project, with evidence'),
  )
    .option('--from <date>', 'from this day (with --to): 2026-05-01, "3 days ago"')
    .option('--to <date>', 'to this day, inclusive')
    .option('--format <format>', 'md, html, text or json (default: text)')
    .option('--json', 'print JSON (same as --format json)')
    .action(async (flags: BragFlags, command: Command) => {
      const format = chooseFormat(flags.format, flags.json, 'text');
      checkPeriodFlags(flags);
      await withClient(command, async (client) => {
        const zone = await userZone(client);
        const query = periodQuery(flags, zone, new Date().toISOString());
        const brag = await client.request<BragResponse>('GET', `/api/brag?${query}`);
        if (format === 'json') {
          const { period, summary, accomplishments } = brag;
          return printJson({ period, summary, accomplishments });
        }
        printText(renderIn(brag, format));
      });
    });
  registerWorkSuggestions(bragCommand);
}
