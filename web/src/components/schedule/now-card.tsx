import { useWorkingNow } from '../../api/schedule';
import { Link } from '../../router';
import { zoneCity } from '../../time-zones';
import { FormError } from '../form-messages';

/** Who is within working hours right now, with the time where they are. */
export function NowCard() {
  const now = useWorkingNow();
  const data = now.data;
  return (
    <section className="card now-card" aria-labelledby="now-title">
      <h2 id="now-title">Working now</h2>
      {now.isPending && <p className="hint">Loading…</p>}
      <FormError error={now.error} />
      {data && (
        <>
          <p className="now-you">
            {data.you.working ? 'You’re at work' : 'You’re off work'} ·{' '}
            <time>{data.you.localTime}</time>
          </p>
          {data.people.length === 0 ? (
            <p className="hint">Nobody you keep in touch with is at work right now.</p>
          ) : (
            <ul className="now-list">
              {data.people.map((person) => (
                <li key={person.id}>
                  <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>{' '}
                  <span className="hint">
                    <time>{person.localTime}</time> in {zoneCity(person.zone)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
