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
  // The preferred value first, each with its label.
  const ordered = <T extends { preferred: boolean }>(list: T[]) => [
    ...list.filter((v) => v.preferred),
    ...list.filter((v) => !v.preferred),
  ];
  const labelled = (label: string | null) => (label ? ` (${label})` : '');
  if (person.emails.length)
    rows.push([
      person.emails.length > 1 ? 'E-mails' : 'E-mail',
      <ul key="emails" className="plain-list">
        {ordered(person.emails).map((e) => (
          <li key={e.value}>
            <a href={`mailto:${e.value}`}>{e.value}</a>
            {labelled(e.label)}
          </li>
        ))}
      </ul>,
    ]);
  if (person.phones.length)
    rows.push([
      person.phones.length > 1 ? 'Phones' : 'Phone',
      <ul key="phones" className="plain-list">
        {ordered(person.phones).map((p) => (
          <li key={p.value}>
            <a href={`tel:${p.value}`}>{p.value}</a>
            {labelled(p.label)}
          </li>
        ))}
      </ul>,
    ]);
  for (const [i, a] of ordered(person.addresses).entries()) {
    const text = [a.street, [a.postcode, a.city].filter(Boolean).join(' '), a.region, a.country]
      .filter(Boolean)
      .join(', ');
    rows.push([i === 0 ? 'Address' : `Address ${i + 1}`, `${text}${labelled(a.label)}`]);
  }
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
