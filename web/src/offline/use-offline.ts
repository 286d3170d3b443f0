// React's view of the network and of the writes waiting for it.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { type PendingWrite, pendingWritesOf } from './pending-writes';
import { offlineUser } from './private-cache';
import { onPendingChange } from './send';

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/** The signed-in user's writes not yet on the server, oldest first. */
export function usePendingWrites(userId: string | undefined): PendingWrite[] {
  const [writes, setWrites] = useState<PendingWrite[]>([]);
  useEffect(() => {
    let current = true;
    const load = () => {
      const id = userId ?? offlineUser();
      if (!id) return setWrites([]);
      void pendingWritesOf(id).then(
        (found) => current && setWrites(found),
        () => current && setWrites([]),
      );
    };
    load();
    const stop = onPendingChange(load);
    return () => {
      current = false;
      stop();
    };
  }, [userId]);
  return writes;
}
