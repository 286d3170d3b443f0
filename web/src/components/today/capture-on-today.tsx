// What capture puts on Today: sources failing for a day (with the way to fix them), the
// "Rapport noticed" inbox of conversations waiting for a yes, and people you talk to often but
// don't keep. Each card shows only when it has something to say.
import { useState } from 'react';
import type { Noticed, TodayCapture } from '../../api/capture-types';
import {
  useCaptureSuggestions,
  useNoticed,
  useNoticedActions,
  useSuggestionActions,
} from '../../api/sources';
import { noticedTitle } from '../../capture-words';
import { useCurrentUser } from '../../current-user';
import { Link } from '../../router';
import { formatDateTime } from '../../time';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';

/** A screen reader's fuller name for a row's button, after the visible label it extends. */
function Hidden({ text }: { text: string }) {
  return <span className="visually-hidden"> {text}</span>;
}

export function FailingSourcesCard({
  failing,
}: {
  failing: TodayCapture['failingSources'] | undefined;
}) {
  const { timeZone } = useCurrentUser();
  if (!failing || failing.length === 0) return null;
  return (
    <section className="card" aria-labelledby="failing-sources-title">
      <h2 id="failing-sources-title">
        {failing.length === 1 ? 'A source stopped working' : 'Sources stopped working'}
      </h2>
      <ul className="source-list">
        {failing.map((source) => (
          <li key={source.id} className="source-item">
            <strong>{source.name}</strong>
            <p className="warning">
              {source.lastError ?? 'Its syncs fail.'}
              {source.failingSince &&
                ` Failing since ${formatDateTime(source.failingSince, timeZone)}.`}
            </p>
          </li>
        ))}
      </ul>
      <Link to="/settings#sources">Fix it in Settings</Link>
    </section>
  );
}

const SHOWN = 8;

export function NoticedCard() {
  const noticed = useNoticed();
  const actions = useNoticedActions();
  const notice = useNotice();
  const [showAll, setShowAll] = useState(false);
  const items = noticed.data ?? [];
  if (items.length === 0) return null;
  const shown = showAll ? items : items.slice(0, SHOWN);
  const error =
    actions.accept.error ?? actions.ignore.error ?? actions.acceptAll.error ?? actions.never.error;
  return (
    <section className="card" aria-labelledby="noticed-title">
      <h2 id="noticed-title">Rapport noticed · {items.length}</h2>
      <p className="hint">
        Conversations from your calendar and mail. Accept to log them; nothing is logged without
        your yes.
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          aria-disabled={actions.acceptAll.isPending}
          onClick={() =>
            !actions.acceptAll.isPending &&
            actions.acceptAll.mutate(undefined, {
              onSuccess: ({ accepted }) =>
                notice(`Logged ${accepted} ${accepted === 1 ? 'conversation' : 'conversations'}.`),
            })
          }
        >
          Accept all
        </button>
      </div>
      <FormError error={error} />
      <ul className="noticed-list" aria-label="Noticed conversations">
        {shown.map((item) => (
          <NoticedRow key={item.id} item={item} actions={actions} />
        ))}
      </ul>
      {items.length > SHOWN && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}

function NoticedRow({
  item,
  actions,
}: {
  item: Noticed;
  actions: ReturnType<typeof useNoticedActions>;
}) {
  const { timeZone } = useCurrentUser();
  const title = noticedTitle(item);
  const when = formatDateTime(item.at, timeZone);
  const busy = actions.accept.isPending || actions.ignore.isPending || actions.never.isPending;
  const details = [
    item.subject ? `“${item.subject}”` : null,
    `from ${item.sourceName}`,
    item.seenOnly ? 'a large meeting: it counts as seen, not as a conversation' : null,
  ].filter(Boolean);
  return (
    <li className="noticed-item">
      <strong>{title}</strong>
      <p className="hint">
        <time dateTime={item.at}>{when}</time> · {details.join(' · ')}
      </p>
      <div className="actions">
        <button
          type="button"
          aria-disabled={busy}
          onClick={() => !busy && actions.accept.mutate(item.id)}
        >
          Accept
          <Hidden text={`${title}, ${when}`} />
        </button>
        <button
          type="button"
          aria-disabled={busy}
          onClick={() => !busy && actions.ignore.mutate(item.id)}
        >
          Ignore
          <Hidden text={`${title}, ${when}`} />
        </button>
        {item.people.map((person) => (
          <button
            key={person.id}
            type="button"
            aria-disabled={busy}
            onClick={() => !busy && actions.never.mutate(person.id)}
          >
            Never from {person.name}
          </button>
        ))}
      </div>
    </li>
  );
}

export function PeopleToAddCard() {
  const suggestions = useCaptureSuggestions();
  const actions = useSuggestionActions();
  const { timeZone } = useCurrentUser();
  const [added, setAdded] = useState<{ id: string; name: string }[]>([]);
  const items = suggestions.data ?? [];
  if (items.length === 0 && added.length === 0) return null;
  const busy = actions.add.isPending || actions.dismiss.isPending;
  return (
    <section className="card" aria-labelledby="people-to-add-title">
      <h2 id="people-to-add-title">People you talk to</h2>
      <p className="hint">
        They wrote or met with you often this month, but you don’t keep them yet. Nobody is added
        without your say.
      </p>
      {added.length > 0 && (
        <p role="status">
          Added{' '}
          {added.map((person, i) => (
            <span key={person.id}>
              {i > 0 && ', '}
              <Link to={`/people/${person.id}`}>{person.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <ul className="suggestion-list" aria-label="People to add">
        {items.map((s) => {
          const who = s.name ?? s.email;
          return (
            <li key={s.id} className="suggestion-item">
              <strong>{who}</strong>
              <p className="hint">
                {s.name ? `${s.email} · ` : ''}
                {s.conversations} conversations, last{' '}
                <time dateTime={s.lastSeenAt}>{formatDateTime(s.lastSeenAt, timeZone)}</time>
              </p>
              <div className="actions">
                <button
                  type="button"
                  aria-disabled={busy}
                  onClick={() =>
                    !busy &&
                    actions.add.mutate(s.id, {
                      onSuccess: (person) => setAdded((list) => [...list, person]),
                    })
                  }
                >
                  Add to my people
                  <Hidden text={who} />
                </button>
                <button
                  type="button"
                  aria-disabled={busy}
                  onClick={() => !busy && actions.dismiss.mutate(s.id)}
                >
                  Dismiss
                  <Hidden text={who} />
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <FormError error={actions.add.error ?? actions.dismiss.error} />
    </section>
  );
}
