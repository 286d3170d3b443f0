import { useState } from 'react';
import { useDeleteItem, useMarkDone } from '../../api/items';
import type { PersonItem } from '../../api/people-types';
import { useCurrentUser } from '../../current-user';
import { agoPhrase, formatDate, formatDateTime } from '../../time';
import { daysSince } from '../../zoned-time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';
import { ITEM_LABELS, ItemForm } from './item-form';

const words = (value: string | null) => (value ? value.replace(/-/g, ' ') : '');

function describe(item: PersonItem, zone: string): string {
  switch (item.type) {
    case 'reply':
      return item.date ? `Waiting since ${agoPhrase(daysSince(item.date, zone))}` : '';
    case 'promise':
      return item.date ? `Due ${formatDate(item.date, { weekday: true })}` : '';
    case 'favor':
      return [
        item.direction === 'got'
          ? `They gave: ${words(item.kind)}`
          : `You gave: ${words(item.kind)}`,
        item.date && formatDate(item.date),
      ]
        .filter(Boolean)
        .join(' · ');
    case 'event':
      return [words(item.kind), item.date && formatDate(item.date)].filter(Boolean).join(' · ');
  }
}

/** Replies owed, promises, favors and career events; mark done, remove, add. */
export function OpenItems({ personId, items }: { personId: string; items: PersonItem[] }) {
  const { timeZone } = useCurrentUser();
  const done = useMarkDone();
  const remove = useDeleteItem();
  const [adding, setAdding] = useState(false);
  const open = items.filter((item) => !item.doneAt);
  const closed = items.filter((item) => item.doneAt);

  const row = (item: PersonItem) => (
    <li key={item.id} className="item-row">
      <div>
        <span className={`badge badge-${item.type}`}>{ITEM_LABELS[item.type]}</span>{' '}
        <span className="item-text">{item.text || words(item.kind)}</span>
        <p className="hint">
          {item.doneAt ? `Done ${formatDateTime(item.doneAt, timeZone)}` : describe(item, timeZone)}
        </p>
      </div>
      <div className="row-actions-inline">
        {!item.doneAt && (
          <button
            type="button"
            aria-label={`Done: ${item.text || ITEM_LABELS[item.type]}`}
            disabled={done.isPending}
            onClick={() =>
              done.mutate({ id: item.id, label: `Done: ${item.text || ITEM_LABELS[item.type]}` })
            }
          >
            Done
          </button>
        )}
        <ConfirmButton
          label="Remove"
          ariaLabel={`Remove ${ITEM_LABELS[item.type].toLowerCase()}: ${item.text || words(item.kind)}`}
          question="Remove it?"
          confirmLabel="Remove"
          onConfirm={() => remove.mutate(item.id)}
        />
      </div>
    </li>
  );

  return (
    <section className="card" aria-labelledby="items-title">
      <div className="card-head">
        <h2 id="items-title">Open items</h2>
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {adding ? 'Close' : 'Add item'}
        </button>
      </div>
      {adding && <ItemForm personId={personId} onAdded={() => setAdding(false)} />}
      <FormError error={done.error ?? remove.error} />
      {open.length === 0 ? (
        <p className="empty">
          No replies owed, promises, favors or career news. Add one when it comes up.
        </p>
      ) : (
        <ul className="item-list">{open.map(row)}</ul>
      )}
      {closed.length > 0 && (
        <details className="done-items">
          <summary>Done ({closed.length})</summary>
          <ul className="item-list">{closed.map(row)}</ul>
        </details>
      )}
    </section>
  );
}
