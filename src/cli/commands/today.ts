// `rapport today`: whom to reach out to today and what to talk about.
import type { Command } from 'commander';
import type { TodayAgenda } from '../api-types';
import { withClient } from '../context';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';

export function registerToday(program: Command) {
  program
    .command('today')
    .description('whom to reach out to today, and what to talk about')
    .option('--days <n>', 'also show dates and promises this many days ahead', '7')
    .option('--json', 'print JSON')
    .action(async (flags: { days: string }, command: Command) => {
      const days = Number(flags.days);
      if (!/^\d{1,3}$/.test(flags.days.trim()) || days < 1 || days > 60) {
        throw new UsageError('--days must be a whole number from 1 to 60');
      }
      await withClient(command, async (client, options) => {
        const agenda = await client.request<TodayAgenda>('GET', `/api/today?days=${days}`);
        const items = [...agenda.items].sort((a, b) => b.score - a.score);
        if (options.json) return printJson({ ...agenda, items });
        printAgenda({ ...agenda, items });
      });
    });
}

export function printAgenda(agenda: TodayAgenda) {
  const welcomes = agenda.welcomes ?? [];
  if (agenda.items.length === 0) {
    printLine('Nobody is due today. Enjoy the quiet, or say hello to someone anyway.');
    printWelcomes(welcomes);
    return;
  }
  printLine(`Today, ${agenda.date} (${agenda.zone})`);
  const width = String(agenda.items.length).length;
  agenda.items.forEach((item, index) => {
    const number = `${String(index + 1).padStart(width)}.`;
    const indent = ' '.repeat(number.length + 1);
    printLine();
    printLine(`${number} ${item.title}`);
    if (item.why) printLine(`${indent}${item.why}`);
    for (const starter of item.starters ?? []) printLine(`${indent}  · ${starter}`);
    if (item.refId) printLine(`${indent}(done: rapport done ${item.refId})`);
  });
  printWelcomes(welcomes);
}

/** First hellos from team welcomes, after the agenda (marked done on Today in the web app). */
function printWelcomes(welcomes: NonNullable<TodayAgenda['welcomes']>) {
  if (welcomes.length === 0) return;
  printLine();
  printLine('First hellos');
  for (const welcome of welcomes) {
    printLine(`  · ${welcome.title}`);
    printLine(`    ${welcome.why}`);
    if (welcome.commonInterests.length > 0) {
      printLine(`    You both like ${welcome.commonInterests.join(', ')}`);
    }
  }
}
