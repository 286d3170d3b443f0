import { type FormEvent, useState } from 'react';
import { type NewItem, useAddItem } from '../../api/items';
import {
  EVENT_KINDS,
  type EventKind,
  FAVOR_KINDS,
  type FavorKind,
  type ItemType,
} from '../../api/people-types';
import { useCurrentUser } from '../../current-user';
import { addDays, dateIn } from '../../zoned-time';
import { ChoiceGroup } from '../choice-group';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { SelectField } from '../select-field';

export const ITEM_LABELS: Record<ItemType, string> = {
  reply: 'Reply owed',
  promise: 'Promise',
  favor: 'Favor',
  event: 'Career event',
};
const ITEM_TYPES = ['reply', 'promise', 'favor', 'event'] as const;
const words = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');
const FAVOR_OPTIONS = FAVOR_KINDS.map((value) => ({ value, label: words(value) }));
const EVENT_OPTIONS = EVENT_KINDS.map((value) => ({ value, label: words(value) }));

/** One form for the four kinds of open item; the fields follow the chosen type. */
export function ItemForm({ personId, onAdded }: { personId: string; onAdded: () => void }) {
  const { timeZone } = useCurrentUser();
  const add = useAddItem();
  const [type, setType] = useState<ItemType>('reply');
  const [text, setText] = useState('');
  const [due, setDue] = useState(() => addDays(dateIn(timeZone), 7));
  const [on, setOn] = useState('');
  const [direction, setDirection] = useState<'gave' | 'got'>('gave');
  const [favorKind, setFavorKind] = useState<FavorKind>('help');
  const [eventKind, setEventKind] = useState<EventKind>('promotion');
  const [error, setError] = useState<string | null>(null);

  const needsText = type === 'reply' || type === 'promise';
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (add.isPending) return;
    const problem =
      needsText && !text.trim()
        ? type === 'reply'
          ? 'Say what you owe a reply to.'
          : 'Say what you promised.'
        : type === 'promise' && !due
          ? 'Choose when it’s due.'
          : null;
    setError(problem);
    if (problem) {
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const optional = (value: string) => value.trim() || undefined;
    const body: NewItem =
      type === 'reply'
        ? { type, personId, text: text.trim() }
        : type === 'promise'
          ? { type, personId, text: text.trim(), due }
          : type === 'favor'
            ? { type, personId, direction, kind: favorKind, text: optional(text), on: optional(on) }
            : { type, personId, kind: eventKind, text: optional(text), on: optional(on) };
    add.mutate(body, {
      onSuccess: () => {
        setText('');
        setOn('');
        onAdded();
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="stack item-form">
      <ChoiceGroup
        legend="Type"
        name="itemType"
        value={type}
        options={ITEM_TYPES}
        labels={ITEM_LABELS}
        onChange={(next) => {
          setType(next);
          setError(null);
        }}
      />
      {type === 'favor' && (
        <div className="form-grid">
          <ChoiceGroup
            legend="Direction"
            name="direction"
            value={direction}
            options={['gave', 'got'] as const}
            labels={{ gave: 'I did it for them', got: 'They did it for me' }}
            onChange={setDirection}
          />
          <SelectField
            label="Favor"
            name="favorKind"
            value={favorKind}
            options={FAVOR_OPTIONS}
            onChange={(event) => setFavorKind(event.target.value as FavorKind)}
          />
        </div>
      )}
      {type === 'event' && (
        <SelectField
          label="Event"
          name="eventKind"
          value={eventKind}
          options={EVENT_OPTIONS}
          onChange={(event) => setEventKind(event.target.value as EventKind)}
        />
      )}
      <Field
        label={
          type === 'reply'
            ? 'What needs a reply'
            : type === 'promise'
              ? 'What you promised'
              : 'Details (optional)'
        }
        name="itemText"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={needsText && error && !text.trim() ? error : undefined}
      />
      {type === 'promise' && (
        <Field
          label="Due"
          name="due"
          type="date"
          value={due}
          onChange={(event) => setDue(event.target.value)}
          error={error && !due ? error : undefined}
        />
      )}
      {(type === 'favor' || type === 'event') && (
        <Field
          label="On (optional)"
          name="on"
          type="date"
          value={on}
          onChange={(event) => setOn(event.target.value)}
        />
      )}
      <FormError error={add.error} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={add.isPending}>
          Add {ITEM_LABELS[type].toLowerCase()}
        </button>
      </div>
    </form>
  );
}
