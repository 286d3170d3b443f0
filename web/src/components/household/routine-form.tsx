import { type FormEvent, useState } from 'react';
import type { Person } from '../../api/people-types';
import type { Assignee, RoutineKind } from '../../api/place-types';
import { useAddRoutine } from '../../api/routines';
import { useFieldErrors } from '../../validation';
import { ChoiceGroup } from '../choice-group';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { PersonPicker, type PickedPerson } from '../person-picker';
import { ruleError } from '../routine-people';

export type HomeKind = Exclude<RoutineKind, 'visit'>;
export const HOME_KINDS = ['routine', 'agreement', 'date'] as const;
export const HOME_KIND_LABELS: Record<HomeKind, string> = {
  routine: 'Routine',
  agreement: 'Agreement',
  date: 'Date night',
};
const ASSIGNEES = ['me', 'them', 'both'] as const;
export const ASSIGNEE_LABELS: Record<Assignee, string> = {
  me: 'Me',
  them: 'Them',
  both: 'Both of us',
};
const PLACEHOLDERS: Record<HomeKind, string> = {
  routine: 'e.g. Walk Biscuit',
  agreement: 'e.g. Cook dinner',
  date: 'e.g. Dinner out, just us',
};

/** The people at home: family, partner, pets. */
export const isHousehold = (person: Person) => ['family', 'partner', 'pet'].includes(person.kind);

/** A household routine, agreement or date night: who, when (in words), and whose turn. */
export function RoutineForm() {
  const notice = useNotice();
  const add = useAddRoutine();
  const [kind, setKind] = useState<HomeKind>('routine');
  const [title, setTitle] = useState('');
  const [rule, setRule] = useState('');
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [assignee, setAssignee] = useState<Assignee>('me');
  const { formRef, errors, show, dismiss } = useFieldErrors<'title' | 'rule'>();
  const badRule = ruleError(add.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const found = {
      ...(title.trim() ? {} : { title: 'Give it a title.' }),
      ...(rule.trim() ? {} : { rule: 'Say when, e.g. “weekdays at 12:30”.' }),
    };
    if (!show(found)) return;
    add.mutate(
      {
        kind,
        title: title.trim(),
        rule: rule.trim(),
        personIds: people.map((person) => person.id),
        assignee,
      },
      {
        onSuccess: (routine) => {
          setTitle('');
          setRule('');
          setPeople([]);
          notice(`Added “${routine.title}”: ${routine.description}.`);
        },
      },
    );
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack">
      <ChoiceGroup
        legend="What"
        name="homeKind"
        value={kind}
        options={HOME_KINDS}
        labels={HOME_KIND_LABELS}
        onChange={(next) => {
          setKind(next);
          if (next === 'date') setAssignee('both');
        }}
      />
      <div className="form-grid">
        <Field
          label="Title"
          name="homeTitle"
          autoComplete="off"
          maxLength={200}
          placeholder={PLACEHOLDERS[kind]}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            dismiss('title');
          }}
          error={errors.title}
        />
        <Field
          label="When"
          hint="In words: “weekdays at 12:30”, “every other friday at 19:00”."
          name="homeRule"
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
        label="With"
        hint="Family, your partner, pets. Type a name, pick with Enter."
        only={isHousehold}
        value={people}
        onChange={setPeople}
      />
      <ChoiceGroup
        legend="Whose turn"
        name="homeAssignee"
        value={assignee}
        options={ASSIGNEES}
        labels={ASSIGNEE_LABELS}
        onChange={setAssignee}
      />
      {!badRule && <FormError error={add.error} />}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={add.isPending}>
          {add.isPending ? 'Adding…' : `Add ${HOME_KIND_LABELS[kind].toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
