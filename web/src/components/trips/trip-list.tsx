import { usePeople } from '../../api/people';
import type { Trip } from '../../api/place-types';
import { useDeleteTrip, useTripPeople } from '../../api/trips';
import { Link } from '../../router';
import { formatDateRange } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';

/** Trips, soonest first; the user's own list the people to meet there. */
export function TripList({ trips, title }: { trips: Trip[]; title: string }) {
  const people = usePeople();
  const remove = useDeleteTrip();
  const names = new Map((people.data ?? []).map((person) => [person.id, person.name]));
  return (
    <>
      <FormError error={remove.error} />
      <ul className="item-list trip-list" aria-label={title}>
        {trips.map((trip) => {
          const whose = trip.personId ? (names.get(trip.personId) ?? 'Someone') : 'You';
          return (
            <li key={trip.id} className="item-row">
              <div className="trip-main">
                <span className="item-text">{trip.city}</span>{' '}
                <span className={trip.personId ? 'badge' : 'badge badge-trip'}>{whose}</span>
                <p className="hint">
                  {formatDateRange(trip.from, trip.to)} · {trip.zone}
                </p>
                {!trip.personId && <MeetThere trip={trip} />}
              </div>
              <ConfirmButton
                label="Delete"
                ariaLabel={`Delete trip to ${trip.city}`}
                question="Delete this trip?"
                confirmLabel="Delete"
                onConfirm={() => remove.mutate(trip.id)}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}

function MeetThere({ trip }: { trip: Trip }) {
  const people = useTripPeople(trip.id);
  if (people.isError) return <FormError error={people.error} />;
  if (!people.data) return null;
  if (people.data.length === 0) {
    return <p className="hint">Nobody you keep in touch with lives in {trip.city}.</p>;
  }
  return (
    <div className="meet-there">
      <p className="meet-label">People to meet there</p>
      <ul className="plan-people">
        {people.data.map((person) => (
          <li key={person.id}>
            <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>{' '}
            <span className="hint">· {person.why}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
