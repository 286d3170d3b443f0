import { useState } from 'react';
import { useDigestStatus, useSendDigestNow } from '../../api/admin';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { FormError, FormStatus } from '../form-messages';

/** When the last digest went out (in the user's zone), and a button to get one right now. */
export function DigestNow() {
  const { timeZone } = useCurrentUser();
  const status = useDigestStatus();
  const send = useSendDigestNow();
  const [message, setMessage] = useState<string | null>(null);
  if (!status.data) return <FormError error={status.error} />;
  const { lastSentAt, mailConfigured } = status.data;
  return (
    <div className="stack">
      <p data-testid="last-digest">
        {lastSentAt
          ? `Last digest sent at ${formatDateTime(lastSentAt, timeZone)}.`
          : 'No digest sent in the last week.'}
      </p>
      {mailConfigured ? (
        <div className="actions">
          <button
            type="button"
            aria-disabled={send.isPending}
            onClick={() => {
              if (send.isPending) return;
              setMessage(null);
              send.mutate(undefined, { onSuccess: (result) => setMessage(result.message) });
            }}
          >
            {send.isPending ? 'Sending…' : 'Send me one now'}
          </button>
        </div>
      ) : (
        <p className="hint">E-mail is not set up on this server, so no digest can be sent.</p>
      )}
      <FormError error={send.error} />
      <FormStatus message={message} />
    </div>
  );
}
