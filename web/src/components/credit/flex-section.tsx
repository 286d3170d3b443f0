import { type FormEvent, useState } from 'react';
import { useAddFlex, useDeleteFlex, useFlex } from '../../api/accomplishments';
import type { Period } from '../../api/credit-types';
import { usePeople } from '../../api/people';
import { useCurrentUser } from '../../current-user';
import { formatDate } from '../../time';
import { useFieldErrors } from '../../validation';
import { dateIn } from '../../zoned-time';
import { ConfirmButton } from '../confirm-button';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { SelectField } from '../select-field';

/** Times the user changed their plans for the team, in the period shown above; add and delete. */
export function FlexSection({ period }: { period: Period | undefined }) {
  const user = useCurrentUser();
  const notice = useNotice();
  const people = usePeople();
  const entries = useFlex(period?.start ?? '', period?.end ?? '', Boolean(period));
  const add = useAddFlex();
  const remove = useDeleteFlex();
  const [text, setText] = useState('');
  const [date, setDate] = useState(() => dateIn(user.timeZone));
  const [personId, setPersonId] = useState('');
  const { formRef, errors, show, dismiss } = useFieldErrors<'text' | 'date'>();

  const options = [
    { value: '', label: 'The whole team' },
    ...[...(people.data ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ value: person.id, label: person.name })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const found = {
      ...(text.trim() ? {} : { text: 'Say how you changed your plans.' }),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? {} : { date: 'Enter a date.' }),
    };
    if (!show(found)) return;
    add.mutate(
      { text: text.trim(), date, ...(personId ? { personId } : {}) },
      {
        onSuccess: (entry) => {
          setText('');
          setPersonId('');
          setDate(dateIn(user.timeZone));
          const outside = period && (entry.date < period.start || entry.date > period.end);
          notice(
            outside
              ? `Logged for ${formatDate(entry.date)}, outside the period shown.`
              : 'Flexibility logged.',
          );
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="flex-title">
      <h2 id="flex-title">Flexibility</h2>
      <p className="intro">
        Came in on a home day, took an early call, covered for someone? Note it: it shows in your
        updates and your proposal.
      </p>
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <Field
          label="What you changed for the team"
          name="flexText"
          autoComplete="off"
          maxLength={1000}
          placeholder="e.g. Came in on Friday for the launch review"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            dismiss('text');
          }}
          error={errors.text}
        />
        <div className="form-grid">
          <Field
            label="When"
            name="flexDate"
            type="date"
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
              dismiss('date');
            }}
            error={errors.date}
          />
          <SelectField
            label="For whom"
            name="flexFor"
            value={personId}
            options={options}
            onChange={(event) => setPersonId(event.target.value)}
          />
        </div>
        <FormError error={add.error} />
        <div className="actions">
          <button type="submit" aria-disabled={add.isPending}>
            {add.isPending ? 'Saving…' : 'Log flexibility'}
          </button>
        </div>
      </form>
      <FormError error={entries.error ?? remove.error} />
      {entries.data && entries.data.length === 0 && (
        <p className="empty">Nothing noted in this period.</p>
      )}
      {entries.data && entries.data.length > 0 && (
        <ul className="item-list flex-list" aria-label={`Flexibility, ${period?.label ?? ''}`}>
          {entries.data.map((entry) => (
            <li key={entry.id} className="item-row">
              <div>
                <span className="item-text">{entry.text}</span>
                <p className="hint">
                  <time dateTime={entry.date}>{formatDate(entry.date, { weekday: true })}</time>
                  {entry.forPerson && <> · for {entry.forPerson.name}</>}
                </p>
              </div>
              <ConfirmButton
                label="Delete"
                ariaLabel={`Delete: ${entry.text}`}
                question="Delete it?"
                confirmLabel="Delete"
                onConfirm={() => remove.mutate(entry.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
