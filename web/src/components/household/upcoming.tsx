import type { Occurrence } from '../../api/place-types';
import { useOccurrences } from '../../api/routines';
import { useCurrentUser } from '../../current-user';
import { formatDay } from '../../time';
import { addDays, dateIn, instantToZonedLocal } from '../../zoned-time';
import { FormError } from '../form-messages';
import { HOME_KIND_LABELS, type HomeKind } from './routine-form';

const DAYS = 14;

function turn(occurrence: Occurrence): string {
  const them = occurrence.people.length ? occurrence.people.join(' and ') : 'them';
  if (occurrence.assignee === 'me') return 'your turn';
  if (occurrence.assignee === 'them') return `${them}’s turn`;
  if (occurrence.assignee === 'both') return `together with ${them}`;
  return occurrence.people.length ? `with ${them}` : '';
}

/** The next two weeks of household routines, by day, at the user's local time. */
export function UpcomingRoutines() {
  const { timeZone } = useCurrentUser();
  const today = dateIn(timeZone);
  const occurrences = useOccurrences(today, addDays(today, DAYS - 1));
  const home = (occurrences.data ?? []).filter((occurrence) => occurrence.kind !== 'visit');
  const byDate = new Map<string, Occurrence[]>();
  for (const occurrence of home) {
    byDate.set(occurrence.date, [...(byDate.get(occurrence.date) ?? []), occurrence]);
  }
  return (
    <section className="card" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Next two weeks</h2>
      <FormError error={occurrences.error} />
      {occurrences.isPending && <p className="hint">Loading…</p>}
      {occurrences.data && home.length === 0 && <p className="empty">Nothing planned.</p>}
      {byDate.size > 0 && (
        <ul className="upcoming">
          {[...byDate].map(([date, list]) => (
            <li key={date}>
              <p className="upcoming-date">{date === today ? 'Today' : formatDay(date)}</p>
              <ul className="upcoming-items">
                {list.map((occurrence) => {
                  const who = turn(occurrence);
                  const note = occurrence.status
                    ? occurrence.status
                    : occurrence.away
                      ? `paused: you are in ${occurrence.away}`
                      : '';
                  return (
                    <li key={`${occurrence.routineId}-${occurrence.start ?? ''}`}>
                      {occurrence.start && (
                        <time className="upcoming-time" dateTime={occurrence.start}>
                          {instantToZonedLocal(occurrence.start, timeZone).slice(11, 16)}
                        </time>
                      )}{' '}
                      <span className="item-text">{occurrence.title}</span>{' '}
                      <span className={`badge badge-${occurrence.kind}`}>
                        {HOME_KIND_LABELS[occurrence.kind as HomeKind] ?? occurrence.kind}
                      </span>
                      {who && <span className="hint"> · {who}</span>}
                      {note && <span className="hint"> · {note}</span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
