import { useWeek } from '../../api/today';
import { formatDateRange } from '../../time';
import { FormError } from '../form-messages';

/** The weekly connection summary: conversations, people, the personal share, a gentle nudge. */
export function WeekCard() {
  const week = useWeek();
  return (
    <section className="card week-card" aria-labelledby="week-title">
      <h2 id="week-title">{week.data?.complete ? 'Last week' : 'This week'}</h2>
      {week.isPending && <p className="hint">Loading…</p>}
      <FormError error={week.error} />
      {week.data && (
        <>
          <p className="hint">
            {formatDateRange(week.data.weekStart, week.data.weekEnd)}
            {week.data.complete ? '' : ', so far'}
          </p>
          <dl className="stats">
            <div>
              <dt>Conversations</dt>
              <dd>{week.data.conversations}</dd>
            </div>
            <div>
              <dt>People</dt>
              <dd>
                {Array.isArray(week.data.people) ? week.data.people.length : week.data.people}
              </dd>
            </div>
            <div>
              <dt>Personal</dt>
              <dd>
                {week.data.personalShare === null
                  ? '–'
                  : `${Math.round(week.data.personalShare * 100)}%`}
              </dd>
            </div>
          </dl>
          {week.data.talkedWith?.length ? (
            <p className="week-with">
              With{' '}
              {week.data.talkedWith
                .map((p) => (p.conversations > 1 ? `${p.name} (${p.conversations})` : p.name))
                .join(', ')}
            </p>
          ) : null}
          {week.data.warning && <p className="gentle-warning">{week.data.warning}</p>}
          {!week.data.warning && week.data.medianOfPrior8Weeks ? (
            <p className="hint">
              A usual week for you: about {week.data.medianOfPrior8Weeks} conversations.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
