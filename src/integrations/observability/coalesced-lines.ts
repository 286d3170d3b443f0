// Log lines written within a few milliseconds, handed to the output in one write.
// A busy server logs a line per request; writing each on its own was a sixth of a GET's CPU
// time (a system call per line); a line now waits at most 10 ms. The output is pino's
// synchronous destination (sonic-boom, sync: true, pino's own default): a reader that stalls
// holds the server back rather than the lines piling up in memory, and what is pending at exit
// is written before the process ends. Both alternatives lose the tail of the log when the
// server stops behind a stalled reader (test/ops/log-at-stop, 1,000 requests): process.stdout
// queues in memory once the pipe is full and drops the queue at exit (233 lines lost), and
// pino's asynchronous destination drops the write it has in flight (9 lost). Hence this small
// batcher of our own.

/** How long a line may wait for others: under load, one write carries dozens of lines. */
const GATHER_MS = 10;

export interface LineSink {
  write(text: string): unknown;
}

export interface CoalescedLines {
  write(line: string): boolean;
  /** Writes what is pending now (pino calls it on logger.flush()). */
  flush(): void;
}

export function coalescedLines(
  out: LineSink,
  atExit: (flush: () => void) => void = (flush) => process.on('exit', flush),
  later: (run: () => void) => void = (run) => setTimeout(run, GATHER_MS).unref(),
): CoalescedLines {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    out.write(text);
  };
  atExit(flush);
  return {
    write(line) {
      if (pending.push(line) === 1) later(flush);
      return true;
    },
    flush,
  };
}
