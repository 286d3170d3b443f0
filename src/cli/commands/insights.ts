// `rapport health NAME`, `rapport week` and `rapport search TEXT`: how relationships are doing.
import type { Command } from 'commander';
import type { Health, SearchResult, Week } from '../api-types';
import { withClient } from '../context';
import { cadenceWords, plural, requireText } from '../daily-helpers';
import { printJson, printLine, printTable } from '../output';
import { resolvePerson } from '../people-resolver';

/** A share as a whole percentage; the API may give a fraction (0–1) or a percentage. */
export function percent(share: number | null | undefined): string {
  if (share == null || Number.isNaN(share)) return '—';
  return `${Math.round(share <= 1 ? share * 100 : share)}%`;
}

function daysAgo(days: number | null): string {
  if (days === null) return 'never talked';
  if (days <= 0) return 'talked today';
  if (days === 1) return 'talked yesterday';
  return `talked ${days} days ago`;
}

export function registerInsights(program: Command) {
  program
    .command('health')
    .argument('<name...>', 'who (a name or the start of one)')
    .description('how a relationship is doing: recency, balance, who reaches out')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const person = await resolvePerson(client, words.join(' '));
        const { health } = await client.request<{ health: Health }>(
          'GET',
          `/api/people/${encodeURIComponent(person.id)}/health`,
        );
        if (options.json) return printJson(health);
        const { recency, initiative, favorBalance } = health;
        printLine(`${person.name} (${person.kind})`);
        printLine(
          `  recency:        ${daysAgo(recency.daysSince)}; ${cadenceWords(recency.cadenceDays)} (${recency.status})`,
        );
        printLine(
          `  last 90 days:   ${plural(health.contacts90d, 'conversation')}, ${percent(health.personalShare)} personal`,
        );
        printLine(
          `  reaching out:   you ${initiative.me}, them ${initiative.them}, mutual ${initiative.mutual}`,
        );
        const sign = favorBalance.balance > 0 ? '+' : '';
        printLine(
          `  favors:         gave ${favorBalance.gave}, got ${favorBalance.got} (balance ${sign}${favorBalance.balance})`,
        );
        if (health.warnings.length === 0) printLine('  No warnings.');
        for (const warning of health.warnings) printLine(`  ! ${warning}`);
      });
    });

  program
    .command('week')
    .description('this week’s conversations compared with your usual')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { week } = await client.request<{ week: Week }>('GET', '/api/week');
        if (options.json) return printJson(week);
        const people = Array.isArray(week.people) ? week.people.length : week.people;
        printLine(`Week of ${week.weekStart} to ${week.weekEnd}`);
        printLine(
          `  ${plural(week.conversations, 'conversation')} with ${plural(people, 'person', 'people')}, ${percent(week.personalShare)} personal`,
        );
        const channels = Object.entries(week.byChannel ?? {}).filter(([, n]) => n > 0);
        if (channels.length) {
          printLine(`  by channel: ${channels.map(([c, n]) => `${c} ${n}`).join(', ')}`);
        }
        if (week.medianOfPrior8Weeks != null) {
          printLine(`  usual: ${week.medianOfPrior8Weeks} a week (median of the 8 weeks before)`);
        }
        if (week.warning) printLine(`  ! ${week.warning}`);
        if (week.talkedWith?.length) {
          printLine(`  with: ${talkedWithLine(week.talkedWith)}`);
        }
      });
    });

  program
    .command('search')
    .argument('<text...>', 'words to look for in names, facts, notes and conversations')
    .description('find people and conversations')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags, command: Command) => {
      const q = requireText(words.join(' '), 'search text');
      await withClient(command, async (client, options) => {
        const { results } = await client.request<{ results: SearchResult[] }>(
          'GET',
          `/api/search?q=${encodeURIComponent(q)}`,
        );
        if (options.json) return printJson(results);
        if (results.length === 0) return printLine(`Nothing found for "${q}".`);
        printTable(
          ['WHO', 'WHAT', 'FOUND'],
          results.map((r) => [
            r.personName,
            r.type === 'interaction' ? 'conversation' : 'person',
            r.snippet.replace(/\s+/g, ' ').trim(),
          ]),
        );
      });
    });
}

/** "Bo Chen (3), Ann Lee (2), Cy" — a count only when more than one conversation. */
export function talkedWithLine(people: { name: string; conversations: number }[]): string {
  return people
    .map((p) => (p.conversations > 1 ? `${p.name} (${p.conversations})` : p.name))
    .join(', ');
}
