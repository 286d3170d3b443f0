import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { usePeople } from '../api/people';
import type { Person } from '../api/people-types';

export interface PickedPerson {
  id: string;
  name: string;
}

const MAX_SUGGESTIONS = 8;

/**
 * Type-ahead over the user's people; several may be picked. A combobox: ↑/↓ move through the
 * suggestions, Enter picks, Escape closes the list, Backspace in an empty box removes the last.
 */
export function PersonPicker({
  label,
  value,
  onChange,
  error,
  autoFocus,
  only,
  hint = 'Type a name, pick with Enter. Add as many as took part.',
}: {
  label: string;
  /** Offers only the people this accepts, e.g. the household. */
  only?: (person: Person) => boolean;
  hint?: string;
  value: PickedPerson[];
  onChange: (people: PickedPerson[]) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}) {
  const id = useId();
  const people = usePeople();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const suggestions = useMemo(() => {
    const chosen = new Set(value.map((person) => person.id));
    const needle = text.trim().toLocaleLowerCase();
    const all = (people.data ?? []).filter(
      (person) => !chosen.has(person.id) && (!only || only(person)),
    );
    const starts = all.filter((person) => person.name.toLocaleLowerCase().startsWith(needle));
    const contains = all.filter(
      (person) =>
        !person.name.toLocaleLowerCase().startsWith(needle) &&
        person.name.toLocaleLowerCase().includes(needle),
    );
    return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
  }, [people.data, text, value, only]);

  const expanded = open && text.trim() !== '' && suggestions.length > 0;
  const activeIndex = Math.min(active, suggestions.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  function pick(person: PickedPerson) {
    onChange([...value, { id: person.id, name: person.name }]);
    setText('');
    setActive(0);
    inputRef.current?.focus();
  }

  function remove(person: PickedPerson) {
    onChange(value.filter((other) => other.id !== person.id));
    inputRef.current?.focus();
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + suggestions.length) % Math.max(1, suggestions.length));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      const person = expanded ? suggestions[activeIndex] : undefined;
      // Enter in the box picks; it never submits the form half-filled.
      event.preventDefault();
      if (person) pick(person);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const emptyNote =
    people.data && people.data.length === 0
      ? 'Add someone on the People page first.'
      : text.trim() && suggestions.length === 0 && people.data
        ? `Nobody called “${text.trim()}”.`
        : null;

  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      {value.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {value.map((person) => (
            <li key={person.id} className="chip">
              {person.name}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${person.name}`}
                onClick={() => remove(person)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker-box">
        <input
          id={id}
          ref={inputRef}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded ? optionId(activeIndex) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          autoComplete="off"
          spellCheck={false}
          data-autofocus={autoFocus ? true : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={keyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <div
          id={`${id}-list`}
          role="listbox"
          aria-label={label}
          className="picker-list"
          hidden={!expanded}
        >
          {expanded &&
            suggestions.map((person, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys.
              <div
                key={person.id}
                id={optionId(index)}
                role="option"
                tabIndex={-1}
                aria-selected={index === activeIndex}
                className="picker-option"
                // Keep focus in the input while the mouse picks.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(person)}
              >
                {person.name}
                {person.team && <span className="hint"> · {person.team}</span>}
              </div>
            ))}
        </div>
      </div>
      {emptyNote && <p className="hint">{emptyNote}</p>}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
