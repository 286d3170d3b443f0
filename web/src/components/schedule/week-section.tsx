import { useState } from 'react';
import { usePeople } from '../../api/people';
import type { Person } from '../../api/people-types';
import { useSchedule } from '../../api/schedule';
import { useTrips } from '../../api/trips';
import { useCurrentUser } from '../../current-user';
import { Link } from '../../router';
import { FormError } from '../form-messages';
import { WeekGrid, ZoneList } from './week-grid';

/** Key people by default; with `everyone`, also anyone whose time zone is known. */
function onGrid(people: Person[], everyone: boolean): Person[] {
  return people
    .filter((person) => person.key || (everyone && person.timeZone))
    .sort((a, b) => Number(b.key) - Number(a.key) || a.name.localeCompare(b.name));
}

/** The week grid with its choice of people. */
export function WeekSection() {
  const user = useCurrentUser();
  const schedule = useSchedule();
  const people = usePeople();
  const trips = useTrips();
  const [everyone, setEveryone] = useState(false);
  const shown = onGrid(people.data ?? [], everyone);
  const keyCount = (people.data ?? []).filter((person) => person.key).length;
  return (
    <section className="card week-section" aria-labelledby="week-grid-title">
      <h2 id="week-grid-title">Your week beside theirs</h2>
      <p className="intro">
        Every time here is in your time zone, {user.timeZone}. The shading shows when you and they
        are both at work: the best time to call.
      </p>
      <FormError error={schedule.error ?? people.error ?? trips.error} />
      {(schedule.isPending || people.isPending) && <p className="hint">Loading…</p>}
      <label className="check grid-toggle">
        <input
          type="checkbox"
          checked={everyone}
          onChange={(event) => setEveryone(event.target.checked)}
        />
        Everyone with a time zone, not only key people
      </label>
      {people.data && shown.length === 0 && (
        <p className="hint">
          {keyCount === 0 && !everyone
            ? 'Mark people as key on their page to see them here, or show everyone with a time zone.'
            : 'Nobody to show yet: give people a time zone on their page.'}{' '}
          <Link to="/people">People</Link>
        </p>
      )}
      <ZoneList people={shown} />
      {schedule.data && (
        <WeekGrid schedule={schedule.data} people={shown} trips={trips.data ?? []} />
      )}
    </section>
  );
}
