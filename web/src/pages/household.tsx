import { useRoutines } from '../api/routines';
import { FormError } from '../components/form-messages';
import { RoutineForm } from '../components/household/routine-form';
import { RoutineList } from '../components/household/routine-list';
import { UpcomingRoutines } from '../components/household/upcoming';
import { Page } from '../components/page';
import { Link } from '../router';

/** Home: routines with pets and family, who does which chore, and date nights. */
export function HouseholdPage() {
  const routines = useRoutines();
  return (
    <Page title="Household">
      <p className="intro">
        Be present at home too: walks and play time, who does what on which day, time alone
        together. Your household can see when you are at work on the page linked in{' '}
        <Link to="/settings">Settings</Link>.
      </p>
      <UpcomingRoutines />
      <section className="card" aria-labelledby="routines-title">
        <h2 id="routines-title">Routines, agreements and dates</h2>
        <FormError error={routines.error} />
        {routines.isPending && <p className="hint">Loading…</p>}
        {routines.data && <RoutineList routines={routines.data} />}
      </section>
      <section className="card" aria-labelledby="add-routine-title">
        <h2 id="add-routine-title">Add one</h2>
        <RoutineForm />
      </section>
    </Page>
  );
}
