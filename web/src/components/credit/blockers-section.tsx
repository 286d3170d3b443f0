import { type FormEvent, useState } from 'react';
import { useAddBlocker, useClearBlocker, useOpenBlockers } from '../../api/blockers';
import { usePeople } from '../../api/people';
import { formatDate } from '../../time';
import { useFieldErrors } from '../../validation';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { SelectField } from '../select-field';

/** What is in the user's way, or what they need from someone: in every update until cleared. */
export function BlockersSection() {
  const notice = useNotice();
  const people = usePeople();
  const open = useOpenBlockers();
  const add = useAddBlocker();
  const clear = useClearBlocker();
  const [text, setText] = useState('');
  const [personId, setPersonId] = useState('');
  const { formRef, errors, show, dismiss } = useFieldErrors<'text'>();

  const options = [
    { value: '', label: 'Nobody in particular' },
    ...[...(people.data ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => ({ value: person.id, label: person.name })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    if (!show(text.trim() ? {} : { text: 'Say what is in your way or what you need.' })) return;
    add.mutate(
      { text: text.trim(), ...(personId ? { personId } : {}) },
      {
        onSuccess: () => {
          setText('');
          setPersonId('');
          notice('Noted: it shows under “Blockers / needs” until you clear it.');
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="blockers-title">
      <h2 id="blockers-title">Blockers and needs</h2>
      <p className="intro">
        Waiting on access, a decision, a review? Note it: your updates list it until it is cleared.
      </p>
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <div className="form-grid">
          <Field
            label="What is in your way"
            name="blockerText"
            autoComplete="off"
            maxLength={1000}
            placeholder="e.g. Prod database access"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              dismiss('text');
            }}
            error={errors.text}
          />
          <SelectField
            label="Waiting on"
            name="blockerPerson"
            value={personId}
            options={options}
            onChange={(event) => setPersonId(event.target.value)}
          />
        </div>
        <FormError error={add.error} />
        <div className="actions">
          <button type="submit" aria-disabled={add.isPending}>
            {add.isPending ? 'Saving…' : 'Note blocker'}
          </button>
        </div>
      </form>
      <FormError error={open.error ?? clear.error} />
      {open.data && open.data.length === 0 && <p className="empty">Nothing in your way.</p>}
      {open.data && open.data.length > 0 && (
        <ul className="item-list" aria-label="Open blockers">
          {open.data.map((blocker) => (
            <li key={blocker.id} className="item-row">
              <div>
                <span className="item-text">{blocker.text}</span>
                <p className="hint">
                  since <time dateTime={blocker.since}>{formatDate(blocker.since)}</time>
                  {blocker.person && <> · waiting on {blocker.person.name}</>}
                </p>
              </div>
              <button
                type="button"
                aria-label={`Cleared: ${blocker.text}`}
                aria-disabled={clear.isPending}
                onClick={() => !clear.isPending && clear.mutate(blocker.id)}
              >
                Cleared
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
