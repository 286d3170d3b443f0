import { useId, useState } from 'react';
import type { TodayCard } from '../../api/today-types';
import { Agenda } from './agenda';

/**
 * "N more can wait": Today shows a few cards on purpose; the rest (what did not fit, work held
 * until the next working day, people on a public holiday) opens on request.
 */
export function LaterCards({ cards, onWrapUp }: { cards: TodayCard[]; onWrapUp: () => void }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (cards.length === 0) return null;
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
        {open && <Agenda items={cards} onWrapUp={onWrapUp} label="Can wait" pageKeys={false} />}
      </div>
    </div>
  );
}
