// Runs a verb with an API client chosen by the global options, and always closes it.
import type { Command } from 'commander';
import { readConfig } from '../config';
import { type ApiClient, connect } from './api-client';

export interface GlobalOptions {
  server?: string;
  token?: string;
  as?: string;
  json?: boolean;
}

export function globalOptions(command: Command): GlobalOptions {
  const options = command.optsWithGlobals() as GlobalOptions;
  return {
    ...options,
    server: options.server ?? (process.env.RAPPORT_SERVER || undefined),
    token: options.token ?? (process.env.RAPPORT_TOKEN || undefined),
  };
}

export async function withClient<T>(
  command: Command,
  work: (client: ApiClient, options: GlobalOptions) => Promise<T>,
  { needsUser = true } = {},
): Promise<T> {
  const options = globalOptions(command);
  const client = await connect(readConfig(), { ...options, needsUser });
  try {
    return await work(client, options);
  } finally {
    await client.close();
  }
}
