import { useId, useState } from 'react';
import { useSetTodayLimit } from '../../api/today';
import { TODAY_LIMITS, type TodayCard } from '../../api/today-types';
import { FormError } from '../form-messages';
import { Agenda } from './agenda';

/**
 * "N more can wait": Today shows a few cards on purpose; the rest (what did not fit, work held
 * until the next working day, people on a public holiday) opens on request, with the choice of
 * how many cards Today shows.
 */
export function LaterCards({
  cards,
  limit,
  onWrapUp,
}: {
  cards: TodayCard[];
  limit: number;
  onWrapUp: () => void;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const setLimit = useSetTodayLimit();
  if (cards.length === 0) return null;
  const choices = [...new Set([...TODAY_LIMITS, limit])].sort((a, b) => a - b);
  return (
    <div className="later-cards">
      <button
        type="button"
        className="more-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? `Hide the ${cards.length} that can wait` : `${cards.length} more can wait`}
      </button>
      <div id={id} hidden={!open}>
        {open && (
          <>
            <Agenda items={cards} onWrapUp={onWrapUp} label="Can wait" pageKeys={false} />
            <label className="today-limit">
              Cards on Today{' '}
              <select
                value={limit}
                disabled={setLimit.isPending}
                onChange={(event) => setLimit.mutate(Number(event.target.value))}
              >
                {choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            </label>
            <FormError error={setLimit.error} />
          </>
        )}
      </div>
    </div>
  );
}
