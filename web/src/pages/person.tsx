import { ApiError } from '../api/client';
import { usePerson, useTimeline } from '../api/people';
import { FormError } from '../components/form-messages';
import { Page } from '../components/page';
import { ArchivedNote } from '../components/person/archived-note';
import { DatesCard } from '../components/person/dates-card';
import { DetailsCard } from '../components/person/details-card';
import { FactsCard } from '../components/person/facts-card';
import { HealthCard } from '../components/person/health-card';
import { OpenItems } from '../components/person/open-items';
import { PersonActions } from '../components/person/person-actions';
import { PersonSummary } from '../components/person/person-summary';
import { ScheduleCard } from '../components/person/schedule-card';
import { Timeline } from '../components/person/timeline';
import { Link } from '../router';

export function PersonPage({ params }: { params: Record<string, string> }) {
  const id = params.id ?? '';
  const person = usePerson(id);
  const timeline = useTimeline(id);

  // A 404 wins over data still cached from before the person was deleted.
  const missing = person.error instanceof ApiError && person.error.status === 404;
  if (!person.data || missing) {
    return (
      <Page title={missing ? 'Person not found' : 'Person'}>
        {person.isPending && <p className="hint">Loading…</p>}
        {missing ? (
          <p>
            This person isn’t in your Rapport (any more). <Link to="/people">Back to People</Link>.
          </p>
        ) : (
          <FormError error={person.error} />
        )}
      </Page>
    );
  }

  const data = person.data;
  return (
    <Page title={data.name}>
      <ArchivedNote person={data} />
      <PersonSummary person={data} />
      <PersonActions person={data} />
      <div className="person-grid">
        <div className="person-main">
          <FormError error={timeline.error} />
          {timeline.isPending && <p className="hint">Loading conversations…</p>}
          {timeline.data && (
            <>
              <Timeline
                personId={data.id}
                personName={data.name}
                interactions={timeline.data.interactions}
              />
              <OpenItems personId={data.id} items={timeline.data.items} />
            </>
          )}
        </div>
        <div className="person-side">
          <HealthCard personId={data.id} />
          <FactsCard person={data} />
          <DatesCard person={data} />
          {data.kind !== 'pet' && <ScheduleCard person={data} />}
          <DetailsCard person={data} />
        </div>
      </div>
    </Page>
  );
}
