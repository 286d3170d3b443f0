import { type KeyboardEvent, useId, useRef, useState } from 'react';
// The one reading of a fact's "until …" clause, shared with the agenda (a pure domain module).
import { FACT_SYNTAX_HINT, isFactExpired } from '../../../src/domain/people/facts';
import { useCurrentUser } from '../current-user';
import { dateIn } from '../zoned-time';

/** How a fact says when it stops being true; shown under every place facts are typed. */
export const FACT_SYNTAX = FACT_SYNTAX_HINT;

/** A fact as typed, marked "expired" once its "until" day has passed (no longer a starter). */
export function FactText({ fact }: { fact: string }) {
  const { timeZone } = useCurrentUser();
  const expired = isFactExpired(fact, dateIn(timeZone));
  return (
    <span className={`fact-text${expired ? ' fact-expired' : ''}`}>
      {fact}
      {expired && (
        <>
          {' '}
          <span className="badge badge-expired">expired</span>
        </>
      )}
    </span>
  );
}

/**
 * A list of short facts ("Two kids, Mia and Leo", "Runs half-marathons") with an input to add
 * one more (Enter or the button) and a Remove button on each.
 */
export function FactsEditor({
  facts,
  onChange,
  label = 'Facts',
  hint = `Kids, pets, hobbies, “ask me about”… ${FACT_SYNTAX} Only you can see them.`,
}: {
  facts: string[];
  onChange: (facts: string[]) => void;
  label?: string;
  hint?: string;
}) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');

  function add() {
    const fact = draft.trim();
    if (!fact) return;
    if (!facts.includes(fact)) onChange([...facts, fact]);
    setDraft('');
    inputRef.current?.focus();
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      add();
    }
  }

  return (
    <div className="field facts-editor">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {facts.length > 0 && (
        <ul className="fact-list">
          {facts.map((fact, index) => (
            <li key={fact}>
              <FactText fact={fact} />
              <button
                type="button"
                className="link-button"
                aria-label={`Remove fact: ${fact}`}
                onClick={() => {
                  onChange(facts.filter((_, other) => other !== index));
                  inputRef.current?.focus();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="copy-row">
        <input
          id={id}
          ref={inputRef}
          aria-describedby={`${id}-hint`}
          value={draft}
          maxLength={300}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={keyDown}
        />
        <button type="button" onClick={add}>
          Add fact
        </button>
      </div>
    </div>
  );
}
