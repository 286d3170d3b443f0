import { useTrips } from '../api/trips';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { TripForm } from '../components/trips/trip-form';
import { TripList } from '../components/trips/trip-list';
import { useCurrentUser } from '../current-user';
import { dateIn } from '../zoned-time';

/** Travel: the user's trips with the people to meet there, and their people's trips. */
export function TripsPage() {
  const user = useCurrentUser();
  const trips = useTrips();
  const today = dateIn(user.timeZone);
  const sorted = [...(trips.data ?? [])].sort(
    (a, b) => a.from.localeCompare(b.from) || a.city.localeCompare(b.city),
  );
  const coming = sorted.filter((trip) => trip.to >= today);
  const past = sorted.filter((trip) => trip.to < today).reverse();
  return (
    <Page title="Trips">
      <p className="intro">
        In the same city as someone you work with? Meet in person. While someone travels, their
        hours follow the zone they are in.
      </p>
      <section className="card" aria-labelledby="add-trip-title">
        <h2 id="add-trip-title">Add a trip</h2>
        <TripForm />
      </section>
      <section className="card" aria-labelledby="trips-title">
        <h2 id="trips-title">Coming up</h2>
        <FormError error={trips.error} />
        {trips.isPending && <p className="hint">Loading…</p>}
        {trips.data && coming.length === 0 && <p className="empty">No trips coming up.</p>}
        {coming.length > 0 && <TripList trips={coming} title="Trips coming up" />}
        {past.length > 0 && (
          <details className="done-items">
            <summary>Past trips ({past.length})</summary>
            <TripList trips={past} title="Past trips" />
          </details>
        )}
      </section>
    </Page>
  );
}
