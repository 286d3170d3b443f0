// `rapport today`: whom to reach out to today and what to talk about, as cards (one per person).
import type { Command } from 'commander';
import type { TodayAgenda, TodayCard } from '../api-types';
import { todayCaptureLines } from '../capture-format';
import { withClient } from '../context';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';

export function registerToday(program: Command) {
  program
    .command('today')
    .description('whom to reach out to today, and what to talk about')
    .option('--days <n>', 'also show dates and promises this many days ahead', '7')
    .option('--all', 'also show the cards that can wait')
    .option('--json', 'print JSON')
    .action(async (flags: { days: string; all?: boolean }, command: Command) => {
      const days = Number(flags.days);
      if (!/^\d{1,3}$/.test(flags.days.trim()) || days < 1 || days > 60) {
        throw new UsageError('--days must be a whole number from 1 to 60');
      }
      await withClient(command, async (client, options) => {
        const agenda = await client.request<TodayAgenda>('GET', `/api/today?days=${days}`);
        const items = [...agenda.items].sort((a, b) => b.score - a.score);
        if (options.json) return printJson({ ...agenda, items });
        printAgenda({ ...agenda, items }, { all: Boolean(flags.all) });
      });
    });
}

export function printAgenda(agenda: TodayAgenda, options: { all?: boolean } = {}) {
  const welcomes = agenda.welcomes ?? [];
  const cards = agenda.cards ?? [];
  const later = agenda.later ?? [];
  if (cards.length === 0 && later.length === 0) {
    printLine('Nobody is due today. Enjoy the quiet, or say hello to someone anyway.');
    printWelcomes(welcomes);
    printCapture(agenda);
    return;
  }
  printLine(`Today, ${agenda.date} (${agenda.zone})`);
  if (cards.length === 0) {
    printLine();
    printLine('Nothing needs you today.');
  }
  const shown = options.all ? [...cards, ...later] : cards;
  const width = String(shown.length).length;
  shown.forEach((card, index) => {
    if (options.all && index === cards.length) {
      printLine();
      printLine('Can wait');
    }
    printCard(card, `${String(index + 1).padStart(width)}.`);
  });
  if (!options.all && later.length > 0) {
    printLine();
    printLine(`${later.length} more can wait — see them with rapport today --all`);
  }
  printWelcomes(welcomes);
  printCapture(agenda);
}

/** What capture has for the user: conversations to confirm, sources that stopped working. */
function printCapture(agenda: TodayAgenda) {
  const lines = todayCaptureLines(agenda);
  if (lines.length === 0) return;
  printLine();
  for (const line of lines) printLine(line);
}

/**
 * The lead line under the number, the person's other lines below it marked "+", then things
 * to talk about; each line that can be marked done says how.
 */
function printCard(card: TodayCard, number: string) {
  const indent = ' '.repeat(number.length + 1);
  printLine();
  card.lines.forEach((line, at) => {
    const lead = at === 0;
    const pad = lead ? indent : `${indent}  `;
    printLine(lead ? `${number} ${line.title}` : `${indent}+ ${line.title}`);
    if (line.why) printLine(`${pad}${line.why}`);
    if (line.refId) printLine(`${pad}(done: rapport done ${line.refId})`);
  });
  if (card.note) printLine(`${indent}${card.note}`);
  for (const starter of card.starters) printLine(`${indent}  · ${starter}`);
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
