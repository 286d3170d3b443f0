// `rapport calendar url`: the secret address calendars subscribe to; `calendar rotate` replaces it.
import type { Command } from 'commander';
import { readConfig } from '../../config';
import { withClient } from '../context';
import { printJson, printLine } from '../output';

// The in-process client answers as this made-up origin; no one can reach it.
const LOCAL_ORIGIN = 'http://rapport.local';

/**
 * A feed address someone can open. On the local data (no --server and no RAPPORT_PUBLIC_URL)
 * the API answers with the in-process origin, so the address becomes the one `rapport serve`
 * listens on, with a note on stderr that it works only while that runs.
 */
export function reachableUrl(url: string): string {
  if (!url.startsWith(`${LOCAL_ORIGIN}/`)) return url;
  const config = readConfig();
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
  process.stderr.write(
    `note: this address works while \`rapport serve\` runs; set RAPPORT_PUBLIC_URL for one others can reach\n`,
  );
  return origin + url.slice(LOCAL_ORIGIN.length);
}

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
        const url = reachableUrl(
          (await client.request<{ url: string }>('GET', '/api/calendar')).url,
        );
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
        const url = reachableUrl(
          (await client.request<{ url: string }>('POST', '/api/calendar/rotate')).url,
        );
        if (options.json) return printJson({ url });
        printLine(url);
        printLine('The old address stopped working; subscribe your calendars to this one.');
      });
    });
}
