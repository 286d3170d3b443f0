import { useId } from 'react';
import { type TimeRange, WEEKDAYS, type Weekday, type WorkingHours } from '../api/types';
import { DAY_NAMES } from '../weekdays';

const DEFAULT_RANGE: TimeRange = { start: '09:00', end: '17:00' };

/** One editable range per day; further ranges (set through the API) are kept as they are. */
export interface DayDraft {
  enabled: boolean;
  start: string;
  end: string;
  more: TimeRange[];
}

export type HoursDrafts = Record<Weekday, DayDraft>;
export type HoursErrors = Partial<Record<Weekday, string>>;

export function toDrafts(hours: WorkingHours): HoursDrafts {
  const drafts = {} as HoursDrafts;
  for (const day of WEEKDAYS) {
    const [first, ...more] = hours[day] ?? [];
    drafts[day] = { enabled: Boolean(first), ...(first ?? DEFAULT_RANGE), more };
  }
  return drafts;
}

export function toHours(drafts: HoursDrafts): WorkingHours {
  const hours = {} as WorkingHours;
  for (const day of WEEKDAYS) {
    const { enabled, start, end, more } = drafts[day];
    hours[day] = enabled ? [{ start, end }, ...more] : [];
  }
  return hours;
}

export function checkDays(drafts: HoursDrafts): HoursErrors {
  const errors: HoursErrors = {};
  for (const day of WEEKDAYS) {
    const { enabled, start, end } = drafts[day];
    if (!enabled) continue;
    if (!start || !end) errors[day] = `Enter a start and an end time for ${DAY_NAMES[day]}.`;
    else if (end <= start) errors[day] = `${DAY_NAMES[day]} must end after it starts.`;
  }
  return errors;
}

/** Moves focus to the first day with an error; true when there was one. */
export function focusFirstBadDay(form: HTMLFormElement, errors: HoursErrors): boolean {
  const firstBad = WEEKDAYS.find((day) => errors[day]);
  if (!firstBad) return false;
  form.querySelector<HTMLElement>(`[name="${firstBad}-start"]`)?.focus();
  return true;
}

/**
 * A row per weekday: a checkbox for "works that day" and From/To times. Controlled: the caller
 * keeps the drafts and the errors, and turns them into hours with `toHours`.
 */
export function HoursEditor({
  drafts,
  errors,
  onChange,
}: {
  drafts: HoursDrafts;
  errors: HoursErrors;
  onChange: (drafts: HoursDrafts) => void;
}) {
  const prefix = useId();
  function change(day: Weekday, patch: Partial<DayDraft>) {
    onChange({ ...drafts, [day]: { ...drafts[day], ...patch } });
  }
  return (
    <div className="hours">
      {WEEKDAYS.map((day) => {
        const draft = drafts[day];
        const error = errors[day];
        const errorId = `${prefix}-${day}-hours-error`;
        return (
          <div key={day} className="hours-row">
            <label className="check">
              <input
                type="checkbox"
                name={`${day}-enabled`}
                checked={draft.enabled}
                onChange={(event) => change(day, { enabled: event.target.checked })}
              />
              {DAY_NAMES[day]}
            </label>
            {(['start', 'end'] as const).map((edge) => (
              <span key={edge} className="hours-time">
                <label htmlFor={`${prefix}-${day}-${edge}`}>
                  <span className="visually-hidden">{DAY_NAMES[day]} </span>
                  {edge === 'start' ? 'From' : 'To'}
                </label>
                <input
                  id={`${prefix}-${day}-${edge}`}
                  name={`${day}-${edge}`}
                  type="time"
                  required={draft.enabled}
                  disabled={!draft.enabled}
                  value={draft[edge]}
                  onChange={(event) => change(day, { [edge]: event.target.value })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                />
              </span>
            ))}
            {draft.enabled && draft.more.length > 0 && (
              <p className="hint hours-more">
                Also {draft.more.map((range) => `${range.start}–${range.end}`).join(', ')}
              </p>
            )}
            {error && (
              <p id={errorId} className="field-error hours-error" role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
