import { useId } from 'react';
import { formatMonthDay } from '../../time';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number) => String(n).padStart(2, '0');

/** A day and month ("MM-DD", or '' for none): the directory never holds a birth year. */
export function BirthdayPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [month, day] = value ? value.split('-').map(Number) : [0, 0];
  const maxDay = month ? (DAYS_IN[month - 1] ?? 31) : 31;
  const change = (m: number, d: number) =>
    onChange(m && d ? `${pad(m)}-${pad(Math.min(d, DAYS_IN[m - 1] ?? 31))}` : '');
  return (
    <fieldset className="choices birthday-picker">
      <legend>Birthday (day and month only)</legend>
      <div className="inline-form">
        <label htmlFor={`${id}-day`}>Day</label>
        <select
          id={`${id}-day`}
          name="birthdayDay"
          value={day || ''}
          onChange={(event) => change(month || 1, Number(event.target.value))}
        >
          <option value="">—</option>
          {Array.from({ length: maxDay }, (_, i) => i + 1).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-month`}>Month</label>
        <select
          id={`${id}-month`}
          name="birthdayMonth"
          value={month || ''}
          onChange={(event) => change(Number(event.target.value), day || 1)}
        >
          <option value="">—</option>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {formatMonthDay(m, 1).replace(/\d+/, '').trim()}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
