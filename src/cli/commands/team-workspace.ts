// Shared by the `rapport team …` verbs: the `team` command itself (which `team solve` may have
// created already) and which workspace a verb acts on.
import type { Command } from 'commander';
import type { ApiClient } from '../api-client';
import { CliError } from '../errors';

export interface WorkspaceSummary {
  workspaceId: string;
  name: string;
  role: 'admin' | 'member';
  memberCount: number;
}

/** The `team` command, created once whichever registration runs first. */
export function teamCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'team') ??
    program.command('team').description('team space: workspaces, directory, coffee pairings')
  );
}

/** `--workspace NAME` when the user is in several workspaces; the only one otherwise. */
export async function pickWorkspace(client: ApiClient, wanted?: string): Promise<WorkspaceSummary> {
  const { workspaces } = await client.request<{ workspaces: WorkspaceSummary[] }>(
    'GET',
    '/api/workspaces',
  );
  if (wanted) {
    const key = wanted.trim().toLowerCase();
    const found = workspaces.filter(
      (w) => w.workspaceId === wanted.trim() || w.name.toLowerCase() === key,
    );
    if (found.length === 1) return found[0]!;
    throw new CliError(
      found.length === 0
        ? `You are not in a workspace called "${wanted}". See \`rapport team list\`.`
        : `Several workspaces are called "${wanted}": use the id from \`rapport team list\`.`,
    );
  }
  if (workspaces.length === 1) return workspaces[0]!;
  if (workspaces.length === 0) {
    throw new CliError(
      'You are not in a workspace: `rapport team create NAME` or `team join TOKEN`.',
    );
  }
  const names = workspaces.map((w) => w.name).join(', ');
  throw new CliError(`You are in several workspaces (${names}): add --workspace NAME.`);
}

export const workspacePath = (workspace: WorkspaceSummary, rest = '') =>
  `/api/workspaces/${encodeURIComponent(workspace.workspaceId)}${rest}`;

/** Comma lists as typed on the command line: "a, b,c" → ["a","b","c"]. */
export const commaList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
