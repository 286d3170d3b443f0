// `rapport password reset EMAIL`: the operator's way back into an account, on the server's
// machine. In a terminal it asks for the new password and sets it; otherwise (or with --link)
// it prints a one-time link, valid for a day, to hand to the person.
import type { Command } from 'commander';
import { readConfig } from '../../config';
import { globalOptions, withClient } from '../context';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { ask, canPrompt } from '../prompt';

interface ResetLink {
  url: string;
  email: string;
  expiresAt: string;
}

interface ResetOptions {
  link?: boolean;
  json?: boolean;
}

export function registerPassword(program: Command) {
  const password = program.command('password').description('reset a password (operator)');
  password
    .command('reset')
    .description(
      'set a new password for an account (asked for in a terminal), or print a one-time link with --link',
    )
    .argument('<email>', 'the account’s e-mail address')
    .option('--link', 'print a one-time link (valid one day) instead of asking for the password')
    .option('--json', 'print JSON')
    .action(async (email: string, options: ResetOptions, command: Command) => {
      if (globalOptions(command).server) {
        throw new UsageError(
          'password reset runs on the server’s machine, without --server; in the web app the owner makes a reset link in Settings',
        );
      }
      const typed = options.link || options.json || !canPrompt() ? undefined : await askTwice();
      await withClient(command, async (client) => {
        const link = await client.request<ResetLink>('POST', '/api/auth/reset-links', { email });
        if (typed === undefined) {
          const url = reachableUrl(link.url);
          if (options.json) return printJson({ ...link, url });
          printLine(`One-time link for ${link.email}, valid until ${link.expiresAt}:`);
          printLine(url);
          printLine('Using it sets a new password and signs that account out everywhere.');
          return;
        }
        const token = link.url.split('/reset/')[1];
        const done = await client.request<{ apiTokens: { name: string }[] }>(
          'POST',
          '/api/auth/reset',
          { token, newPassword: typed },
        );
        printLine(`Password set for ${link.email}; every session of theirs was signed out.`);
        if (done.apiTokens.length > 0) {
          const names = done.apiTokens.map((t) => t.name).join(', ');
          printLine(`API tokens still work: ${names} (revoke any you don't recognise).`);
        }
      });
    });
}

async function askTwice(): Promise<string> {
  const first = await ask('New password: ', { hidden: true });
  const second = await ask('New password again: ', { hidden: true });
  if (first !== second) throw new UsageError('the two passwords differ; nothing was changed');
  return first;
}

/** The in-process API knows no address; without RAPPORT_PUBLIC_URL, where `serve` listens. */
function reachableUrl(url: string): string {
  if (!url.startsWith('http://rapport.local/')) return url;
  const { host, port } = readConfig();
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const base = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
  return url.replace('http://rapport.local', base);
}
