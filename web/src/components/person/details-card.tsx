import type { ReactNode } from 'react';
import type { Person } from '../../api/people-types';
import { cadencePhrase } from '../../time';

/** Contact details and settings, only the ones that are filled in. */
export function DetailsCard({ person }: { person: Person }) {
  const rows: [string, ReactNode][] = [];
  rows.push([
    'Cadence',
    person.cadenceDays
      ? `${cadencePhrase(person.cadenceDays)}${person.cadenceOverride ? '' : ' (default)'}`
      : 'No reminders',
  ]);
  if (person.email)
    rows.push([
      'E-mail',
      <a key="email" href={`mailto:${person.email}`}>
        {person.email}
      </a>,
    ]);
  if (person.phone)
    rows.push([
      'Phone',
      <a key="phone" href={`tel:${person.phone}`}>
        {person.phone}
      </a>,
    ]);
  const place = [person.city, person.country].filter(Boolean).join(', ');
  if (place) rows.push(['Lives in', place]);
  if (person.office) rows.push(['Office', person.office]);
  if (person.tags.length) rows.push(['Tags', person.tags.join(', ')]);
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {person.notes && <p className="note">{person.notes}</p>}
    </section>
  );
}
