import { formatDay } from '../../time';
import { useNow } from '../../use-now';
import { dateIn, instantToZonedLocal } from '../../zoned-time';

/** "14:05" on `zone`'s wall clock now, with the day when it differs from the user's. */
export function LocalClock({ zone, userZone }: { zone: string; userZone: string }) {
  const now = useNow();
  const local = instantToZonedLocal(now, zone);
  const date = local.slice(0, 10);
  const time = local.slice(11, 16);
  return (
    <time dateTime={local}>
      {time}
      {date !== dateIn(userZone, now) && ` ${formatDay(date)}`}
    </time>
  );
}
