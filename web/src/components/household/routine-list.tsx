import { usePeople } from '../../api/people';
import type { Routine } from '../../api/place-types';
import { useDeleteRoutine } from '../../api/routines';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';
import { peopleNames } from '../routine-people';
import { HOME_KIND_LABELS, HOME_KINDS, type HomeKind } from './routine-form';

const BY = { me: 'by you', them: 'by them', both: 'together' } as const;

/** The household's routines, agreements and date nights, by kind. */
export function RoutineList({ routines }: { routines: Routine[] }) {
  const people = usePeople();
  const remove = useDeleteRoutine();
  const home = routines.filter((routine) => routine.kind !== 'visit');
  if (home.length === 0) {
    return <p className="empty">Nothing yet: add a walk, a chore you share, or a date night.</p>;
  }
  return (
    <>
      <FormError error={remove.error} />
      {HOME_KINDS.map((kind: HomeKind) => {
        const ofKind = home.filter((routine) => routine.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} className="routine-group">
            <h3>{HOME_KIND_LABELS[kind]}s</h3>
            <ul className="item-list" aria-label={`${HOME_KIND_LABELS[kind]}s`}>
              {ofKind.map((routine) => {
                const names = peopleNames(routine.personIds, people.data);
                return (
                  <li key={routine.id} className="item-row">
                    <div>
                      <span className="item-text">{routine.title}</span>
                      <p className="hint">
                        {routine.description}
                        {names && ` · with ${names}`}
                        {routine.assignee && ` · ${BY[routine.assignee]}`}
                      </p>
                    </div>
                    <ConfirmButton
                      label="Delete"
                      ariaLabel={`Delete: ${routine.title}`}
                      question="Delete it?"
                      confirmLabel="Delete"
                      onConfirm={() => remove.mutate(routine.id)}
                    />
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </>
  );
}
