import { type FormEvent, useState } from 'react';
import { useUpdatePerson } from '../../api/people';
import type { Person, PersonDate } from '../../api/people-types';
import { formatMonthDay } from '../../time';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { SelectField } from '../select-field';

const TYPE_LABELS: Record<PersonDate['type'], string> = {
  birthday: 'Birthday',
  'work-anniversary': 'Work anniversary',
  custom: 'Other date',
};
const TYPE_OPTIONS = Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }));

const asInput = ({ type, label, month, day, year }: PersonDate) => ({
  type,
  label,
  month,
  day,
  year,
});

function describe(date: PersonDate): string {
  const day = formatMonthDay(date.month, date.day);
  return date.year ? `${day} ${date.year}` : day;
}

/** Birthdays, work anniversaries and custom yearly dates; Rapport reminds a few days ahead. */
export function DatesCard({ person }: { person: Person }) {
  const update = useUpdatePerson();
  const [adding, setAdding] = useState(false);
  const [type, setType] = useState<PersonDate['type']>('birthday');
  const [label, setLabel] = useState('');
  const [date, setDate] = useState('');
  const [yearUnknown, setYearUnknown] = useState(false);
  const [error, setError] = useState<string | undefined>();

  function save(dates: ReturnType<typeof asInput>[], after?: () => void) {
    update.mutate({ id: person.id, change: { dates } }, { onSuccess: after });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    setError(match ? undefined : 'Choose a date.');
    if (!match) return;
    const entry = {
      type,
      label: type === 'custom' ? label.trim() || null : null,
      month: Number(match[2]),
      day: Number(match[3]),
      year: yearUnknown ? null : Number(match[1]),
    };
    save([...person.dates.map(asInput), entry], () => {
      setAdding(false);
      setDate('');
      setLabel('');
    });
  }

  return (
    <section className="card" aria-labelledby="dates-title">
      <div className="card-head">
        <h2 id="dates-title">Important dates</h2>
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {adding ? 'Close' : 'Add date'}
        </button>
      </div>
      {person.dates.length === 0 && !adding && (
        <p className="empty">No dates yet. A birthday remembered means a lot.</p>
      )}
      {person.dates.length > 0 && (
        <ul className="fact-list">
          {person.dates.map((entry) => (
            <li key={entry.id}>
              <span className="fact-text">
                <strong>{entry.label || TYPE_LABELS[entry.type]}</strong> · {describe(entry)}
              </span>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${entry.label || TYPE_LABELS[entry.type]}`}
                disabled={update.isPending}
                onClick={() =>
                  save(person.dates.filter((other) => other.id !== entry.id).map(asInput))
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <form onSubmit={add} noValidate className="stack">
          <div className="form-grid">
            <SelectField
              label="Type"
              name="dateType"
              value={type}
              options={TYPE_OPTIONS}
              onChange={(event) => setType(event.target.value as PersonDate['type'])}
            />
            {type === 'custom' && (
              <Field
                label="What"
                name="dateLabel"
                value={label}
                placeholder="e.g. Moved to Lisbon"
                onChange={(event) => setLabel(event.target.value)}
              />
            )}
            <Field
              label="Date"
              name="date"
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              error={error}
            />
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={yearUnknown}
              onChange={(event) => setYearUnknown(event.target.checked)}
            />
            Year unknown
          </label>
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={update.isPending}>
              Add date
            </button>
          </div>
        </form>
      )}
      <FormError error={update.error} />
    </section>
  );
}
