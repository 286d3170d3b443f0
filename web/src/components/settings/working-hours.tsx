import { type FormEvent, useState } from 'react';
import { useUpdateMe } from '../../api/me';
import { type TimeRange, WEEKDAYS, type Weekday, type WorkingHours } from '../../api/types';
import { useCurrentUser } from '../../current-user';
import { FormError, FormStatus } from '../form-messages';
import { SettingsSection } from './section';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const DEFAULT_RANGE: TimeRange = { start: '09:00', end: '17:00' };

/** One editable range per day; further ranges (set through the API) are kept as they are. */
interface DayDraft {
  enabled: boolean;
  start: string;
  end: string;
  more: TimeRange[];
}

function toDrafts(hours: WorkingHours): Record<Weekday, DayDraft> {
  const drafts = {} as Record<Weekday, DayDraft>;
  for (const day of WEEKDAYS) {
    const [first, ...more] = hours[day] ?? [];
    drafts[day] = { enabled: Boolean(first), ...(first ?? DEFAULT_RANGE), more };
  }
  return drafts;
}

function toHours(drafts: Record<Weekday, DayDraft>): WorkingHours {
  const hours = {} as WorkingHours;
  for (const day of WEEKDAYS) {
    const { enabled, start, end, more } = drafts[day];
    hours[day] = enabled ? [{ start, end }, ...more] : [];
  }
  return hours;
}

function checkDays(drafts: Record<Weekday, DayDraft>): Partial<Record<Weekday, string>> {
  const errors: Partial<Record<Weekday, string>> = {};
  for (const day of WEEKDAYS) {
    const { enabled, start, end } = drafts[day];
    if (!enabled) continue;
    if (!start || !end) errors[day] = `Enter a start and an end time for ${DAY_NAMES[day]}.`;
    else if (end <= start) errors[day] = `${DAY_NAMES[day]} must end after it starts.`;
  }
  return errors;
}

export function WorkingHoursSection() {
  const user = useCurrentUser();
  const update = useUpdateMe();
  const [drafts, setDrafts] = useState(() => toDrafts(user.workingHours));
  const [errors, setErrors] = useState<Partial<Record<Weekday, string>>>({});

  function change(day: Weekday, patch: Partial<DayDraft>) {
    setDrafts((previous) => ({ ...previous, [day]: { ...previous[day], ...patch } }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const found = checkDays(drafts);
    setErrors(found);
    const firstBad = WEEKDAYS.find((day) => found[day]);
    if (firstBad) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${firstBad}-start"]`)?.focus();
      return;
    }
    update.mutate({ workingHours: toHours(drafts) });
  }

  return (
    <SettingsSection
      id="working-hours"
      title="Working hours"
      intro={`Rapport sends nothing outside these hours. Times are in your time zone, ${user.timeZone}.`}
    >
      <form onSubmit={submit} noValidate className="stack">
        <div className="hours">
          {WEEKDAYS.map((day) => {
            const draft = drafts[day];
            const error = errors[day];
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
                <TimeInput
                  day={day}
                  edge="start"
                  label="From"
                  draft={draft}
                  error={error}
                  onChange={(start) => change(day, { start })}
                />
                <TimeInput
                  day={day}
                  edge="end"
                  label="To"
                  draft={draft}
                  error={error}
                  onChange={(end) => change(day, { end })}
                />
                {draft.enabled && draft.more.length > 0 && (
                  <p className="hint hours-more">
                    Also {draft.more.map((range) => `${range.start}–${range.end}`).join(', ')}
                  </p>
                )}
                {error && (
                  <p id={`${day}-hours-error`} className="field-error hours-error" role="alert">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        <FormError error={update.error} />
        <FormStatus message={update.isSuccess && 'Working hours saved.'} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={update.isPending}>
            Save working hours
          </button>
        </div>
      </form>
    </SettingsSection>
  );
}

function TimeInput({
  day,
  edge,
  label,
  draft,
  error,
  onChange,
}: {
  day: Weekday;
  edge: 'start' | 'end';
  label: string;
  draft: DayDraft;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = `${day}-${edge}`;
  return (
    <span className="hours-time">
      <label htmlFor={id}>
        <span className="visually-hidden">{DAY_NAMES[day]} </span>
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="time"
        required={draft.enabled}
        disabled={!draft.enabled}
        value={draft[edge]}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${day}-hours-error` : undefined}
      />
    </span>
  );
}
