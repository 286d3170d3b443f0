// Writing what the transfer verbs produce: to a file only the user can read (exports hold
// everything they know about people), written beside it first and renamed into place, so an
// interrupted run never leaves half a file where the last good one was. "-" is stdout.

import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { CliError } from '../errors';
import { terminalSafe } from '../output';

export function writePrivateFile(file: string, content: string) {
  if (file === '-') {
    // The document as it is when piped; made safe only when a person reads it on a terminal.
    process.stdout.write(process.stdout.isTTY ? terminalSafe(content) : content);
    return;
  }
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`Cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}
