// The one way the web app talks to the server: JSON in and out, the session cookie, and the
// CSRF token that every cookie-authenticated write must carry. Without a network, Today and
// People are answered from the user's offline copy (web/src/offline/private-cache.ts).
import { keepOffline, readOffline } from '../offline/private-cache';

/** An error response from the API; `message` is written for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** Remembers the token from a setup, sign-in, sign-up or session response. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    const kept = method === 'GET' ? await readOffline(path).catch(() => undefined) : undefined;
    if (kept !== undefined) return kept as T;
    throw new ApiError(0, 'network', 'Rapport can’t reach the server. Check your connection.');
  }

  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, payload);
  if (method === 'GET') void keepOffline(path, payload).catch(() => {});
  return payload as T;
}

function toApiError(response: Response, payload: unknown): ApiError {
  const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } })
    ?.error;
  if (error && typeof error.message === 'string') {
    return new ApiError(
      response.status,
      String(error.code ?? 'error'),
      error.message,
      error.details,
    );
  }
  return new ApiError(
    response.status,
    'http',
    `Something went wrong (${response.status} ${response.statusText}). Please try again.`,
  );
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  /** A write with headers of its own (the offline queue's Idempotency-Key). */
  send: <T>(method: Method, path: string, body: unknown, headers: Record<string, string>) =>
    request<T>(method, path, body, headers),
  delete: <T = void>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

/** The text to show for any error a query or mutation ends with. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}
