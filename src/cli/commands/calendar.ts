// `rapport calendar url`: the secret address calendars subscribe to; `calendar rotate` replaces it.
import type { Command } from 'commander';
import { withClient } from '../context';
import { printJson, printLine } from '../output';

export function registerCalendar(program: Command) {
  const calendar = program
    .command('calendar')
    .description('the calendar feed (iCalendar) that Google, Apple and Outlook subscribe to');

  calendar
    .command('url')
    .description('print the secret calendar address')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { url } = await client.request<{ url: string }>('GET', '/api/calendar');
        if (options.json) return printJson({ url });
        printLine(url);
      });
    });

  calendar
    .command('rotate')
    .description('replace the calendar address; the old one stops working')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const { url } = await client.request<{ url: string }>('POST', '/api/calendar/rotate');
        if (options.json) return printJson({ url });
        printLine(url);
        printLine('The old address stopped working; subscribe your calendars to this one.');
      });
    });
}
