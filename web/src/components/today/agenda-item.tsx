import { type Ref, useId } from 'react';
import type { AgendaItem, AgendaKind } from '../../api/people-types';
import { Link } from '../../router';
import { isRoutineItem, RoutineActions } from './routine-actions';

export const AGENDA_BADGES: Record<AgendaKind, string> = {
  due: 'Due',
  new: 'New',
  date: 'Date',
  reply: 'Reply owed',
  promise: 'Promise',
  milestone: 'Milestone',
  revisit: 'Proposal',
  visit: 'Office visit',
  routine: 'Home',
  trip: 'Trip',
  office: 'Office',
  'end-of-day': 'End of day',
};

/** Items about a page rather than a person, and the button that leads there. */
const PAGE_OF: Partial<Record<AgendaKind, { path: string; action: string }>> = {
  revisit: { path: '/proposal', action: 'Open the proposal' },
  visit: { path: '/office', action: 'Office planner' },
  routine: { path: '/household', action: 'Household' },
  trip: { path: '/trips', action: 'See the trip' },
  office: { path: '/office', action: 'Office planner' },
};

/** Where an item leads: the person, or a page; the end of the day leads nowhere. */
export const itemPath = (item: AgendaItem): string | null =>
  PAGE_OF[item.kind]?.path ??
  (item.person.id ? `/people/${encodeURIComponent(item.person.id)}` : null);
/** Revisits, visits, routines, trips and the end of the day may name nobody (an empty id). */
export const canLog = (item: AgendaItem) => item.person.id !== '';

/** Snooze hides contact, date and milestone items; a reply or promise stays until done. */
export const canSnooze = (item: AgendaItem) =>
  ['due', 'new', 'date', 'milestone'].includes(item.kind);
/** Obligations and milestones can be marked done; the end of the day is done for today. */
export const canMarkDone = (item: AgendaItem) =>
  item.kind === 'end-of-day' ||
  (Boolean(item.refId) && ['reply', 'promise', 'milestone'].includes(item.kind));

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
  const path = itemPath(item);
  const page = PAGE_OF[item.kind];
  return (
    <article
      ref={ref}
      className={`agenda-item agenda-${item.kind}`}
      tabIndex={focusable ? 0 : -1}
      aria-labelledby={`${id}-title`}
      aria-describedby={item.window ? `${id}-why ${id}-window` : `${id}-why`}
      aria-keyshortcuts="l s d"
      aria-busy={busy || undefined}
      onFocus={onFocus}
    >
      <div className="agenda-head">
        <h3 id={`${id}-title`}>
          {path ? (
            <Link className="agenda-link" to={path} tabIndex={focusable ? 0 : -1}>
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </h3>
        <span className={`badge badge-${item.kind}`}>{AGENDA_BADGES[item.kind] ?? item.kind}</span>
      </div>
      <p id={`${id}-why`} className="why">
        {item.why}
      </p>
      {item.window && (
        <p id={`${id}-window`} className="window-hint">
          <span aria-hidden="true">◷ </span>
          {item.window.text}
        </p>
      )}
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
            aria-label={item.kind === 'end-of-day' ? 'Done for today' : `Done: ${item.title}`}
            aria-keyshortcuts="d"
            disabled={busy}
            onClick={onDone}
          >
            {item.kind === 'end-of-day' ? 'Done for today' : 'Done'}{' '}
            <kbd className="kbd-hint">d</kbd>
          </button>
        )}
        {isRoutineItem(item) && <RoutineActions item={item} focusable={focusable} />}
        {page && item.kind !== 'revisit' && (
          <Link className="button" to={page.path} tabIndex={focusable ? 0 : -1}>
            {page.action}
          </Link>
        )}
      </div>
    </article>
  );
}
