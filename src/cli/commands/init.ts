import type { Command } from 'commander';
import type { User } from '../../app/accounts/user';
import { withClient } from '../context';
import { UsageError } from '../errors';
import { printJson, printLine } from '../output';
import { ask, canPrompt } from '../prompt';

interface InitOptions {
  email?: string;
  name?: string;
  tz?: string;
  password?: string;
  json?: boolean;
}

export function registerInit(program: Command) {
  program
    .command('init')
    .description('create the owner account (first run)')
    .option('--email <email>', 'your e-mail address')
    .option('--name <name>', 'your name')
    .option('--tz <zone>', 'your IANA time zone, e.g. Europe/Berlin (default: this machine’s)')
    .option('--password <password>', 'a password for the web app (prompted for when interactive)')
    .option('--json', 'print JSON')
    .action(async (options: InitOptions, command: Command) => {
      const answers = await completeAnswers(options);
      await withClient(
        command,
        async (client) => {
          const { user } = await client.request<{ user: User }>('POST', '/api/setup', answers);
          if (options.json) return printJson(user);
          printLine(`Created ${user.name} <${user.email}> (${user.timeZone}) as the owner.`);
          printLine(`data: ${client.target}`);
        },
        { needsUser: false },
      );
    });
}

async function completeAnswers(options: InitOptions) {
  const interactive = canPrompt();
  const missing = (['email', 'name'] as const).filter((key) => !options[key]);
  if (missing.length && !interactive) {
    throw new UsageError(`init needs ${missing.map((m) => `--${m}`).join(' and ')}`);
  }
  const email = options.email ?? (await ask('E-mail: '));
  const name = options.name ?? (await ask('Your name: '));
  const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const timeZone =
    options.tz ??
    (interactive ? (await ask(`Time zone [${machineZone}]: `)) || machineZone : machineZone);
  // The web app needs a password; a forgotten one is set again on this machine with
  // `rapport password reset EMAIL`.
  const password =
    options.password ??
    (interactive
      ? await ask('Password for the web app (a few unrelated words work well): ', { hidden: true })
      : undefined);
  if (!password) {
    throw new UsageError('init needs --password when not run in a terminal');
  }
  return { email, name, timeZone, password };
}
