import { OfficePlanSection } from '../components/office/office-plan';
import { VisitsSection } from '../components/office/visits';
import { Page } from '../components/page';
import { Link } from '../router';

/** The office-day planner and the recurring office visits. */
export function OfficePage() {
  return (
    <Page
      title="Office planner"
      actions={
        <Link to="/schedule" className="button">
          Your office days
        </Link>
      }
    >
      <p className="intro">
        Make the days at the office count: go in when the people who matter are there too.
      </p>
      <OfficePlanSection />
      <VisitsSection />
    </Page>
  );
}
