import { DomainInputError } from '../input-error.js';
import {
  daysInMonth,
  epochDayFromYmd,
  isoDateFromEpochDay,
  weekdayOfEpochDay,
  ymdFromEpochDay,
} from '../time/epoch-day.js';
import { epochMsOf, type InstantInput } from '../time/instant.js';
import { requireTimeZone } from '../time/time-zone.js';
import { zoneClockFor } from '../time/zone-clock.js';
import { dateInWords, monthInWords, rangeInWords, requireDay } from './dates.js';
import type { Period } from './types.js';

/** Which calendar period: the one containing today, or the full one before it. */
export type PeriodWhich = 'current' | 'previous';

/** The week (Monday–Sunday) or calendar month containing `now` in `zone`, or the one before. */
export function periodFor(
  kind: 'week' | 'month',
  now: InstantInput,
  zone: string,
  which: PeriodWhich = 'current',
): Period {
  if (kind !== 'week' && kind !== 'month') {
    throw new DomainInputError('invalid_period', `Period "${kind}" is not week or month.`);
  }
  if (which !== 'current' && which !== 'previous') {
    throw new DomainInputError('invalid_period', `Use current or previous, not "${which}".`);
  }
  const clock = zoneClockFor(requireTimeZone(zone, 'zone'));
  const today = clock.localEpochDay(epochMsOf(now));
  if (kind === 'week') {
    const monday = today - (weekdayOfEpochDay(today) - 1) - (which === 'previous' ? 7 : 0);
    return weekPeriod(monday);
  }
  let { year, month } = ymdFromEpochDay(today);
  if (which === 'previous') {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return monthPeriod(year, month);
}

// A range that is exactly one Monday–Sunday week or one calendar month gets that kind and label.
/** A period from explicit `--from`/`--to` dates (`YYYY-MM-DD`, both inclusive, from ≤ to). */
export function periodFromRange(from: string, to: string): Period {
  const start = requireDay(from, 'from');
  const end = requireDay(to, 'to');
  if (start > end) {
    throw new DomainInputError(
      'invalid_range',
      `from (${isoDateFromEpochDay(start)}) is after to (${isoDateFromEpochDay(end)}).`,
    );
  }
  if (end - start === 6 && weekdayOfEpochDay(start) === 1) return weekPeriod(start);
  const a = ymdFromEpochDay(start);
  const b = ymdFromEpochDay(end);
  if (a.day === 1 && a.year === b.year && a.month === b.month) {
    if (b.day === daysInMonth(b.year, b.month)) return monthPeriod(a.year, a.month);
  }
  return {
    kind: 'custom',
    start: isoDateFromEpochDay(start),
    end: isoDateFromEpochDay(end),
    label: rangeInWords(start, end),
  };
}

function weekPeriod(monday: number): Period {
  return {
    kind: 'week',
    start: isoDateFromEpochDay(monday),
    end: isoDateFromEpochDay(monday + 6),
    label: `Week of ${dateInWords(monday)}`,
  };
}

function monthPeriod(year: number, month: number): Period {
  const first = epochDayFromYmd(year, month, 1);
  return {
    kind: 'month',
    start: isoDateFromEpochDay(first),
    end: isoDateFromEpochDay(first + daysInMonth(year, month) - 1),
    label: monthInWords(year, month),
  };
}
