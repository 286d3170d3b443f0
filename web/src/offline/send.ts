// Sends the writes that work offline. Each is stored as pending first (so a reload or a lost
// answer cannot lose it), then sent with its Idempotency-Key; without a network it stays pending
// and is sent when the connection returns or the app starts again, by one tab at a time.
import { ApiError, api } from '../api/client';
import {
  addPendingWrite,
  type PendingWrite,
  pendingWritesOf,
  removePendingWrite,
} from './pending-writes';
import { offlineUser } from './private-cache';

export interface Queued {
  queued: true;
}

type Write = Pick<PendingWrite, 'method' | 'path' | 'body' | 'label'>;

const listeners = new Set<() => void>();
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('rapport-pending');
channel?.addEventListener('message', () => {
  for (const listener of listeners) listener();
});

/** Called when the pending list may have changed, in this tab or another. */
export function onPendingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
  channel?.postMessage('changed');
}

/** The answer means the write is not done yet and must be tried again later. */
const tryLater = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 0 ||
    error.status === 401 ||
    error.status === 403 ||
    error.status === 429 ||
    error.status >= 500 ||
    error.code === 'idempotency_in_progress');

const send = <T>(write: PendingWrite) =>
  api.send<T>(write.method, write.path, write.body, { 'Idempotency-Key': write.key });

/** Sends a write now, or keeps it pending when the server can't be reached. */
export async function sendOrQueue<T>(write: Write): Promise<T | Queued> {
  const userId = offlineUser();
  if (!userId) return api.send<T>(write.method, write.path, write.body, {});
  const pending: PendingWrite = {
    ...write,
    key: crypto.randomUUID(),
    userId,
    createdAt: new Date().toISOString(),
  };
  await addPendingWrite(pending);
  changed();
  if (!navigator.onLine) return { queued: true };
  try {
    const result = await send<T>(pending);
    await removePendingWrite(pending.key);
    changed();
    return result;
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) return { queued: true };
    await removePendingWrite(pending.key);
    changed();
    throw error;
  }
}

export const isQueued = (result: unknown): result is Queued =>
  typeof result === 'object' && result !== null && (result as Queued).queued === true;

/**
 * Sends the user's pending writes in the order they were made; returns how many the server
 * took. One tab at a time (a Web Lock); the keys make a second send harmless anyway. A write
 * the server refuses (the person was deleted meanwhile) is dropped and its label returned.
 */
export async function sendPending(): Promise<{ sent: number; refused: string[] }> {
  const userId = offlineUser();
  const outcome = { sent: 0, refused: [] as string[] };
  if (!userId || !navigator.onLine) return outcome;
  const run = async () => {
    for (const write of await pendingWritesOf(userId)) {
      try {
        await send(write);
        outcome.sent += 1;
      } catch (error) {
        if (tryLater(error)) break;
        outcome.refused.push(write.label);
      }
      await removePendingWrite(write.key);
      changed();
    }
  };
  if (navigator.locks) await navigator.locks.request('rapport-pending-writes', run);
  else await run();
  return outcome;
}
