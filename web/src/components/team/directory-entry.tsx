import type { ReactNode } from 'react';
import type { DirectoryEntry } from '../../api/team-types';
import type { Weekday, WorkingHours } from '../../api/types';
import { formatDate, formatMonthDay } from '../../time';
import { daysList, hoursSummary } from '../../weekdays';

/** The shared fields of one member, each only when they chose to share it. */
export function DirectoryDetails({ entry }: { entry: DirectoryEntry }) {
  const rows: [string, ReactNode][] = [];
  if (entry.team) rows.push(['Team', entry.team]);
  if (entry.role) rows.push(['Role', entry.role]);
  if (entry.city) rows.push(['City', entry.city]);
  if (entry.timeZone) rows.push(['Time zone', entry.timeZone]);
  if (entry.workingHours)
    rows.push(['Working hours', hoursSummary(entry.workingHours as WorkingHours)]);
  if (entry.officeDays) rows.push(['In the office', daysList(entry.officeDays as Weekday[])]);
  if (entry.interests?.length)
    rows.push([
      'Interests',
      <ul className="chips" key="interests">
        {entry.interests.map((interest) => (
          <li key={interest} className="chip chip-static">
            {interest}
          </li>
        ))}
      </ul>,
    ]);
  if (entry.askMeAbout) rows.push(['Ask me about', entry.askMeAbout]);
  if (entry.birthday) {
    const [month, day] = entry.birthday.split('-').map(Number);
    rows.push(['Birthday', formatMonthDay(month ?? 1, day ?? 1)]);
  }
  if (entry.workStart) rows.push(['Started', formatDate(entry.workStart)]);
  if (entry.email)
    rows.push([
      'E-mail',
      <a href={`mailto:${entry.email}`} key="email">
        {entry.email}
      </a>,
    ]);
  if (rows.length === 0) return <p className="hint">Shares nothing beyond their name.</p>;
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Lower-cased text to filter the directory by: name, team, role, city, interests. */
export function searchableText(entry: DirectoryEntry): string {
  return [
    entry.name,
    entry.team,
    entry.role,
    entry.city,
    entry.askMeAbout,
    ...(entry.interests ?? []),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}
