// `rapport team solve FILE`: the pairing engine's exact maximum-weight matching on any graph, so
// an outside solver can check it. Pure computation: no data directory, no server.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DomainInputError } from '../../domain/input-error';
import { parseGraphInput, solveGraph } from '../../domain/pairing/index';
import { CliError } from '../errors';
import { printJson, printLine } from '../output';
import { teamCommand } from './team-workspace';

function readGraph(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Registers `rapport team solve`. */
export function registerTeamSolve(program: Command) {
  teamCommand(program)
    .command('solve')
    .description(
      'exact maximum-weight matching of {"n":N,"edges":[[i,j,w],...]} (decimal weights allowed); prints {"weight","pairs","ms"}',
    )
    .argument('<file>', 'JSON graph file, or - for stdin')
    .option('--json', 'print indented JSON (the default is one line)')
    .action((file: string, options: { json?: boolean }) => {
      const graph = readGraph(file);
      const started = performance.now();
      let solution: ReturnType<typeof solveGraph>;
      try {
        solution = solveGraph(parseGraphInput(graph));
      } catch (error) {
        if (error instanceof DomainInputError) throw new CliError(error.message);
        throw error;
      }
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const result = { weight: solution.weight, pairs: solution.pairs, ms };
      if (options.json) printJson(result);
      else printLine(JSON.stringify(result));
    });
}
