import { useHealth } from '../../api/people';
import type { Health } from '../../api/people-types';
import { agoPhrase, cadencePhrase } from '../../time';
import { FormError } from '../form-messages';

const STATUS: Record<Health['recency']['status'], string> = {
  ok: 'On track',
  due: 'Due',
  overdue: 'Overdue',
  never: 'Not yet talked',
};

function recencyText({ daysSince, cadenceDays }: Health['recency']): string {
  const last =
    daysSince === null ? 'No conversation logged yet' : `Last talked ${agoPhrase(daysSince)}`;
  return cadenceDays ? `${last}; you aim for ${cadencePhrase(cadenceDays)}.` : `${last}.`;
}

function initiativeText({ me, them, mutual }: Health['initiative']): string {
  const total = me + them + mutual;
  if (total === 0) return '–';
  return `You ${me}, they ${them}${mutual ? `, both ${mutual}` : ''}`;
}

function favorText({ gave, got, balance }: Health['favorBalance']): string {
  if (gave + got === 0) return 'None yet';
  const lean =
    balance > 0 ? `you’re ${balance} ahead` : balance < 0 ? `they’re ${-balance} ahead` : 'even';
  return `Gave ${gave}, got ${got} (${lean})`;
}

/** How the relationship is doing; warnings first and loud. */
export function HealthCard({ personId }: { personId: string }) {
  const health = useHealth(personId);
  const data = health.data;
  return (
    <section className="card health-card" aria-labelledby="health-title">
      <h2 id="health-title">Relationship health</h2>
      <FormError error={health.error} />
      {health.isPending && <p className="hint">Loading…</p>}
      {data && (
        <>
          {data.warnings.length > 0 && (
            <ul className="warnings" aria-label="Warnings">
              {data.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <p className={`recency recency-${data.recency.status}`}>
            <span className={`badge badge-status-${data.recency.status}`}>
              {STATUS[data.recency.status]}
            </span>{' '}
            {recencyText(data.recency)}
          </p>
          <dl className="facts-grid">
            <div>
              <dt>Conversations, 90 days</dt>
              <dd>{data.contacts90d}</dd>
            </div>
            <div>
              <dt>Personal share</dt>
              <dd>
                {data.personalShare === null ? '–' : `${Math.round(data.personalShare * 100)}%`}
              </dd>
            </div>
            <div>
              <dt>Who reaches out</dt>
              <dd>{initiativeText(data.initiative)}</dd>
            </div>
            <div>
              <dt>Favors</dt>
              <dd>{favorText(data.favorBalance)}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
