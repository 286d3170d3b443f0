// The household: `rapport home url` (the page that shows whether you are at work), `home rotate`,
// and `rapport status` (at work or off, and today's hours, as the household sees it).
import type { Command } from 'commander';
import { withClient } from '../context';
import { printJson, printLine } from '../output';
import { reachableUrl } from './calendar';

interface StatusJson {
  atWork: boolean;
  detail: string;
  todayHours: string;
}

export function registerHome(program: Command) {
  const home = program
    .command('home')
    .description('the household page: whether you are at work, and today’s hours');

  home
    .command('url')
    .description('print the household page address')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const url = reachableUrl(
          (await client.request<{ url: string }>('GET', '/api/home-link')).url,
        );
        if (options.json) return printJson({ url });
        printLine(url);
      });
    });

  home
    .command('rotate')
    .description('replace the household page address; the old one stops working')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const url = reachableUrl(
          (await client.request<{ url: string }>('POST', '/api/home-link/rotate')).url,
        );
        if (options.json) return printJson({ url });
        printLine(url);
        printLine('The old address stopped working; share this one with your household.');
      });
    });

  program
    .command('status')
    .description('at work or off, and today’s hours (what the household page shows)')
    .option('--json', 'print JSON')
    .action(async (_flags, command: Command) => {
      await withClient(command, async (client, options) => {
        const status = await client.request<StatusJson>('GET', '/api/status');
        if (options.json) return printJson(status);
        const parts = [status.atWork ? 'At work' : 'Off work', status.detail].filter(Boolean);
        printLine(`${parts.join(' · ')} (today: ${status.todayHours})`);
      });
    });
}
