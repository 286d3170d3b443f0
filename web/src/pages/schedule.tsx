import { useSchedule } from '../api/schedule';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { MyScheduleForm } from '../components/schedule/my-schedule-form';
import { NowCard } from '../components/schedule/now-card';
import { SlotFinder } from '../components/schedule/slot-finder';
import { WeekSection } from '../components/schedule/week-section';
import { useCurrentUser } from '../current-user';
import { Link } from '../router';
import { formatClock } from '../time';
import { useNow } from '../use-now';

/** Time and place: the week beside the people who matter, who is at work, meeting times. */
export function SchedulePage() {
  const user = useCurrentUser();
  const now = useNow();
  const schedule = useSchedule();
  return (
    <Page
      title="Schedule"
      actions={
        <>
          <Link to="/office" className="button">
            Office planner
          </Link>
          <Link to="/trips" className="button">
            Trips
          </Link>
        </>
      }
    >
      <p className="lead">
        It’s {formatClock(now, user.timeZone)} in {user.timeZone}.
      </p>
      <WeekSection />
      <div className="schedule-columns">
        <SlotFinder />
        <NowCard />
      </div>
      <section className="card" aria-labelledby="my-schedule-title" id="my-schedule">
        <h2 id="my-schedule-title">Your time zone, hours and office days</h2>
        <FormError error={schedule.error} />
        {schedule.isPending && <p className="hint">Loading…</p>}
        {schedule.data && <MyScheduleForm schedule={schedule.data} />}
      </section>
    </Page>
  );
}
