import { useState } from 'react';
import { useArchivePerson, useDeletePerson, useUpdatePerson } from '../../api/people';
import type { Person } from '../../api/people-types';
import { useCurrentUser } from '../../current-user';
import { Link, navigate } from '../../router';
import { formatDate } from '../../time';
import { addDays, dateIn } from '../../zoned-time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';
import { useQuickLog } from '../quick-log';
import { MergeDialog } from './merge-dialog';

/** Log, edit, pause or resume, snooze or wake, merge, archive (restore: ArchivedNote), delete. */
export function PersonActions({ person }: { person: Person }) {
  const { timeZone } = useCurrentUser();
  const openLog = useQuickLog();
  const notice = useNotice();
  const update = useUpdatePerson();
  const remove = useDeletePerson();
  const archive = useArchivePerson();
  const today = dateIn(timeZone);
  const snoozed = person.snoozedUntil !== null && person.snoozedUntil >= today;
  const [merging, setMerging] = useState(false);

  function change(patch: { paused?: boolean; snoozedUntil?: string | null }, message: string) {
    update.mutate({ id: person.id, change: patch }, { onSuccess: () => notice(message) });
  }

  return (
    <div className="person-actions">
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => openLog({ people: [{ id: person.id, name: person.name }] })}
        >
          Log conversation
        </button>
        <Link to={`/people/${encodeURIComponent(person.id)}/edit`} className="button">
          Edit
        </Link>
        <button
          type="button"
          disabled={update.isPending}
          onClick={() =>
            person.paused
              ? change({ paused: false }, `${person.name} is back on Today.`)
              : change({ paused: true }, `Paused: no reminders for ${person.name}.`)
          }
        >
          {person.paused ? 'Resume' : 'Pause'}
        </button>
        {snoozed ? (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => change({ snoozedUntil: null }, `${person.name} is no longer snoozed.`)}
          >
            End snooze
          </button>
        ) : (
          <button
            type="button"
            disabled={update.isPending}
            onClick={() => {
              const until = addDays(today, 3);
              change(
                { snoozedUntil: until },
                `Snoozed ${person.name} until ${formatDate(until, { weekday: true })}.`,
              );
            }}
          >
            Snooze 3 days
          </button>
        )}
        <button type="button" onClick={() => setMerging(true)}>
          Merge into…
        </button>
        {!person.archivedAt && (
          <button
            type="button"
            disabled={archive.isPending}
            onClick={() =>
              archive.mutate(
                { id: person.id, archive: true },
                {
                  onSuccess: () =>
                    notice(`Archived ${person.name}: off People, Today and search, all kept.`),
                },
              )
            }
          >
            Archive
          </button>
        )}
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${person.name}`}
          question={`Delete ${person.name} and everything logged about them?`}
          confirmLabel="Delete"
          onConfirm={() =>
            remove.mutate(person.id, {
              onSuccess: () => {
                notice(`Deleted ${person.name}.`);
                navigate('/people');
              },
            })
          }
        />
      </div>
      <FormError error={update.error ?? remove.error ?? archive.error} />
      {merging && <MergeDialog person={person} onClose={() => setMerging(false)} />}
    </div>
  );
}
