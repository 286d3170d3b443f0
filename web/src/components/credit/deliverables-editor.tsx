import { useRef } from 'react';
import type { Deliverable } from '../../api/credit-types';
import { Field } from '../field';

export const MAX_DELIVERABLES = 20;

/** Rows of "what I deliver / how it is measured", added and removed one at a time. */
export function DeliverablesEditor({
  rows,
  onChange,
  errors,
}: {
  rows: Deliverable[];
  onChange: (rows: Deliverable[]) => void;
  /** A message per row index. */
  errors: Record<number, string>;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function focusRow(index: number) {
    window.requestAnimationFrame(() =>
      listRef.current
        ?.querySelectorAll<HTMLElement>('input[name="deliverableWhat"]')
        [index]?.focus(),
    );
  }

  function change(index: number, patch: Partial<Deliverable>) {
    onChange(rows.map((row, other) => (other === index ? { ...row, ...patch } : row)));
  }

  return (
    <div className="deliverables">
      {rows.length > 0 && (
        <ol ref={listRef} className="deliverable-list">
          {rows.map((row, index) => (
            // Rows have no identity but their place; inputs keep focus through edits.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <li key={index} className="deliverable-row">
              <Field
                label={`Deliverable ${index + 1}`}
                name="deliverableWhat"
                autoComplete="off"
                maxLength={500}
                placeholder="e.g. Weekly release of the mobile app"
                value={row.what}
                onChange={(event) => change(index, { what: event.target.value })}
                error={errors[index]}
              />
              <Field
                label="How it is measured"
                name="deliverableMeasure"
                autoComplete="off"
                maxLength={500}
                placeholder="e.g. Shipped every Thursday, crash rate under 1%"
                value={row.measure}
                onChange={(event) => change(index, { measure: event.target.value })}
              />
              <button
                type="button"
                className="link-button"
                aria-label={`Remove deliverable ${index + 1}`}
                onClick={() => {
                  onChange(rows.filter((_, other) => other !== index));
                  if (rows.length > 1) focusRow(Math.max(0, index - 1));
                  else addRef.current?.focus();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      {rows.length < MAX_DELIVERABLES && (
        <button
          type="button"
          ref={addRef}
          onClick={() => {
            onChange([...rows, { what: '', measure: '' }]);
            focusRow(rows.length);
          }}
        >
          Add deliverable
        </button>
      )}
    </div>
  );
}
