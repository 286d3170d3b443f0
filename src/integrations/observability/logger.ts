// The server's logger: pino, one JSON line per event on stdout, or readable lines when stdout is
// a terminal (pino-pretty as a stream, not a worker transport: the bundle has no worker files).
// Into a pipe or file, the lines of a few milliseconds go out in one write (coalesced-lines).
import pino from 'pino';
import pretty from 'pino-pretty';
import type { LogFields, Logger } from '../../app/ports/logger';
import type { LogLevel } from '../../config';
import { type CoalescedLines, coalescedLines } from './coalesced-lines';

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

/** The time as pino writes it, made once per millisecond: a busy server logs several in one. */
let isoAt = 0;
let iso = '';
function isoTime(): string {
  const now = Date.now();
  if (now !== isoAt) {
    isoAt = now;
    iso = new Date(now).toISOString();
  }
  return iso;
}

let coalescedStdout: CoalescedLines | undefined;
/** One for the process: it registers its flush at exit once, and keeps lines in order. */
const stdoutLines = () => {
  coalescedStdout ??= coalescedLines(pino.destination({ dest: 1, sync: true }));
  return coalescedStdout;
};

export function createLogger(
  level: LogLevel,
  destination: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
): Logger & pino.Logger & Required<Pick<Logger, 'requestLine'>> {
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
    : destination === process.stdout
      ? stdoutLines()
      : destination;
  const logger = pino({ ...options, redact: { paths: REDACT, censor: '[redacted]' } }, stream);
  // The request line's fields are the server's own (route pattern, status, ids, numbers), so it
  // needs neither the redaction pass nor pino's general serializer: it is written here, in
  // pino's format (level, time, pid, the fields, msg). Through pino it was a tenth of a GET's
  // CPU time. On a terminal it goes through pino, to be made readable.
  const plain = pino(options, stream);
  const pid = `","pid":${process.pid}`;
  const requestLine = destination.isTTY
    ? (lineLevel: 'info' | 'error', fields: LogFields, msg: string) => plain[lineLevel](fields, msg)
    : (lineLevel: 'info' | 'error', fields: LogFields, msg: string) => {
        if (!logger.isLevelEnabled(lineLevel)) return;
        const own = JSON.stringify(fields);
        stream.write(
          `{"level":"${lineLevel}","time":"${isoTime()}${pid}${own === '{}' ? '' : `,${own.slice(1, -1)}`},"msg":${JSON.stringify(msg)}}\n`,
        );
      };
  return Object.assign(logger, { requestLine });
}
