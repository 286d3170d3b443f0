import { useCelebrations } from '../../api/team-space';
import type { Celebration } from '../../api/team-types';
import { formatDay } from '../../time';
import { FormError } from '../form-messages';

function what(c: Celebration): string {
  if (c.kind === 'birthday') return 'birthday';
  return c.years === 1 ? '1 year here' : `${c.years} years here`;
}

/** Shared birthdays and work anniversaries of the next two weeks, on each one's own date. */
export function CelebrationsCard({ workspaceId }: { workspaceId: string }) {
  const celebrations = useCelebrations(workspaceId);
  return (
    <section className="card" aria-labelledby="celebrations-title">
      <h2 id="celebrations-title">Celebrations</h2>
      <FormError error={celebrations.error} />
      {celebrations.isPending && <p className="hint">Loading…</p>}
      {celebrations.data?.length === 0 && (
        <p className="empty">No shared birthdays or work anniversaries in the next two weeks.</p>
      )}
      {celebrations.data && celebrations.data.length > 0 && (
        <ul className="celebration-list">
          {celebrations.data.map((c) => (
            <li key={`${c.member.id}-${c.kind}`}>
              <strong>{c.member.name}</strong> · {what(c)} ·{' '}
              {c.today ? <span className="badge badge-date">Today</span> : formatDay(c.date)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
