import { type Ref, useId } from 'react';
import type { AgendaKind } from '../../api/people-types';
import type { TodayCard, TodayCardLine } from '../../api/today-types';
import { Link } from '../../router';
import { ActionButton } from '../action-label';
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

/** Cards about a page rather than a person, and the button that leads there. */
const PAGE_OF: Partial<Record<string, { path: string; action: string }>> = {
  revisit: { path: '/proposal', action: 'Open the proposal' },
  visit: { path: '/office', action: 'Office planner' },
  office: { path: '/office', action: 'Office planner' },
  routine: { path: '/household', action: 'Household' },
  trip: { path: '/trips', action: 'See the trip' },
};

/** Where a card leads: the person, or a page; the end of the day leads nowhere. */
export const cardPath = (card: TodayCard): string | null =>
  PAGE_OF[card.kind]?.path ??
  (card.person ? `/people/${encodeURIComponent(card.person.id)}` : null);
/** Visits, routines, trips, the proposal and the end of the day are about no one person. */
export const canLog = (card: TodayCard) => card.person !== null;

/** Snooze hides a person's contact, date and milestone lines; a reply or promise stays. */
export const canSnooze = (card: TodayCard) =>
  card.person !== null &&
  card.lines.some((line) => ['due', 'new', 'date', 'milestone'].includes(line.kind));
/** The lines "Done" can close: replies, promises, milestones and dates (this year's). */
export const doneLines = (card: TodayCard): TodayCardLine[] =>
  card.lines.filter(
    (line) => Boolean(line.refId) && ['reply', 'promise', 'milestone', 'date'].includes(line.kind),
  );
/** The first line the d key marks done; the end of the day is done for today. */
export const canMarkDone = (card: TodayCard) =>
  card.kind === 'end-of-day' || doneLines(card).length > 0;

const DONE_WORD: Partial<Record<string, string>> = {
  reply: 'Replied',
  promise: 'Kept',
  milestone: 'Congratulated',
  date: 'Wished',
};

/**
 * One card: a focus stop (roving tabindex) with the lead line as its title, the person's other
 * lines under it, things to talk about, and a button for each one-key action.
 */
export function AgendaEntry({
  ref,
  card,
  focusable,
  busy,
  onFocus,
  onLog,
  onSnooze,
  onDone,
}: {
  ref: Ref<HTMLElement>;
  card: TodayCard;
  focusable: boolean;
  busy: boolean;
  onFocus: () => void;
  onLog: () => void;
  onSnooze: () => void;
  onDone: (line: TodayCardLine | null) => void;
}) {
  const id = useId();
  const name = card.person?.name ?? '';
  const path = cardPath(card);
  const page = PAGE_OF[card.kind];
  const [lead, ...more] = card.lines;
  const done = doneLines(card);
  const doneWord = (line: TodayCardLine) =>
    done.length === 1 ? 'Done' : (DONE_WORD[line.kind] ?? 'Done');
  const tab = focusable ? 0 : -1;
  const described = [`${id}-why`, card.note && `${id}-note`, card.window && `${id}-window`]
    .filter(Boolean)
    .join(' ');
  return (
    <article
      ref={ref}
      className={`agenda-item agenda-${card.kind}${card.heldUntil ? ' agenda-held' : ''}`}
      tabIndex={tab}
      aria-labelledby={`${id}-title`}
      aria-describedby={described}
      aria-keyshortcuts="l s d"
      aria-busy={busy || undefined}
      onFocus={onFocus}
    >
      <div className="agenda-head">
        <h3 id={`${id}-title`}>
          {path ? (
            <Link className="agenda-link" to={path} tabIndex={tab}>
              {card.title}
            </Link>
          ) : (
            card.title
          )}
        </h3>
        <span className={`badge badge-${card.kind}`}>{AGENDA_BADGES[card.kind] ?? card.kind}</span>
      </div>
      <p id={`${id}-why`} className="why">
        {lead?.why ?? card.why}
      </p>
      {more.length > 0 && (
        <ul className="card-lines" aria-label={`Also for ${name}`}>
          {more.map((line) => (
            <li key={`${line.kind}:${line.refId ?? ''}`} className={`card-line line-${line.kind}`}>
              <span className="card-line-title">{line.title}</span>{' '}
              <span className="card-line-why">{line.why}</span>
            </li>
          ))}
        </ul>
      )}
      {card.note && (
        <p id={`${id}-note`} className="held-note">
          {card.note}
        </p>
      )}
      {card.window && (
        <p id={`${id}-window`} className="window-hint">
          <span aria-hidden="true">◷ </span>
          {card.window.text}
        </p>
      )}
      {card.starters.length > 0 && (
        <div className="talk-about">
          <p className="starters-label">Talk about</p>
          <ul className="starters">
            {card.starters.map((starter) => (
              <li key={starter}>{starter}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="item-actions">
        {canLog(card) && (
          <ActionButton
            text="Log"
            about={` a conversation with ${name}`}
            shortcut="l"
            tabIndex={tab}
            onClick={onLog}
          />
        )}
        {canSnooze(card) && (
          <ActionButton
            text="Snooze 3 days"
            about={`: ${name}`}
            shortcut="s"
            tabIndex={tab}
            disabled={busy}
            onClick={onSnooze}
          />
        )}
        {card.kind === 'end-of-day' && (
          <ActionButton
            text="Done for today"
            shortcut="d"
            tabIndex={tab}
            onClick={() => onDone(null)}
          />
        )}
        {done.map((line, at) => (
          <ActionButton
            key={line.refId}
            text={doneWord(line)}
            // "Wished — done: Wish Zoe a happy birthday": the word on the button, then its effect.
            about={`${doneWord(line) === 'Done' ? '' : ' — done'}: ${line.title}`}
            shortcut={at === 0 ? 'd' : undefined}
            tabIndex={tab}
            disabled={busy}
            onClick={() => onDone(line)}
          />
        ))}
        {card.lines.filter(isRoutineItem).map((line) => (
          <RoutineActions key={line.refId} item={line} focusable={focusable} />
        ))}
        {page && card.kind !== 'revisit' && (
          <Link className="button" to={page.path} tabIndex={tab}>
            {page.action}
          </Link>
        )}
      </div>
    </article>
  );
}
