// `rapport window NAME`: the next time you and the person are both working.
import type { Command } from 'commander';
import { todayIn } from '../../domain/index';
import { withClient } from '../context';
import { userZone } from '../daily-helpers';
import { printJson, printLine } from '../output';
import { resolvePerson } from '../people-resolver';
import { describeDay } from '../when';
import { firstName, weekdayOf } from './time-shared';

interface LocalWindow {
  date: string;
  start: string;
  end: string;
}

interface WindowJson {
  person: { id: string; name: string };
  window: { start: string; end: string; userLocal: LocalWindow; personLocal: LocalWindow } | null;
}

// One minute of slack: an open window starts at the moment the server read the clock.
const OPEN_SLACK_MS = 60_000;

export function registerWindow(program: Command) {
  program
    .command('window')
    .argument('<name...>', 'whom to reach (a name or the start of one)')
    .description('the next time you and someone are both within working hours')
    .option('--json', 'print JSON')
    .action(async (words: string[], _flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const found = await resolvePerson(client, words.join(' '));
        const answer = await client.request<WindowJson>(
          'GET',
          `/api/people/${encodeURIComponent(found.id)}/window`,
        );
        if (options.json) return printJson(answer);
        const { person, window } = answer;
        const short = firstName(person.name);
        if (!window) {
          return printLine(
            `No time in the next 7 days when you and ${person.name} are both working. Check both schedules with \`rapport schedule ${short}\`.`,
          );
        }
        const { userLocal: you, personLocal: them } = window;
        const theirs = `${them.start}–${them.end} for ${short}, ${weekdayOf(them.date)}`;
        const now = Date.now();
        if (Date.parse(window.start) <= now + OPEN_SLACK_MS) {
          return printLine(`Now, until ${you.end} your time (${them.end} for ${short}).`);
        }
        const today = todayIn(await userZone(client), new Date(now).toISOString());
        const day = describeDay(you.date, today);
        const when = day === 'today' || day === 'tomorrow' ? day : `on ${day}`;
        printLine(`Best ${when} between ${you.start} and ${you.end} your time (${theirs}).`);
      });
    });
}
