// "Merge into…": two records of one person (added twice, or once by hand and once by an import)
// become one. The person shown moves into the one picked: conversations, items, facts and dates
// go along, and the person shown is removed. Uses `POST /api/people/merge`.
import { type FormEvent, useState } from 'react';
import { useMergePeople } from '../../api/people';
import type { Person } from '../../api/people-types';
import { navigate } from '../../router';
import { Dialog } from '../dialog';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { PersonPicker, type PickedPerson } from '../person-picker';

export function MergeDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const merge = useMergePeople();
  const notice = useNotice();
  const [into, setInto] = useState<PickedPerson[]>([]);
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const target = into[0];
    if (!target) return setError('Choose the person to keep.');
    merge.mutate(
      { from: person.id, into: target.id },
      {
        onSuccess: (kept) => {
          notice(`Merged ${person.name} into ${kept.name}.`);
          onClose();
          navigate(`/people/${encodeURIComponent(kept.id)}`);
        },
      },
    );
  }

  return (
    <Dialog title={`Merge ${person.name} into…`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <p>
          {person.name}’s conversations, open items, facts and dates move to the person you pick,
          and this record of {person.name} is removed.
        </p>
        <PersonPicker
          label="Keep"
          hint="Type a name, pick with Enter: the person to keep."
          value={into}
          only={(other) => other.id !== person.id}
          onChange={(picked) => {
            setError(undefined);
            setInto(picked.slice(-1));
          }}
          error={error}
          autoFocus
        />
        <FormError error={merge.error} />
        <div className="actions dialog-actions">
          <button type="submit" className="primary" aria-disabled={merge.isPending}>
            {merge.isPending ? 'Merging…' : into[0] ? `Merge into ${into[0].name}` : 'Merge'}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
