// `rapport slots NAME [NAME...] --length 30m [--days 5] [--in-person]`: meeting times when you
// and everyone named are within working hours, best first, in your time with theirs beside it.
import type { Command } from 'commander';
import { withClient } from '../context';
import { listNames } from '../daily-helpers';
import { printJson, printLine, printTable } from '../output';
import { resolvePeople } from '../people-resolver';
import { instantLabel, localOf, readCount, readLength, weekdayOf } from './time-shared';

interface SlotsFlags {
  length: string;
  days?: string;
  inPerson?: boolean;
  json?: boolean;
}

interface SlotsJson {
  zone: string;
  slots: {
    start: string;
    end: string;
    score: number;
    officeDay: boolean;
    local: { id: string; date: string; time: string; zone: string }[];
  }[];
}

export function registerSlots(program: Command) {
  program
    .command('slots')
    .argument('<names...>', 'whom to meet (names, or the start of them)')
    .description('meeting slots when you and everyone named are within working hours')
    .option('--length <length>', 'how long: 30m, 1h, 90m', '30m')
    .option('--days <n>', 'how many days ahead to look (1–21)', '5')
    .option('--in-person', 'prefer office days (yours, and theirs)')
    .option('--json', 'print JSON')
    .action(async (words: string[], flags: SlotsFlags, command: Command) => {
      const length = readLength(flags.length);
      const days = readCount(flags.days ?? '5', '--days', 1, 21);
      await withClient(command, async (client, options) => {
        const people = await resolvePeople(client, words);
        const query = new URLSearchParams({
          people: people.map((p) => p.id).join(','),
          length: String(length),
          days: String(days),
          inPerson: flags.inPerson ? 'true' : 'false',
        });
        const answer = await client.request<SlotsJson>('GET', `/api/slots?${query}`);
        if (options.json) return printJson(answer);
        const who = listNames(people.map((p) => p.name));
        if (answer.slots.length === 0) {
          return printLine(
            `No ${length}-minute slot in the next ${days} days when you and ${who} are all working.`,
          );
        }
        printLine(`${length} minutes with ${who}, best first (your time, ${answer.zone}):`);
        const headers = ['#', 'YOU', ...people.map((p) => p.name.toUpperCase())];
        if (flags.inPerson) headers.push('OFFICE');
        printTable(
          headers,
          answer.slots.map((slot, index) => {
            const end = localOf(slot.end, answer.zone).time;
            const cells = [String(index + 1), `${instantLabel(slot.start, answer.zone)}–${end}`];
            for (const person of people) {
              const local = slot.local.find((l) => l.id === person.id);
              cells.push(local ? `${weekdayOf(local.date)} ${local.time} (${local.zone})` : '');
            }
            if (flags.inPerson) cells.push(slot.officeDay ? 'your office day' : '');
            return cells;
          }),
        );
      });
    });
}
