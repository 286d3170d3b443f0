import type { StatusUpdate } from '../../api/credit-types';
import { useUpdates } from '../../api/updates';
import { useCurrentUser } from '../../current-user';
import { Link } from '../../router';
import { formatDateRange, formatDateTime } from '../../time';
import { FormError } from '../form-messages';

function statusOf(update: StatusUpdate): { label: string; tone: string } {
  if (update.status === 'sent') return { label: 'Sent', tone: 'sent' };
  if (update.error || update.status === 'failed') return { label: 'Not sent', tone: 'failed' };
  return { label: 'Draft', tone: 'draft' };
}

/** Every update, drafts and sent ones, newest first. */
export function UpdateHistory() {
  const { timeZone } = useCurrentUser();
  const updates = useUpdates();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <FormError error={updates.error} />
      {updates.isPending && <p className="hint">Loading…</p>}
      {updates.data?.length === 0 && (
        <p className="empty">No updates yet. Draft your first one above.</p>
      )}
      {updates.data && updates.data.length > 0 && (
        <table className="list-table update-table">
          <caption className="visually-hidden">Your status updates</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Date</th>
              <th scope="col">Period</th>
              <th scope="col">Status</th>
              <th scope="col">Recipients</th>
              <th scope="col">Origin</th>
            </tr>
          </thead>
          <tbody>
            {updates.data.map((update) => {
              const status = statusOf(update);
              const when = update.sentAt ?? update.createdAt;
              return (
                <tr key={update.id}>
                  <th scope="row">
                    <Link to={`/updates/${encodeURIComponent(update.id)}`}>{update.subject}</Link>
                  </th>
                  <td data-label={update.sentAt ? 'Sent' : 'Drafted'}>
                    <time dateTime={when}>{formatDateTime(when, timeZone)}</time>
                  </td>
                  <td data-label="Period">
                    {formatDateRange(update.periodStart, update.periodEnd)}
                  </td>
                  <td data-label="Status">
                    <span className={`badge badge-update-${status.tone}`}>{status.label}</span>
                  </td>
                  <td data-label="Recipients" className="recipients-cell">
                    {update.recipients.length ? update.recipients.join(', ') : 'None yet'}
                  </td>
                  <td data-label="Origin">
                    {update.origin === 'scheduled' ? 'Scheduled' : 'Manual'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
