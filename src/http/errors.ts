// Every failure leaves as {"error":{code,message,details}}; only our own bugs are 500s.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { DomainInputError } from '../domain/index';

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

const CODES: Record<number, string> = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export function handleError(error: Error, c: Context) {
  if (error instanceof AppError) {
    if (error.retryAfter) c.header('Retry-After', String(error.retryAfter));
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  }
  if (error instanceof DomainInputError) {
    return c.json(errorBody('invalid_input', error.message), 400);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const status = error.status as ContentfulStatusCode;
    const message =
      status === 413
        ? 'The request body is too large'
        : status === 415
          ? 'Send the body as JSON with Content-Type: application/json'
          : error.message || 'The request could not be read';
    return c.json(errorBody(CODES[status] ?? 'invalid_input', message), status);
  }
  // One JSON line with the stack, tied to the request line by its id.
  const log = (c.get('ctx') as AppContext | undefined)?.log;
  const fields = { err: error, requestId: c.get('requestId') as string | undefined };
  if (log) log.error(fields, 'unhandled error');
  else console.error(error);
  return c.json(errorBody('internal', 'Something went wrong on our side; it was logged'), 500);
}

/** Turns a failed zod check of a route's input into a 400 naming each field. */
export function validationHook(
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  c: Context,
) {
  if (result.success) return;
  const issues = (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : '';
  return c.json(errorBody('invalid_input', message || 'Invalid input', issues), 400);
}
