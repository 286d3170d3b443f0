import { useState } from 'react';
import type { Person } from '../../api/people-types';
import type { ReachWindow } from '../../api/place-types';
import { useReachWindow } from '../../api/schedule';
import { useCurrentUser } from '../../current-user';
import { formatDay } from '../../time';
import { assumedHours, daysList, hoursSummary } from '../../weekdays';
import { addDays, dateIn } from '../../zoned-time';
import { Dialog } from '../dialog';
import { FormError } from '../form-messages';
import { PersonScheduleForm } from './person-schedule-form';

/** "Today 15:00–17:00 your time (09:00–11:00 theirs)", or "Now until 17:00 …". */
export function windowText(window: ReachWindow, userZone: string, sameZone: boolean): string {
  const today = dateIn(userZone);
  const { userLocal: mine, personLocal: theirs } = window;
  const open = Date.parse(window.start) <= Date.now();
  const day =
    mine.date === today
      ? 'Today'
      : mine.date === addDays(today, 1)
        ? 'Tomorrow'
        : formatDay(mine.date);
  const when = open ? `Now until ${mine.end}` : `${day} ${mine.start}–${mine.end}`;
  if (sameZone) return when;
  const theirDay = theirs.date !== mine.date ? ` ${formatDay(theirs.date)}` : '';
  return `${when} your time (${theirs.start}–${theirs.end}${theirDay} theirs)`;
}

/** Their zone, hours and office days, and the next time you are both at work. */
export function ScheduleCard({ person }: { person: Person }) {
  const { timeZone } = useCurrentUser();
  const window = useReachWindow(person.id);
  const [editing, setEditing] = useState(false);
  const zone = person.timeZone ?? timeZone;
  const sameZone = zone === timeZone;
  return (
    <section className="card" aria-labelledby="person-schedule-title">
      <div className="card-head">
        <h2 id="person-schedule-title">Schedule</h2>
        <button type="button" onClick={() => setEditing(true)}>
          Change schedule
        </button>
      </div>
      <dl className="details">
        <div>
          <dt>Time zone</dt>
          <dd>{person.timeZone ?? <span className="hint">Not set; yours is assumed</span>}</dd>
        </div>
        <div>
          <dt>Hours</dt>
          <dd>
            {hoursSummary(person.workingHours ?? assumedHours())}
            {!person.workingHours && <span className="hint"> (assumed)</span>}
          </dd>
        </div>
        <div>
          <dt>Office days</dt>
          <dd>{daysList(person.officeDays ?? [])}</dd>
        </div>
      </dl>
      <p className="best-time">
        <strong>Best time to reach:</strong>{' '}
        {window.isPending
          ? '…'
          : window.data
            ? windowText(window.data, timeZone, sameZone)
            : window.data === null
              ? 'no time when you are both at work in the next 7 days.'
              : ''}
      </p>
      <FormError error={window.error} />
      {editing && (
        <Dialog title={`Schedule: ${person.name}`} onClose={() => setEditing(false)}>
          <PersonScheduleForm person={person} onDone={() => setEditing(false)} />
        </Dialog>
      )}
    </section>
  );
}
