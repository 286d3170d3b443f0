import { type CSSProperties, useId, useState } from 'react';
import type { Person } from '../../api/people-types';
import type { Schedule, Trip } from '../../api/place-types';
import { useCurrentUser } from '../../current-user';
import { Link } from '../../router';
import { formatDateRange } from '../../time';
import { zoneCity } from '../../time-zones';
import { useNow } from '../../use-now';
import {
  clockOf,
  type HoursSource,
  hoursOnDay,
  intersectRanges,
  type MinuteRange,
  minutesNow,
  rangesText,
  tripOn,
  weekDates,
} from '../../week-grid';
import { assumedHours, weekdayOf } from '../../weekdays';
import { dateIn } from '../../zoned-time';
import { LocalClock } from './local-clock';

/** Someone with a lane on the grid: the user first, then people. */
interface Subject {
  id: string;
  name: string;
  source: HoursSource;
  officeDays: string[];
  /** No hours of their own: Monday to Friday, 09:00–17:00 is assumed. */
  assumed: boolean;
}

function subjectsOf(schedule: Schedule, people: Person[], trips: Trip[], zone: string) {
  const you: Subject = {
    id: '',
    name: 'You',
    source: { zone, hours: schedule.hours, trips: schedule.trips },
    officeDays: schedule.officeDays,
    assumed: false,
  };
  return [
    you,
    ...people.map((person) => ({
      id: person.id,
      name: person.name,
      source: {
        zone: person.timeZone ?? zone,
        hours: person.workingHours ?? assumedHours(),
        trips: trips.filter((trip) => trip.personId === person.id),
      },
      officeDays: person.officeDays ?? [],
      assumed: !person.workingHours,
    })),
  ];
}

/** The hours shown across: an hour before the earliest start to an hour after the latest end. */
function visibleSpan(all: MinuteRange[]): { from: number; to: number } {
  if (all.length === 0) return { from: 8 * 60, to: 18 * 60 };
  let from = Math.max(0, Math.floor(Math.min(...all.map((r) => r.start)) / 60 - 1) * 60);
  let to = Math.min(1440, Math.ceil(Math.max(...all.map((r) => r.end)) / 60 + 1) * 60);
  while (to - from < 8 * 60) {
    if (from > 0) from -= 60;
    if (to - from < 8 * 60 && to < 1440) to += 60;
  }
  return { from, to };
}

/**
 * The week, Monday to Sunday, in the user's zone: their hours and each person's hours moved
 * into that zone, shaded where both work, office days and trips on their dates.
 */
export function WeekGrid({
  schedule,
  people,
  trips,
}: {
  schedule: Schedule;
  /** Everyone the user chose to see beside them. */
  people: Person[];
  trips: Trip[];
}) {
  const { timeZone: zone } = useCurrentUser();
  const now = useNow();
  const [offset, setOffset] = useState(0);
  const dates = weekDates(zone, offset, now);
  const today = dateIn(zone, now);
  const subjects = subjectsOf(schedule, people, trips, zone);
  const days = dates.map((date) => ({
    date,
    lanes: subjects.map((subject) => ({ subject, ranges: hoursOnDay(subject.source, date, zone) })),
  }));
  const span = visibleSpan(days.flatMap((day) => day.lanes.flatMap((lane) => lane.ranges)));
  const hours = (span.to - span.from) / 60;
  const step = hours > 12 ? 3 : 2;
  const ticks = Array.from(
    { length: Math.floor(hours / step) + 1 },
    (_, i) => span.from + i * step * 60,
  );
  const at = (minutes: number) => `${((minutes - span.from) / (span.to - span.from)) * 100}%`;
  const gridStyle = { '--grid-hours': hours } as CSSProperties;

  return (
    <div className="week-grid-wrap">
      <div className="week-nav">
        <p className="week-range">
          <strong>
            {offset === 0
              ? 'This week'
              : offset === 1
                ? 'Next week'
                : offset === -1
                  ? 'Last week'
                  : 'Week'}
          </strong>{' '}
          <span className="hint">{formatDateRange(dates[0]!, dates[6]!)}</span>
        </p>
        <div className="actions">
          <button type="button" onClick={() => setOffset(offset - 1)}>
            <span aria-hidden="true">←</span> Earlier
          </button>
          <button type="button" disabled={offset === 0} onClick={() => setOffset(0)}>
            This week
          </button>
          <button type="button" onClick={() => setOffset(offset + 1)}>
            Later <span aria-hidden="true">→</span>
          </button>
        </div>
      </div>
      <p className="grid-legend hint">
        <span className="swatch swatch-you" aria-hidden="true" /> You
        <span className="swatch swatch-them" aria-hidden="true" /> Them
        <span className="swatch swatch-both" aria-hidden="true" /> Both working
        <span className="swatch swatch-now" aria-hidden="true" /> Now
      </p>
      <div className="week-grid" style={gridStyle}>
        <div className="grid-axis" aria-hidden="true">
          <span />
          <span className="axis-track">
            {ticks.map((minutes) => (
              <span key={minutes} className="tick" style={{ left: at(minutes) }}>
                {clockOf(minutes)}
              </span>
            ))}
          </span>
        </div>
        {days.map((day) => (
          <Day
            key={day.date}
            date={day.date}
            today={day.date === today}
            lanes={day.lanes}
            subjects={subjects}
            at={at}
            nowMinutes={day.date === today ? minutesNow(zone, now) : null}
            span={span}
          />
        ))}
      </div>
    </div>
  );
}

function Day({
  date,
  today,
  lanes,
  subjects,
  at,
  nowMinutes,
  span,
}: {
  date: string;
  today: boolean;
  lanes: { subject: Subject; ranges: MinuteRange[] }[];
  subjects: Subject[];
  at: (minutes: number) => string;
  nowMinutes: number | null;
  span: { from: number; to: number };
}) {
  const id = useId();
  const weekday = weekdayOf(date);
  const [you] = lanes;
  const mine = you?.ranges ?? [];
  const yourTrip = tripOn(subjects[0]?.source.trips ?? [], date);
  const theirTrips = subjects
    .slice(1)
    .map((subject) => ({ subject, trip: tripOn(subject.source.trips, date) }))
    .filter((entry) => entry.trip);
  const anyone = lanes.some((lane) => lane.ranges.length > 0);
  const showNow = nowMinutes !== null && nowMinutes >= span.from && nowMinutes <= span.to;
  return (
    <section className={today ? 'grid-day grid-today' : 'grid-day'} aria-labelledby={id}>
      <h3 id={id} className="grid-day-head">
        <span>
          {new Intl.DateTimeFormat(undefined, {
            weekday: 'long',
            day: 'numeric',
            month: 'short',
            timeZone: 'UTC',
          }).format(new Date(`${date}T00:00:00Z`))}
        </span>
        {today && <span className="badge badge-today"> Today</span>}
        {subjects[0]?.officeDays.includes(weekday) && (
          <span className="badge badge-office"> Your office day</span>
        )}
        {yourTrip && <span className="badge badge-trip"> You in {yourTrip.city}</span>}
        {theirTrips.map(({ subject, trip }) => (
          <span key={subject.id} className="badge badge-trip">
            {' '}
            {subject.name} in {trip?.city}
          </span>
        ))}
      </h3>
      {!anyone ? (
        <p className="hint grid-empty">Nobody works.</p>
      ) : (
        <ul className="lanes">
          {lanes.map(({ subject, ranges }) => {
            const both = subject.id ? intersectRanges(mine, ranges) : [];
            return (
              <li key={subject.id || 'you'} className={subject.id ? 'lane' : 'lane lane-you'}>
                <div className="lane-label">
                  <span className="lane-name">
                    {subject.id ? (
                      <Link to={`/people/${encodeURIComponent(subject.id)}`}>{subject.name}</Link>
                    ) : (
                      subject.name
                    )}
                    {subject.id && subject.officeDays.includes(weekday) && (
                      <span className="badge badge-office">Office</span>
                    )}
                  </span>
                  <span className="lane-hours">{ranges.length ? rangesText(ranges) : 'Off'}</span>
                  {both.length > 0 && <span className="lane-both">Both: {rangesText(both)}</span>}
                  {both.length === 0 && subject.id && ranges.length > 0 && mine.length > 0 && (
                    <span className="lane-none">No shared hours</span>
                  )}
                </div>
                <div className="lane-track" aria-hidden="true">
                  {ranges.map((range) => (
                    <span
                      key={range.start}
                      className={subject.id ? 'bar bar-them' : 'bar bar-you'}
                      style={{
                        left: at(range.start),
                        width: `calc(${at(range.end)} - ${at(range.start)})`,
                      }}
                    />
                  ))}
                  {both.map((range) => (
                    <span
                      key={`both-${range.start}`}
                      className="bar bar-both"
                      style={{
                        left: at(range.start),
                        width: `calc(${at(range.end)} - ${at(range.start)})`,
                      }}
                    />
                  ))}
                  {showNow && <span className="now-line" style={{ left: at(nowMinutes!) }} />}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Each person on the grid: their zone and their wall clock now. */
export function ZoneList({ people }: { people: Person[] }) {
  const { timeZone } = useCurrentUser();
  if (people.length === 0) return null;
  return (
    <ul className="zone-list" aria-label="Their time now">
      {people.map((person) => {
        const zone = person.timeZone ?? timeZone;
        return (
          <li key={person.id}>
            <span className="zone-name">{person.name}</span>{' '}
            <span className="hint">
              {zoneCity(zone)} · <LocalClock zone={zone} userZone={timeZone} />
              {!person.workingHours && ' · hours assumed'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
