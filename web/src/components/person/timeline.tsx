import { useDeleteInteraction } from '../../api/interactions';
import {
  ABOUT_LABELS,
  CHANNEL_LABELS,
  type Initiator,
  type Interaction,
} from '../../api/people-types';
import { useCurrentUser } from '../../current-user';
import { Link } from '../../router';
import { formatDateTime } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';
import { useQuickLog } from '../quick-log';

const REACHED_OUT: Record<Initiator, string> = {
  me: 'You reached out',
  them: 'They reached out',
  mutual: 'Mutual',
};

/** Conversations with this person, newest first, in the user's zone; edit and delete each. */
export function Timeline({
  personId,
  personName,
  interactions,
}: {
  personId: string;
  personName: string;
  interactions: Interaction[];
}) {
  const { timeZone } = useCurrentUser();
  const openLog = useQuickLog();
  const remove = useDeleteInteraction();
  const sorted = [...interactions].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Conversations</h2>
      <FormError error={remove.error} />
      {sorted.length === 0 ? (
        <div className="empty">
          <p>Nothing logged yet. After your next chat, log it: it takes seconds.</p>
          <button
            type="button"
            onClick={() => openLog({ people: [{ id: personId, name: personName }] })}
          >
            Log a conversation with {personName}
          </button>
        </div>
      ) : (
        <ol className="timeline">
          {sorted.map((interaction) => {
            const others = interaction.people.filter((person) => person.id !== personId);
            const when = formatDateTime(interaction.at, timeZone);
            return (
              <li key={interaction.id} className="timeline-entry">
                <p className="timeline-meta">
                  <time dateTime={interaction.at}>{when}</time>
                  <span className="badge">
                    {CHANNEL_LABELS[interaction.channel] ?? interaction.channel}
                  </span>
                  <span className="badge badge-muted">
                    {ABOUT_LABELS[interaction.about] ?? interaction.about}
                  </span>
                  <span className="hint">{REACHED_OUT[interaction.initiator] ?? ''}</span>
                </p>
                {others.length > 0 && (
                  <p className="hint">
                    Also with{' '}
                    {others.map((person, index) => (
                      <span key={person.id}>
                        {index > 0 && ', '}
                        <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                      </span>
                    ))}
                  </p>
                )}
                {interaction.note && <p className="note">{interaction.note}</p>}
                <div className="row-actions-inline">
                  <button
                    type="button"
                    className="small"
                    aria-label={`Edit conversation of ${when}`}
                    onClick={() => openLog({ interaction })}
                  >
                    Edit
                  </button>
                  <ConfirmButton
                    label="Delete"
                    ariaLabel={`Delete conversation of ${when}`}
                    question="Delete this conversation?"
                    confirmLabel="Delete"
                    onConfirm={() => remove.mutate(interaction.id)}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
