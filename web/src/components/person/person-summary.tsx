import { KIND_LABELS, type Person } from '../../api/people-types';
import { seenInMeetingsWords } from '../../capture-words';
import { useCurrentUser } from '../../current-user';
import { formatDate, formatDateTime } from '../../time';
import { useNow } from '../../use-now';

function theirClock(now: Date, zone: string): string | null {
  try {
    return new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    }).format(now);
  } catch {
    return null;
  }
}

/** Under the name: kind, key, role and team, their local time, and paused or snoozed. */
export function PersonSummary({ person }: { person: Person }) {
  const now = useNow();
  const role = [person.title, person.team, person.company].filter(Boolean).join(' · ');
  const clock = person.timeZone ? theirClock(now, person.timeZone) : null;
  const { timeZone } = useCurrentUser();
  const seen = seenInMeetingsWords(person.seenInMeetings, (iso) => formatDateTime(iso, timeZone));
  return (
    <div className="person-summary">
      <p className="person-role">
        <span className="badge">{KIND_LABELS[person.kind] ?? person.kind}</span>
        {person.key && <span className="badge badge-key">Key</span>}
        {person.paused && <span className="badge badge-muted">Paused</span>}
        {person.snoozedUntil && (
          <span className="badge badge-muted">
            Snoozed until {formatDate(person.snoozedUntil, { weekday: true })}
          </span>
        )}
        {person.newSince && (
          <span className="badge badge-new">New since {formatDate(person.newSince)}</span>
        )}
        {role && <span className="role-text">{role}</span>}
      </p>
      {!person.lastInteractionAt && person.lastTalkedEstimate && (
        <p className="hint">
          Last talked around {formatDate(person.lastTalkedEstimate)} (your estimate, until you log a
          conversation)
        </p>
      )}
      {seen && <p className="hint">{seen}</p>}
      {clock && (
        <p className="hint">
          Their time: <strong>{clock}</strong> ({person.timeZone})
        </p>
      )}
    </div>
  );
}
