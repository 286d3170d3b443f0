import { DraftUpdate } from '../components/credit/draft-update';
import { ScheduleSection } from '../components/credit/schedule-form';
import { UpdateHistory } from '../components/credit/update-history';
import { Page } from '../components/page';
import { Link } from '../router';

/** Status updates for the manager: draft one, see the history, set a schedule. */
export function UpdatesPage() {
  return (
    <Page
      title="Status updates"
      actions={
        <Link to="/accomplishments" className="button">
          Log a win
        </Link>
      }
    >
      <p className="intro">
        Keep your manager aware of what you do: a short weekly or monthly update with specifics.
      </p>
      <DraftUpdate />
      <UpdateHistory />
      <ScheduleSection />
    </Page>
  );
}
