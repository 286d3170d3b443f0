// The CLI speaks only the HTTP API: over the network to a server, or in-process through
// app.request() on the local database. Both paths run the same routes, checks and errors.
import type { AppContext } from '../app/context';
import type { Config } from '../config';
import { createHttpApp } from '../http/app';
import { openApp } from '../runtime';
import { CliError } from './errors';

export interface ApiClient {
  /** Where the data lives, for messages ("SQLite at …", "https://…"). */
  readonly target: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** The raw response, for answers that are not one JSON body (a vCard file, a progress stream). */
  send(method: string, path: string, options?: SendOptions): Promise<Response>;
  close(): Promise<void>;
}

export interface SendOptions {
  body?: unknown;
  accept?: string;
}

function sendInit(method: string, options: SendOptions, headers: Record<string, string> = {}) {
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.accept) headers.accept = options.accept;
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return { method, headers, body };
}

export interface ConnectOptions {
  server?: string;
  token?: string;
  as?: string;
  /** When false (init), no signed-in user is needed. */
  needsUser?: boolean;
}

export async function connect(config: Config, options: ConnectOptions): Promise<ApiClient> {
  if (options.server) return remoteClient(options.server, options.token);
  const ctx = await openApp(config);
  try {
    const userId = options.needsUser === false ? undefined : await actingUser(ctx, options.as);
    return localClient(ctx, config, userId);
  } catch (error) {
    await ctx.store.close();
    throw error;
  }
}

async function actingUser(ctx: AppContext, email: string | undefined): Promise<string> {
  const user = email ? await ctx.repos.users.findByEmail(email) : await ctx.repos.users.findOwner();
  if (user) return user.id;
  if (email) throw new CliError(`No account with the e-mail ${email}`);
  throw new CliError('Rapport is not set up yet; run `rapport init --email E --name N --tz ZONE`');
}

function localClient(ctx: AppContext, config: Config, userId: string | undefined): ApiClient {
  const app = createHttpApp(ctx, { trustProxy: false, requestLog: false });
  return {
    target: config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`,
    async request(method, path, body) {
      const response = await app.request(
        `http://rapport.local${path}`,
        {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
        { localUserId: userId },
      );
      return readResponse(response);
    },
    send: (method, path, options = {}) =>
      Promise.resolve(
        app.request(`http://rapport.local${path}`, sendInit(method, options), {
          localUserId: userId,
        }),
      ),
    close: () => ctx.store.close(),
  };
}

function remoteClient(server: string, token: string | undefined): ApiClient {
  const base = server.replace(/\/+$/, '');
  return {
    target: base,
    async request(method, path, body) {
      const headers: Record<string, string> = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await fetch(base + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? 'unreachable';
        throw new CliError(`Cannot reach ${base} (${cause})`);
      }
      return readResponse(response);
    },
    async send(method, path, options = {}) {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      try {
        return await fetch(base + path, sendInit(method, options, headers));
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code ?? 'unreachable';
        throw new CliError(`Cannot reach ${base} (${cause})`);
      }
    },
    close: async () => {},
  };
}

/** A JSON answer's body; an error answer becomes a CliError with the server's message. */
export async function readResponse<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    throw new CliError(`The server answered ${response.status} with something that is not JSON`);
  }
  if (!response.ok) {
    const message = (parsed as { error?: { message?: string } })?.error?.message;
    throw new CliError(message ?? `The server answered ${response.status}`);
  }
  return parsed as T;
}
