// Logging, as the use-cases see it: leveled, structured fields first, then a short message.
// The runtime plugs in pino (src/integrations/observability/logger.ts); in-process uses (the
// CLI, tests) get the fallback below, which says only what went wrong, on stderr.

export type LogFields = Record<string, unknown>;

export interface LogFn {
  (fields: LogFields, message?: string): void;
  (message: string): void;
}

export interface Logger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
  /** A logger adding these fields to every line (e.g. the task a job run belongs to). */
  child(fields: LogFields): Logger;
  /**
   * The request line (http/middleware/request-log), whose fields the server chooses and never
   * takes from a caller: a logger may write it without its redaction pass. Absent: info/error.
   */
  requestLine?(level: 'info' | 'error', fields: LogFields, message: string): void;
}

function stderrFn(level: string, bound: LogFields): LogFn {
  return ((fields: LogFields | string, message?: string) => {
    const [extra, text] = typeof fields === 'string' ? [{}, fields] : [fields, message ?? ''];
    const all = { ...bound, ...extra };
    const err = all.err instanceof Error ? all.err : undefined;
    process.stderr.write(`${level}: ${text}${err ? ` (${err.message})` : ''}\n`);
  }) as LogFn;
}

const silent: LogFn = (() => {}) as LogFn;

/** Warnings and errors as plain lines on stderr, as console.error did before the logger. */
export function stderrLogger(bound: LogFields = {}): Logger {
  return {
    debug: silent,
    info: silent,
    warn: stderrFn('warning', bound),
    error: stderrFn('error', bound),
    child: (fields) => stderrLogger({ ...bound, ...fields }),
  };
}
