// What to do with the people selected on the People page: one request for all of them (the
// server changes all or none), then a notice saying how many changed.
import { type FormEvent, useState } from 'react';
import { useBulkPeople } from '../api/people';
import { type BulkChange, KIND_LABELS, PERSON_KINDS, type PersonKind } from '../api/people-types';
import { ConfirmButton } from './confirm-button';
import { FormError } from './form-messages';
import { useNotice } from './notice';

const peopleCount = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

export function PeopleBulkBar({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const bulk = useBulkPeople();
  const notice = useNotice();
  const [kind, setKind] = useState<PersonKind | ''>('');
  const [cadence, setCadence] = useState('');
  const [tag, setTag] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function run(change: Omit<BulkChange, 'ids'>, done: (changed: number) => string) {
    setProblem(null);
    // Not mutate's own onSuccess: that is dropped when the bar unmounts first, as it does once
    // the refreshed list no longer holds the people just deleted. The error shows from `bulk`.
    bulk.mutateAsync({ ids, ...change }).then(
      (result) => {
        notice(done(result.changed));
        setTag('');
        if (change.delete) onDone();
      },
      () => {},
    );
  }

  function setKindSubmit(event: FormEvent) {
    event.preventDefault();
    if (!kind) return setProblem('Choose a kind.');
    run({ set: { kind } }, (n) => `${peopleCount(n)} now ${KIND_LABELS[kind].toLowerCase()}.`);
  }

  function setCadenceSubmit(event: FormEvent) {
    event.preventDefault();
    const text = cadence.trim();
    if (text && !(/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 3650)) {
      return setProblem('A cadence is a whole number of days from 1 to 3650, or empty.');
    }
    const days = text ? Number(text) : null;
    run({ set: { cadenceDays: days } }, (n) =>
      days ? `${peopleCount(n)} now every ${days} days.` : `${peopleCount(n)} back to the default.`,
    );
  }

  function addTagSubmit(event: FormEvent) {
    event.preventDefault();
    const value = tag.trim();
    if (!value) return setProblem('Type a tag to add.');
    run({ addTags: [value] }, (n) => `Tagged ${peopleCount(n)} “${value}”.`);
  }

  const busy = bulk.isPending;
  return (
    <section className="card bulk-bar" aria-label="Change the selected people">
      <p role="status">
        <strong>{peopleCount(ids.length)} selected</strong>{' '}
        <button type="button" className="link-button" onClick={onDone}>
          Clear selection
        </button>
      </p>
      <div className="bulk-actions">
        <form onSubmit={setKindSubmit} className="inline-form">
          <label>
            Kind{' '}
            <select
              name="bulkKind"
              value={kind}
              onChange={(event) => setKind(event.target.value as PersonKind | '')}
            >
              <option value="">Choose…</option>
              {PERSON_KINDS.map((value) => (
                <option key={value} value={value}>
                  {KIND_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" aria-disabled={busy}>
            Set kind
          </button>
        </form>
        <form onSubmit={setCadenceSubmit} className="inline-form">
          <label>
            Cadence (days){' '}
            <input
              name="bulkCadence"
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              placeholder="default"
              value={cadence}
              onChange={(event) => setCadence(event.target.value)}
            />
          </label>
          <button type="submit" aria-disabled={busy}>
            Set cadence
          </button>
        </form>
        <form onSubmit={addTagSubmit} className="inline-form">
          <label>
            Tag{' '}
            <input
              name="bulkTag"
              autoComplete="off"
              value={tag}
              onChange={(event) => setTag(event.target.value)}
            />
          </label>
          <button type="submit" aria-disabled={busy}>
            Add tag
          </button>
        </form>
        <div className="inline-form">
          <button
            type="button"
            aria-disabled={busy}
            onClick={() => run({ set: { paused: true } }, (n) => `Paused ${peopleCount(n)}.`)}
          >
            Pause
          </button>
          <button
            type="button"
            aria-disabled={busy}
            onClick={() => run({ set: { paused: false } }, (n) => `Resumed ${peopleCount(n)}.`)}
          >
            Resume
          </button>
          <ConfirmButton
            label="Delete"
            question={`Delete ${peopleCount(ids.length)} with their history? This cannot be undone.`}
            confirmLabel={`Delete ${peopleCount(ids.length)}`}
            disabled={busy}
            onConfirm={() => run({ delete: true }, (n) => `Deleted ${peopleCount(n)}.`)}
          />
        </div>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <FormError error={bulk.error} />
    </section>
  );
}
