// WAL checkpoints of a serving process, off its event loop.
//
// In WAL mode SQLite copies the log back into the database file (a checkpoint) from whichever
// connection commits past `wal_autocheckpoint` pages (1,000), and with synchronous=NORMAL that
// checkpoint is where the fsyncs happen. better-sqlite3 is synchronous, so the request that
// happened to commit then waited for it, and so did every request behind it: measured here, a
// checkpoint of 3,800 pages held the thread 69 ms, and commits had a p99 of 2.5 ms and stalls
// of 30 ms. The server's connection therefore never checkpoints; a worker thread with a
// connection of its own runs a PASSIVE checkpoint every second (runtime.startServer's choice), which never blocks a writer
// (the log keeps growing while it copies). Durability does not change: a commit is in the log
// when it returns, whoever checkpoints later. Should the worker fail, the server's connection
// goes back to checkpointing itself.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database as SQLiteDatabase } from 'better-sqlite3';

// CommonJS source (an eval'd worker), so that it needs no file of its own next to a bundle.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** Starts the worker; the returned function stops it (its connection closed) and resolves then. */
export function checkpointInBackground(
  sqlite: SQLiteDatabase,
  file: string,
  everyMs: number,
): () => Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file, everyMs },
  });
  // It must not keep a process alive that is otherwise done.
  worker.unref();
  sqlite.pragma('wal_autocheckpoint = 0');
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.once('error', () => {
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
  });
  return () => {
    // Held while it closes its connection, so that awaiting this keeps the process alive.
    worker.ref();
    worker.postMessage('stop');
    return ended;
  };
}
