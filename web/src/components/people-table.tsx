import { KIND_LABELS, type Person } from '../api/people-types';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';
import { agoPhrase, cadencePhrase, formatDate } from '../time';
import { daysSince } from '../zoned-time';

function lastTalked(person: Person, zone: string): string {
  if (person.lastInteractionAt) return agoPhrase(daysSince(person.lastInteractionAt, zone));
  if (person.lastTalkedEstimate) {
    const phrase = agoPhrase(daysSince(`${person.lastTalkedEstimate}T12:00:00Z`, zone));
    return `${phrase.startsWith('about') ? phrase : `~${phrase}`} (estimate)`;
  }
  return 'Never';
}

/** Whether the person is past their cadence, as the row's tone. */
function tone(person: Person, zone: string): 'overdue' | 'due' | 'ok' {
  if (person.cadenceDays === null || person.paused) return 'ok';
  const since = daysSince(
    person.lastInteractionAt ??
      (person.lastTalkedEstimate ? `${person.lastTalkedEstimate}T12:00:00Z` : person.createdAt),
    zone,
  );
  if (since >= person.cadenceDays + Math.ceil(person.cadenceDays / 2)) return 'overdue';
  return since >= person.cadenceDays ? 'due' : 'ok';
}

/** The people listed, each with a checkbox when `selected` is given (bulk actions). */
export function PeopleTable({
  people,
  selected,
  onSelect,
}: {
  people: Person[];
  selected?: ReadonlySet<string>;
  onSelect?: (ids: string[], checked: boolean) => void;
}) {
  const { timeZone } = useCurrentUser();
  const selectable = Boolean(selected && onSelect);
  const allSelected = selectable && people.every((person) => selected!.has(person.id));
  const someSelected = selectable && people.some((person) => selected!.has(person.id));
  return (
    <table className="list-table people-table">
      <thead>
        <tr>
          {selectable && (
            <th scope="col" className="select-cell">
              <input
                type="checkbox"
                aria-label="Select everyone listed"
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = someSelected && !allSelected;
                }}
                onChange={(event) =>
                  onSelect!(
                    people.map((person) => person.id),
                    event.target.checked,
                  )
                }
              />
            </th>
          )}
          <th scope="col">Name</th>
          <th scope="col">Kind</th>
          <th scope="col">Team</th>
          <th scope="col">Last talked</th>
          <th scope="col">Cadence</th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => {
          const status = tone(person, timeZone);
          return (
            <tr key={person.id} className={selected?.has(person.id) ? 'selected' : undefined}>
              {selectable && (
                <td className="select-cell">
                  <input
                    type="checkbox"
                    aria-label={`Select ${person.name}`}
                    checked={selected!.has(person.id)}
                    onChange={(event) => onSelect!([person.id], event.target.checked)}
                  />
                </td>
              )}
              <th scope="row">
                <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                {person.key && <span className="badge badge-key">Key</span>}
                {person.paused && <span className="badge">Paused</span>}
                {person.newSince && <span className="badge badge-new">New</span>}
                {person.snoozedUntil && (
                  <span className="badge">Snoozed until {formatDate(person.snoozedUntil)}</span>
                )}
              </th>
              <td data-label="Kind">{KIND_LABELS[person.kind] ?? person.kind}</td>
              <td data-label="Team">{person.team ?? '–'}</td>
              <td data-label="Last talked" className={`recency-${status}`}>
                {lastTalked(person, timeZone)}
                {status !== 'ok' && <span className="visually-hidden"> ({status})</span>}
              </td>
              <td data-label="Cadence">
                {person.cadenceDays ? cadencePhrase(person.cadenceDays) : 'None'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
