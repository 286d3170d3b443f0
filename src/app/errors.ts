// Errors a caller caused. Every interface maps them the same way: HTTP status, CLI exit code 1.

export type ErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'delivery_failed'
  | 'source_failed'
  | 'idempotency_in_progress'
  | 'idempotency_key_reused';

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 502> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  // The mail server (or another service we hand work to) failed; nothing was lost.
  delivery_failed: 502,
  // A calendar, mailbox or repository the user pointed at could not be read (said in plain words).
  source_failed: 422,
  // A request with the same Idempotency-Key is still running; try again in a moment.
  idempotency_in_progress: 409,
  // An Idempotency-Key was sent again with a different request.
  idempotency_key_reused: 422,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Seconds until trying again makes sense (rate limits). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  get status() {
    return STATUS[this.code];
  }
}

export const invalidInput = (message: string, details?: unknown) =>
  new AppError('invalid_input', message, details);
export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const conflict = (message: string) => new AppError('conflict', message);
export const forbidden = (message: string) => new AppError('forbidden', message);
export const sourceFailed = (message: string) => new AppError('source_failed', message);
export const unauthorized = (message = 'Sign in first') => new AppError('unauthorized', message);
