import { KIND_LABELS, type Person } from '../api/people-types';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';
import { agoPhrase, cadencePhrase, formatDate } from '../time';
import { daysSince } from '../zoned-time';

function lastTalked(person: Person, zone: string): string {
  return person.lastInteractionAt ? agoPhrase(daysSince(person.lastInteractionAt, zone)) : 'Never';
}

/** Whether the person is past their cadence, as the row's tone. */
function tone(person: Person, zone: string): 'overdue' | 'due' | 'ok' {
  if (person.cadenceDays === null || person.paused) return 'ok';
  const since = daysSince(person.lastInteractionAt ?? person.createdAt, zone);
  if (since >= person.cadenceDays + Math.ceil(person.cadenceDays / 2)) return 'overdue';
  return since >= person.cadenceDays ? 'due' : 'ok';
}

export function PeopleTable({ people }: { people: Person[] }) {
  const { timeZone } = useCurrentUser();
  return (
    <table className="list-table people-table">
      <thead>
        <tr>
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
            <tr key={person.id}>
              <th scope="row">
                <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                {person.key && <span className="badge badge-key">Key</span>}
                {person.paused && <span className="badge">Paused</span>}
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
