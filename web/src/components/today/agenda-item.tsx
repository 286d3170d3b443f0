import { type Ref, useId } from 'react';
import type { AgendaItem, AgendaKind } from '../../api/people-types';
import { Link } from '../../router';

export const AGENDA_BADGES: Record<AgendaKind, string> = {
  due: 'Due',
  new: 'New',
  date: 'Date',
  reply: 'Reply owed',
  promise: 'Promise',
  milestone: 'Milestone',
  revisit: 'Proposal',
};

/** Where an item leads: the person, or the proposal for a "not now" to revisit. */
export const itemPath = (item: AgendaItem) =>
  item.kind === 'revisit' ? '/proposal' : `/people/${encodeURIComponent(item.person.id)}`;
/** A revisit may name no manager (an empty id): there is nobody to log a conversation with. */
export const canLog = (item: AgendaItem) => item.person.id !== '';

/** Snooze hides contact, date and milestone items; a reply or promise stays until done. */
export const canSnooze = (item: AgendaItem) => !['reply', 'promise', 'revisit'].includes(item.kind);
/** Only obligations and milestones are items that can be marked done. */
export const canMarkDone = (item: AgendaItem) =>
  Boolean(item.refId) && ['reply', 'promise', 'milestone'].includes(item.kind);

/** One agenda entry: a focus stop (roving tabindex) with buttons for each one-key action. */
export function AgendaEntry({
  ref,
  item,
  focusable,
  busy,
  onFocus,
  onLog,
  onSnooze,
  onDone,
}: {
  ref: Ref<HTMLElement>;
  item: AgendaItem;
  focusable: boolean;
  busy: boolean;
  onFocus: () => void;
  onLog: () => void;
  onSnooze: () => void;
  onDone: () => void;
}) {
  const id = useId();
  const name = item.person.name;
  return (
    <article
      ref={ref}
      className={`agenda-item agenda-${item.kind}`}
      tabIndex={focusable ? 0 : -1}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-why`}
      aria-keyshortcuts="l s d"
      aria-busy={busy || undefined}
      onFocus={onFocus}
    >
      <div className="agenda-head">
        <h3 id={`${id}-title`}>
          <Link className="agenda-link" to={itemPath(item)} tabIndex={focusable ? 0 : -1}>
            {item.title}
          </Link>
        </h3>
        <span className={`badge badge-${item.kind}`}>{AGENDA_BADGES[item.kind] ?? item.kind}</span>
      </div>
      <p id={`${id}-why`} className="why">
        {item.why}
      </p>
      {item.starters.length > 0 && (
        <>
          <p className="starters-label">Talk about</p>
          <ul className="starters">
            {item.starters.map((starter) => (
              <li key={starter}>{starter}</li>
            ))}
          </ul>
        </>
      )}
      <div className="item-actions">
        {canLog(item) && (
          <button
            type="button"
            tabIndex={focusable ? 0 : -1}
            aria-label={`Log a conversation with ${name}`}
            aria-keyshortcuts="l"
            onClick={onLog}
          >
            Log <kbd className="kbd-hint">l</kbd>
          </button>
        )}
        {canSnooze(item) && (
          <button
            type="button"
            tabIndex={focusable ? 0 : -1}
            aria-label={`Snooze 3 days: ${name}`}
            aria-keyshortcuts="s"
            disabled={busy}
            onClick={onSnooze}
          >
            Snooze 3 days <kbd className="kbd-hint">s</kbd>
          </button>
        )}
        {canMarkDone(item) && (
          <button
            type="button"
            tabIndex={focusable ? 0 : -1}
            aria-label={`Done: ${item.title}`}
            aria-keyshortcuts="d"
            disabled={busy}
            onClick={onDone}
          >
            Done <kbd className="kbd-hint">d</kbd>
          </button>
        )}
      </div>
    </article>
  );
}
