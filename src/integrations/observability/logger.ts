// The server's logger: pino, one JSON line per event on stdout, or readable lines when stdout is
// a terminal (pino-pretty as a stream, not a worker transport: the bundle has no worker files).
import pino from 'pino';
import pretty from 'pino-pretty';
import type { Logger } from '../../app/ports/logger';
import type { LogLevel } from '../../config';

/**
 * Whatever a caller passes by mistake, these never reach the log: the request log writes only
 * chosen fields, and this is the net under it.
 */
const REDACT = [
  'password',
  'token',
  'csrfToken',
  'cookie',
  'authorization',
  'secret',
  'email',
  'code',
  '*.password',
  '*.token',
  '*.csrfToken',
  '*.cookie',
  '*.authorization',
  '*.secret',
  '*.email',
  '*.code',
  '*.headers.cookie',
  '*.headers.authorization',
  '*.headers["x-csrf-token"]',
];

export function createLogger(
  level: LogLevel,
  destination: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
): Logger & pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    // Level names and ISO times read better than 30 and epoch milliseconds in any log viewer.
    formatters: { level: (label) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: pino.stdSerializers.err },
  };
  const stream = destination.isTTY
    ? pretty({ colorize: true, destination, sync: true, ignore: 'pid,hostname' })
    : destination;
  const logger = pino({ ...options, redact: { paths: REDACT, censor: '[redacted]' } }, stream);
  // The request line's fields are the server's own (route pattern, status, ids), so the line is
  // written by a twin without the redaction pass, which was a twentieth of a GET's CPU time.
  const plain = pino(options, stream);
  return Object.assign(logger, {
    requestLine: (lineLevel: 'info' | 'error', fields: Record<string, unknown>, msg: string) =>
      plain[lineLevel](fields, msg),
  });
}
