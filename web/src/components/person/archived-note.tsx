import { useArchivePerson } from '../../api/people';
import type { Person } from '../../api/people-types';
import { useCurrentUser } from '../../current-user';
import { formatDate } from '../../time';
import { dateIn } from '../../zoned-time';
import { FormError } from '../form-messages';
import { useNotice } from '../notice';

/**
 * On an archived person's page: since when, and the way back. Everything else on the page stays
 * as it was; the person is only missing from the lists, Today and search.
 */
export function ArchivedNote({ person }: { person: Person }) {
  const { timeZone } = useCurrentUser();
  const notice = useNotice();
  const restore = useArchivePerson();
  if (!person.archivedAt) return null;
  return (
    <div className="card archived-note" role="status">
      <p>
        Archived on {formatDate(dateIn(timeZone, person.archivedAt))} —{' '}
        <button
          type="button"
          className="primary"
          disabled={restore.isPending}
          onClick={() =>
            restore.mutate(
              { id: person.id, archive: false },
              { onSuccess: () => notice(`${person.name} is back among your people.`) },
            )
          }
        >
          Restore
        </button>
      </p>
      <p className="hint">
        Not on People, Today or in search. Everything you know about {person.name} stays here.
      </p>
      <FormError error={restore.error} />
    </div>
  );
}
