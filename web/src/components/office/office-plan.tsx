import { useState } from 'react';
import { useOfficePlan } from '../../api/schedule';
import { Link } from '../../router';
import { formatDate } from '../../time';
import { ChoiceGroup } from '../choice-group';
import { FormError } from '../form-messages';

const WEEKS = ['1', '2', '4'] as const;
type Weeks = (typeof WEEKS)[number];
const WEEK_LABELS: Record<Weeks, string> = { '1': '1 week', '2': '2 weeks', '4': '4 weeks' };

/** The user's working days ranked by whom they would meet at the office, and why. */
export function OfficePlanSection() {
  const [weeks, setWeeks] = useState<Weeks>('2');
  const plan = useOfficePlan(Number(weeks));
  const days = plan.data?.days ?? [];
  const worth = days.filter((day) => day.people.length > 0);
  const quiet = days
    .filter((day) => day.people.length === 0)
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">Which days to go in</h2>
      <p className="intro">
        Your working days, best first: key people count most, then people you are due to catch up
        with. People count on their own office days.
      </p>
      <ChoiceGroup
        legend="Look ahead"
        name="planWeeks"
        value={weeks}
        options={WEEKS}
        labels={WEEK_LABELS}
        onChange={setWeeks}
      />
      <FormError error={plan.error} />
      {plan.isPending && <p className="hint">Loading…</p>}
      {plan.data && worth.length === 0 && (
        <p className="empty">
          Nobody you keep in touch with has office days in these weeks. Add them on each person’s
          page (Schedule), or <Link to="/people">see your people</Link>.
        </p>
      )}
      {worth.length > 0 && (
        <ol className="plan-list" aria-label="Days to go in, best first">
          {worth.map((day) => (
            <li key={day.date} className="plan-day">
              <p className="plan-date">
                <strong>{formatDate(day.date, { weekday: true })}</strong>
                {day.userOfficeDay && <span className="badge badge-office">Your office day</span>}
              </p>
              <ul className="plan-people">
                {day.people.map((person) => (
                  <li key={person.id}>
                    <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>{' '}
                    <span className="hint">· {person.why}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {quiet.length > 0 && (
        <p className="hint plan-quiet">
          Nobody from your list is in on{' '}
          {quiet.map((day) => formatDate(day.date, { weekday: true })).join(', ')}.
        </p>
      )}
    </section>
  );
}
