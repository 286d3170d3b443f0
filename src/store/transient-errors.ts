// Errors after which the same transaction, run again, can succeed: PostgreSQL aborted it to let
// another through. The data_version triggers (0019, 0025) update the user's row after each
// statement's own row locks, so two write transactions of one user whose first statements lock
// different rows can each hold what the other waits for; PostgreSQL then aborts one of them
// (40P01). Seen in the capture fleet test: two instances syncing one user's sources at once.
// SQLite has one writer at a time (busy_timeout waits), so it never reports these.
const RETRYABLE_CODES = new Set([
  '40P01', // deadlock_detected
  '40001', // serialization_failure
]);

export function isTransientConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}
