import './offline.css';
import type { PendingWrite } from './pending-writes';

const changes = (count: number) => (count === 1 ? '1 change' : `${count} changes`);

/** Says the app is offline, and what will be sent when it is back; lists the pending writes. */
export function OfflineBanner({ online, pending }: { online: boolean; pending: PendingWrite[] }) {
  if (online && pending.length === 0) return null;
  return (
    <section className="offline-banner" role="status" aria-label="Connection">
      <p>
        {online
          ? `Sending ${changes(pending.length)}…`
          : pending.length
            ? `You’re offline. ${changes(pending.length)} will be sent when you’re back online.`
            : 'You’re offline. Showing what Rapport saved on this device.'}
      </p>
      {pending.length > 0 && (
        <ul className="pending-writes">
          {pending.map((write) => (
            <li key={write.key}>
              {write.label} <span className="badge pending-badge">Waiting to sync</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "A new version is ready": reloads into the waiting service worker when the user agrees. */
export function UpdatePrompt({ reload }: { reload: () => void }) {
  return (
    <section className="offline-banner update-prompt" role="status" aria-label="Update">
      <p>
        A new version of Rapport is ready —{' '}
        <button type="button" className="primary" onClick={reload}>
          Reload
        </button>
      </p>
    </section>
  );
}
