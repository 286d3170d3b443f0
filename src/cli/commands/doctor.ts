// `rapport doctor`: the operator's check that Rapport works and that reminders really go out.
// It runs on the server's machine against its database and settings (like `rapport db`), and
// exits 1 when anything is wrong, so it can be a container or monitoring health check.
import type { Command } from 'commander';
import { runDoctor } from '../../app/doctor/doctor';
import { readConfig } from '../../config';
import { openApp } from '../../runtime';
import { globalOptions } from '../context';
import { CliError } from '../errors';
import { printJson, printLine } from '../output';

export function registerDoctor(program: Command) {
  program
    .command('doctor')
    .description('check the database, migrations, secret, mail server and scheduled work')
    .option('--send-test <address>', 'also send a test mail to this address')
    .option('--json', 'print JSON')
    .action(async (options: { sendTest?: string; json?: boolean }, command: Command) => {
      if (globalOptions(command).server) {
        throw new CliError('`rapport doctor` runs on the server’s machine; drop --server');
      }
      const config = readConfig();
      const ctx = await openApp(config, undefined, { migrate: false });
      try {
        const report = await runDoctor(ctx, {
          jobsExpected: config.jobs,
          ...(options.sendTest && { sendTestTo: options.sendTest }),
        });
        if (options.json) printJson(report);
        else {
          for (const check of report.checks) {
            printLine(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name.padEnd(10)} ${check.detail}`);
          }
        }
        if (!report.ok) {
          throw new CliError(
            `${report.checks.filter((check) => !check.ok).length} check(s) failed`,
          );
        }
      } finally {
        await ctx.store.close();
      }
    });
}
