// `rapport snooze NAME 3d` and `rapport pause NAME [--resume]`: quiet someone's reminders.
import type { Command } from 'commander';
import { todayIn } from '../../domain/index';
import type { Person } from '../api-types';
import { withClient } from '../context';
import { requireText, userZone } from '../daily-helpers';
import { CliError } from '../errors';
import { printJson, printLine } from '../output';
import { resolvePerson } from '../people-resolver';
import { describeDay, parseDateAhead } from '../when';

export function registerSnooze(program: Command) {
  program
    .command('snooze')
    .argument('<name>', 'who (a name or the start of one)')
    .argument(
      '<until...>',
      'how long, as the last word: 3d, 2w, 1m, or a date (2026-05-01, friday); "off" to clear',
    )
    .description('hide someone from the agenda for a while (replies and promises stay)')
    .option('--json', 'print JSON')
    .action(async (first: string, rest: string[], _flags, command: Command) => {
      // `rapport snooze Ann Lee 2w`: the last word is the length, the words before it the name.
      const all = [first, ...rest];
      const text = requireText(all.pop(), 'snooze length');
      const name = all.join(' ');
      await withClient(command, async (client, options) => {
        const zone = await userZone(client);
        const now = new Date().toISOString();
        const today = todayIn(zone, now);
        const clearing = /^(off|none|clear|no)$/i.test(text);
        const snoozedUntil = clearing ? null : parseDateAhead(text, now, zone);
        if (snoozedUntil !== null && snoozedUntil <= today) {
          throw new CliError(`Snooze until a day after today (${today}), not ${snoozedUntil}.`);
        }
        const person = await resolvePerson(client, name);
        const { person: updated } = await client.request<{ person: Person }>(
          'PATCH',
          `/api/people/${encodeURIComponent(person.id)}`,
          { snoozedUntil },
        );
        if (options.json) return printJson(updated);
        if (snoozedUntil === null) return printLine(`${updated.name} is no longer snoozed.`);
        printLine(
          `Snoozed ${updated.name} until ${describeDay(snoozedUntil, today)}${
            describeDay(snoozedUntil, today).includes(snoozedUntil) ? '' : ` (${snoozedUntil})`
          }.`,
        );
      });
    });

  program
    .command('pause')
    .argument('<name...>', 'who (a name or the start of one)')
    .description('stop reminders about someone until you resume them')
    .option('--resume', 'resume reminders')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: { resume?: boolean }, command: Command) => {
      await withClient(command, async (client, options) => {
        const person = await resolvePerson(client, words.join(' '));
        const { person: updated } = await client.request<{ person: Person }>(
          'PATCH',
          `/api/people/${encodeURIComponent(person.id)}`,
          { paused: !flags.resume },
        );
        if (options.json) return printJson(updated);
        printLine(
          flags.resume
            ? `Resumed reminders about ${updated.name}.`
            : `Paused ${updated.name}: no reminders until \`rapport pause "${updated.name}" --resume\`.`,
        );
      });
    });
}
