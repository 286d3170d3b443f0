// `rapport now`: who is inside working hours right now, with their local time.
import type { Command } from 'commander';
import { withClient } from '../context';
import { printJson, printLine, printTable } from '../output';

interface NowJson {
  now: string;
  you: { working: boolean; localTime: string; zone: string };
  people: { id: string; name: string; localTime: string; zone: string }[];
}

export function registerNow(program: Command) {
  program
    .command('now')
    .description('who is inside working hours right now, with their local time')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const answer = await client.request<NowJson>('GET', '/api/now');
        if (options.json) return printJson(answer);
        const { you, people } = answer;
        printLine(
          `It is ${you.localTime} for you (${you.zone}); you are ${you.working ? 'inside' : 'outside'} your working hours.`,
        );
        if (people.length === 0) {
          return printLine('No one you keep is inside their working hours right now.');
        }
        printLine(`Working now (${people.length}):`);
        printTable(
          ['NAME', 'THEIR TIME', 'ZONE'],
          people.map((p) => [p.name, p.localTime, p.zone]),
        );
      });
    });
}
