import { WEEKDAYS, type Weekday } from '../api/types';
import { DAY_NAMES } from '../weekdays';

/** Checkboxes for the days someone works at the office, in a labelled group. */
export function OfficeDaysField({
  legend = 'Office days',
  hint,
  value,
  onChange,
}: {
  legend?: string;
  hint?: string;
  value: Weekday[];
  onChange: (days: Weekday[]) => void;
}) {
  return (
    <fieldset className="choices office-days">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="day-checks">
        {WEEKDAYS.map((day) => (
          <label key={day} className="check day-check">
            <input
              type="checkbox"
              name={`office-${day}`}
              checked={value.includes(day)}
              onChange={(event) =>
                onChange(
                  WEEKDAYS.filter((d) => (d === day ? event.target.checked : value.includes(d))),
                )
              }
            />
            {DAY_NAMES[day]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
