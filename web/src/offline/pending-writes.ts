// Writes made offline (log a conversation, mark done, snooze), kept in IndexedDB until the
// server has them. Each carries the Idempotency-Key it is sent with every time, so a write that
// reached the server before the answer was lost (or a page reloaded mid-send) is made once.
import { type DBSchema, openDB } from 'idb';

export interface PendingWrite {
  /** The Idempotency-Key (crypto.randomUUID()). */
  key: string;
  userId: string;
  method: 'POST' | 'PATCH';
  path: string;
  body?: unknown;
  /** What the user did, in their words: "Call with Ann Lee". */
  label: string;
  createdAt: string;
}

interface OfflineDb extends DBSchema {
  writes: { key: string; value: PendingWrite; indexes: { byUser: string } };
}

const database = () =>
  openDB<OfflineDb>('rapport-offline', 1, {
    upgrade(db) {
      db.createObjectStore('writes', { keyPath: 'key' }).createIndex('byUser', 'userId');
    },
  });

export async function addPendingWrite(write: PendingWrite): Promise<void> {
  await (await database()).put('writes', write);
}

/** A user's pending writes, oldest first (the order they were made in). */
export async function pendingWritesOf(userId: string): Promise<PendingWrite[]> {
  const writes = await (await database()).getAllFromIndex('writes', 'byUser', userId);
  return writes.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function removePendingWrite(key: string): Promise<void> {
  await (await database()).delete('writes', key);
}

/** Another user signed in here: what someone else left unsent is not theirs to see or send. */
export async function dropPendingWritesOfOthers(userId: string): Promise<void> {
  const db = await database();
  const writes = await db.getAll('writes');
  await Promise.all(
    writes
      .filter((write) => write.userId !== userId)
      .map((write) => db.delete('writes', write.key)),
  );
}

/** Sign-out: nothing a user did stays in this browser for the next person. */
export async function dropAllPendingWrites(): Promise<void> {
  await (await database()).clear('writes');
}
