import { type FormEvent, useState } from 'react';
import { usePeople } from '../../api/people';
import { useAddRoutine, useDeleteRoutine, useOccurrences, useRoutines } from '../../api/routines';
import { useCurrentUser } from '../../current-user';
import { formatDate } from '../../time';
import { useFieldErrors } from '../../validation';
import { addDays, dateIn } from '../../zoned-time';
import { ConfirmButton } from '../confirm-button';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { PersonPicker, type PickedPerson } from '../person-picker';
import { peopleNames, ruleError } from '../routine-people';

const LOOK_AHEAD_DAYS = 56;

/** Office visits on a recurring schedule, with the people the user means to see there. */
export function VisitsSection() {
  const user = useCurrentUser();
  const notice = useNotice();
  const people = usePeople();
  const routines = useRoutines();
  const today = dateIn(user.timeZone);
  const upcoming = useOccurrences(today, addDays(today, LOOK_AHEAD_DAYS));
  const add = useAddRoutine();
  const remove = useDeleteRoutine();
  const [title, setTitle] = useState('');
  const [rule, setRule] = useState('');
  const [start, setStart] = useState('');
  const [with_, setWith] = useState<PickedPerson[]>([]);
  const { formRef, errors, show, dismiss } = useFieldErrors<'title' | 'rule'>();
  const visits = (routines.data ?? []).filter((routine) => routine.kind === 'visit');
  const next = new Map<string, string>();
  for (const occurrence of upcoming.data ?? []) {
    if (!next.has(occurrence.routineId)) next.set(occurrence.routineId, occurrence.date);
  }
  const badRule = ruleError(add.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const found = {
      ...(title.trim() ? {} : { title: 'Give the visit a title, e.g. “Office: team day”.' }),
      ...(rule.trim() ? {} : { rule: 'Say when, e.g. “every second Tuesday”.' }),
    };
    if (!show(found)) return;
    add.mutate(
      {
        kind: 'visit',
        title: title.trim(),
        rule: rule.trim(),
        personIds: with_.map((person) => person.id),
        ...(start ? { start } : {}),
      },
      {
        onSuccess: (routine) => {
          setTitle('');
          setRule('');
          setStart('');
          setWith([]);
          notice(`Office visit added: ${routine.description}.`);
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="visits-title">
      <h2 id="visits-title">Office visits</h2>
      <p className="intro">
        Go in on a schedule, with the people you mean to see. Visits show on Today and in your
        calendar feed.
      </p>
      <FormError error={routines.error ?? remove.error} />
      {routines.data && visits.length === 0 && <p className="empty">No office visits planned.</p>}
      {visits.length > 0 && (
        <ul className="item-list" aria-label="Office visits">
          {visits.map((visit) => {
            const names = peopleNames(visit.personIds, people.data);
            const date = next.get(visit.id);
            return (
              <li key={visit.id} className="item-row">
                <div>
                  <span className="item-text">{visit.title}</span>
                  <p className="hint">
                    {visit.description}
                    {names && ` · with ${names}`}
                    {date && ` · next ${formatDate(date, { weekday: true })}`}
                  </p>
                </div>
                <ConfirmButton
                  label="Delete"
                  ariaLabel={`Delete visit: ${visit.title}`}
                  question="Delete this visit?"
                  confirmLabel="Delete"
                  onConfirm={() => remove.mutate(visit.id)}
                />
              </li>
            );
          })}
        </ul>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="stack add-routine">
        <h3>Plan a visit</h3>
        <div className="form-grid">
          <Field
            label="Title"
            name="visitTitle"
            autoComplete="off"
            maxLength={200}
            placeholder="e.g. Team day"
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              dismiss('title');
            }}
            error={errors.title}
          />
          <Field
            label="When"
            hint="e.g. every second Tuesday, every Thursday, every 3 weeks on Monday"
            name="visitRule"
            autoComplete="off"
            maxLength={200}
            value={rule}
            onChange={(event) => {
              setRule(event.target.value);
              dismiss('rule');
              add.reset();
            }}
            error={errors.rule ?? badRule}
          />
        </div>
        <PersonPicker
          label="People to see"
          hint="Type a name, pick with Enter."
          value={with_}
          onChange={setWith}
        />
        <Field
          label="First visit (optional)"
          hint="“Every second Tuesday” counts from here; empty: from today."
          name="visitStart"
          type="date"
          value={start}
          onChange={(event) => setStart(event.target.value)}
          className="date-field"
        />
        {!badRule && <FormError error={add.error} />}
        <div className="actions">
          <button type="submit" aria-disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add visit'}
          </button>
        </div>
      </form>
    </section>
  );
}
