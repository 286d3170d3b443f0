// Weekday names and working-hours phrases, shared by the schedule editors and views.
import { type TimeRange, WEEKDAYS, type Weekday, type WorkingHours } from './api/types';

export const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const DAY_SHORT: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

/** What the server assumes for someone without hours of their own. */
export function assumedHours(): WorkingHours {
  const day = () => [{ start: '09:00', end: '17:00' }];
  return { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: [], sun: [] };
}

/** The weekday of a calendar date ("2025-03-06" → 'thu'). */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(day + 6) % 7]!;
}

const rangesText = (ranges: TimeRange[]) =>
  ranges.map((range) => `${range.start}–${range.end}`).join(', ');

/** "Mon–Fri 09:00–17:00; Sat 10:00–12:00", runs of equal days joined; "No working hours". */
export function hoursSummary(hours: WorkingHours): string {
  const parts: string[] = [];
  let run: { from: Weekday; to: Weekday; text: string } | null = null;
  for (const day of WEEKDAYS) {
    const text = rangesText(hours[day] ?? []);
    if (run && text === run.text && text) {
      run.to = day;
      continue;
    }
    if (run?.text) parts.push(runText(run));
    run = { from: day, to: day, text };
  }
  if (run?.text) parts.push(runText(run));
  return parts.length ? parts.join('; ') : 'No working hours';
}

function runText(run: { from: Weekday; to: Weekday; text: string }): string {
  const days =
    run.from === run.to ? DAY_SHORT[run.from] : `${DAY_SHORT[run.from]}–${DAY_SHORT[run.to]}`;
  return `${days} ${run.text}`;
}

/** "Tuesday and Thursday", "none". */
export function daysList(days: readonly Weekday[]): string {
  const names = WEEKDAYS.filter((day) => days.includes(day)).map((day) => DAY_NAMES[day]);
  if (names.length === 0) return 'none';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
