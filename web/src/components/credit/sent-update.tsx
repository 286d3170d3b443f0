import type { StatusUpdate } from '../../api/credit-types';
import { useCurrentUser } from '../../current-user';
import { useCopy } from '../../use-copy';
import { ServerHtml } from '../server-html';

/** A sent update: who got it and when, what it said; it can be copied, not changed. */
export function SentUpdate({ update }: { update: StatusUpdate }) {
  const { timeZone } = useCurrentUser();
  const { copy, message } = useCopy();
  return (
    <section className="card" aria-labelledby="sent-title">
      <h2 id="sent-title">Sent</h2>
      <dl className="details sent-details">
        <div>
          <dt>Sent</dt>
          <dd>
            {update.sentAt && (
              <time dateTime={update.sentAt}>
                {new Intl.DateTimeFormat(undefined, {
                  dateStyle: 'full',
                  timeStyle: 'short',
                  timeZone,
                }).format(new Date(update.sentAt))}
              </time>
            )}
          </dd>
        </div>
        <div>
          <dt>To</dt>
          <dd>{update.recipients.join(', ')}</dd>
        </div>
        <div>
          <dt>Subject</dt>
          <dd>{update.subject}</dd>
        </div>
      </dl>
      <ServerHtml html={update.html} label="The e-mail as sent" />
      <div className="actions sent-actions">
        <button type="button" onClick={() => copy('Plain text', () => update.text)}>
          Copy text
        </button>
        <button type="button" onClick={() => copy('Markdown', () => update.markdown)}>
          Copy Markdown
        </button>
      </div>
      <p className={message?.ok === false ? 'form-error' : 'form-status'} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
