// `rapport`: the command line. Exit 0 on success, 1 with one line on stderr for a problem the
// user can fix, 2 for a command line that is wrong.

import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { DatabaseUnavailableError } from '../store/database';
import { registerBackup } from './commands/backup';
import { registerBlocker } from './commands/blocker';
import { registerBrag } from './commands/brag';
import { registerCalendar } from './commands/calendar';
import { registerContacts } from './commands/contacts';
import { registerDatabase } from './commands/database';
import { registerAccount } from './commands/delete-account';
import { registerDid } from './commands/did';
import { registerDoctor } from './commands/doctor';
import { registerExport } from './commands/export';
import { registerFlex } from './commands/flex';
import { registerHome } from './commands/home';
import { registerImport } from './commands/import';
import { registerInit } from './commands/init';
import { registerInsights } from './commands/insights';
import { registerItems } from './commands/items';
import { registerLog } from './commands/log';
import { registerNoticed } from './commands/noticed';
import { registerNow } from './commands/now';
import { registerOffice } from './commands/office';
import { registerPassword } from './commands/password';
import { registerPeople } from './commands/people';
import { registerProposal } from './commands/proposal';
import { registerRestore } from './commands/restore';
import { registerRoutine } from './commands/routine';
import { registerSchedule } from './commands/schedule';
import { registerServe } from './commands/serve';
import { registerSlots } from './commands/slots';
import { registerSnooze } from './commands/snooze';
import { registerSource } from './commands/source';
import { registerSuggestions } from './commands/suggestions';
import { registerTeam } from './commands/team';
import { registerTeamPairing } from './commands/team-pairing';
import { registerTeamSolve } from './commands/team-solve';
import { registerToday } from './commands/today';
import { registerTokens } from './commands/tokens';
import { registerTrip } from './commands/trip';
import { registerUpdate } from './commands/update';
import { registerWhoami } from './commands/whoami';
import { registerWindow } from './commands/window';
import { CliError, UsageError } from './errors';
import { printNote } from './output';

export function buildProgram(): Command {
  const program = new Command('rapport')
    .description('Rapport, the relationship keeper for remote workers')
    .version('0.1.0')
    .option('--server <url>', 'talk to a Rapport server instead of the local data (RAPPORT_SERVER)')
    .option('--token <token>', 'API token for --server (RAPPORT_TOKEN)')
    .option('--as <email>', 'act as this account on the local data (default: the owner)')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerInit(program);
  registerPassword(program);
  registerWhoami(program);
  registerDatabase(program);
  registerDoctor(program);
  registerTokens(program);
  registerContacts(program);
  registerPeople(program);
  registerLog(program);
  registerToday(program);
  registerItems(program);
  registerSnooze(program);
  registerInsights(program);
  registerDid(program);
  registerBrag(program);
  registerFlex(program);
  registerBlocker(program);
  registerUpdate(program);
  registerProposal(program);
  registerSchedule(program);
  registerTrip(program);
  registerNow(program);
  registerWindow(program);
  registerSlots(program);
  registerOffice(program);
  registerRoutine(program);
  registerCalendar(program);
  registerHome(program);
  registerSource(program);
  registerNoticed(program);
  registerSuggestions(program);
  registerImport(program);
  registerExport(program);
  registerRestore(program);
  registerBackup(program);
  registerAccount(program);
  registerTeamSolve(program);
  registerTeam(program);
  registerTeamPairing(program);
  for (const command of program.commands) applyExitOverride(command);
  return program;
}

function applyExitOverride(command: Command) {
  command.exitOverride();
  for (const sub of command.commands) applyExitOverride(sub);
}

/** Runs the CLI and returns the exit code (the caller exits; tests call this directly). */
export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      printNote(`rapport: ${error.message}`);
      return 2;
    }
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof DatabaseUnavailableError
    ) {
      printNote(`rapport: ${error.message}`);
      return 1;
    }
    printNote(`rapport: unexpected error: ${(error as Error)?.message ?? error}`);
    if (process.env.RAPPORT_DEBUG) console.error(error);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && /rapport(\.js)?$|cli\.js$/.test(process.argv[1]);
if (invokedDirectly) {
  const code = await run(process.argv.slice(2));
  // `serve` keeps the process alive through its server; everything else ends here.
  if (code !== 0 || !process.argv.includes('serve')) process.exit(code);
}
