import { type KeyboardEvent, useId, useRef, useState } from 'react';

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** Addresses typed or pasted at once, split on commas, semicolons and spaces. */
function addressesIn(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim().replace(/^<|>$/g, ''))
    .filter(Boolean);
}

/**
 * E-mail addresses as chips: type one (or paste several) and press Enter or Add; each chip has
 * a remove button, Backspace in the empty box removes the last one.
 */
export function EmailListField({
  label,
  hint,
  value,
  onChange,
  error,
  name,
}: {
  label: string;
  hint?: string;
  value: string[];
  onChange: (addresses: string[]) => void;
  error?: string | undefined;
  name: string;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? error;

  /** Adds what is typed; true when the box is empty afterwards. */
  function add(): boolean {
    const typed = addressesIn(text);
    if (typed.length === 0) return true;
    const bad = typed.filter((address) => !EMAIL.test(address));
    if (bad.length > 0) {
      setProblem(`“${bad[0]}” isn’t an e-mail address.`);
      inputRef.current?.focus();
      return false;
    }
    const known = new Set(value.map((address) => address.toLowerCase()));
    const added = typed.filter((address) => {
      const fresh = !known.has(address.toLowerCase());
      known.add(address.toLowerCase());
      return fresh;
    });
    onChange([...value, ...added]);
    setText('');
    setProblem(null);
    return true;
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = shown ? `${id}-error` : undefined;
  return (
    <div className="field email-list">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {value.length > 0 && (
        <ul className="chips" aria-label={label}>
          {value.map((address) => (
            <li key={address} className="chip">
              <span className="chip-text">{address}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${address}`}
                onClick={() => {
                  onChange(value.filter((other) => other !== address));
                  inputRef.current?.focus();
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="copy-row">
        <input
          id={id}
          ref={inputRef}
          name={name}
          type="text"
          inputMode="email"
          autoComplete="off"
          spellCheck={false}
          placeholder="name@example.com"
          aria-invalid={shown ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={keyDown}
          // Leaving the box keeps what was typed as a chip rather than dropping it.
          onBlur={() => {
            if (text.trim()) add();
          }}
        />
        <button type="button" onClick={add}>
          Add
        </button>
      </div>
      {shown && (
        <p id={errorId} className="field-error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
