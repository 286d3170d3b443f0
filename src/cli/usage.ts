// A wrong command line caught by a verb itself (not by commander) still ends with the verb's
// usage line, like commander's own errors, so the user sees how to type it right.
import type { Command } from 'commander';
import { UsageError } from './errors';

/** "rapport source add imap": the command's full name, from the program down. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Runs `work`; a UsageError from it gains "Usage: rapport … [options]" and where help is. */
export async function withUsage<T>(command: Command, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw usageError(command, error.message);
  }
}

/** A UsageError whose message ends with the command's usage line. */
export function usageError(command: Command, message: string): UsageError {
  const name = commandPath(command);
  return new UsageError(`${message}\nUsage: ${name} ${command.usage()}\nSee \`${name} --help\`.`);
}
