import { errorMessage } from '../../api/client';
import { useMarkRoutine } from '../../api/routines';
import { formatDay } from '../../time';
import { useNotice } from '../notice';

/** A line of Today: what the routine buttons need of it. */
interface RoutineLine {
  kind: string;
  title: string;
  refId?: string;
}

/** Office visits and household routines on Today: done or skipped for today only. */
export const isRoutineItem = (item: RoutineLine) =>
  (item.kind === 'routine' || item.kind === 'visit') && Boolean(item.refId);

/** "Done" and "Skip this time" for today's occurrence of a routine; the other dates stay. */
export function RoutineActions({ item, focusable }: { item: RoutineLine; focusable: boolean }) {
  const mark = useMarkRoutine();
  const notice = useNotice();
  const act = (status: 'done' | 'skipped') =>
    mark.mutate(
      { id: item.refId!, status },
      {
        onSuccess: ({ date, routine }) =>
          notice(
            `${routine.title}: ${status === 'done' ? 'done' : 'skipped'} for ${formatDay(date)}. The other dates stay.`,
          ),
        onError: (error) => notice(`Couldn’t mark it: ${errorMessage(error)}`),
      },
    );
  return (
    <>
      <button
        type="button"
        tabIndex={focusable ? 0 : -1}
        aria-label={`Done: ${item.title}`}
        disabled={mark.isPending}
        onClick={() => act('done')}
      >
        Done
      </button>
      <button
        type="button"
        tabIndex={focusable ? 0 : -1}
        aria-label={`Skip this time: ${item.title}`}
        disabled={mark.isPending}
        onClick={() => act('skipped')}
      >
        Skip this time
      </button>
    </>
  );
}
