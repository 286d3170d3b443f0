import { ApiError } from '../api/client';
import { useUpdate } from '../api/updates';
import { SentUpdate } from '../components/credit/sent-update';
import { UpdateComposer } from '../components/credit/update-composer';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { Link } from '../router';
import { formatDateRange } from '../time';

const KIND_NAMES: Record<string, string> = { week: 'Weekly', month: 'Monthly' };

/** One status update: the composer while it is a draft, the record once sent. */
export function UpdatePage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const update = useUpdate(id);
  const missing = update.error instanceof ApiError && update.error.status === 404;
  if (!update.data || missing) {
    return (
      <Page title={missing ? 'Update not found' : 'Status update'}>
        {update.isPending && <p className="hint">Loading…</p>}
        {missing ? (
          <p>
            This update doesn’t exist (any more). <Link to="/updates">Back to updates</Link>.
          </p>
        ) : (
          <FormError error={update.error} />
        )}
      </Page>
    );
  }
  const data = update.data;
  const sent = data.status === 'sent';
  return (
    <Page
      title={sent ? 'Sent update' : 'Draft update'}
      actions={
        <Link to="/updates" className="button">
          All updates
        </Link>
      }
    >
      <p className="lead">
        {KIND_NAMES[data.kind] ?? 'Custom'} update for{' '}
        {formatDateRange(data.periodStart, data.periodEnd)}
        {data.origin === 'scheduled' ? ', drafted on schedule' : ''}.
      </p>
      {sent ? <SentUpdate update={data} /> : <UpdateComposer key={data.id} update={data} />}
    </Page>
  );
}
