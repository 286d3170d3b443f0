// Wall-clock times to instants, fast. ical.js converts zoned times through its VTIMEZONE model,
// which costs a few hundred microseconds per conversion: a calendar of 3,000 events with weekly
// series needs tens of thousands, so known zones use a table of offset changes built once per
// process from the platform's IANA data (Temporal), searched by bisection.
import { Temporal } from 'temporal-polyfill';

/** A wall-clock time written as if it were UTC: Date.UTC(year, month - 1, day, hour, …). */
export type WallMs = number;

export interface ZoneRule {
  /** The instant a wall-clock time names (in a DST gap or overlap: the nearest sensible one). */
  toInstant(wall: WallMs): number;
  /** The offset from UTC in force at an instant, in milliseconds. */
  offsetAt(instant: number): number;
}

export const UTC_RULE: ZoneRule = { toInstant: (wall) => wall, offsetAt: () => 0 };

/** Changes are tabled over this span; outside it the nearest offset holds. */
const TABLE_FROM = Date.UTC(1990, 0, 1);
const TABLE_TO = Date.UTC(2050, 0, 1);

const RULES = new Map<string, ZoneRule>();

/** The rule of an IANA zone (already validated by the caller). */
export function ianaRule(iana: string): ZoneRule {
  const known = RULES.get(iana);
  if (known) return known;
  const instants: number[] = [];
  const offsets: number[] = [];
  let zoned = Temporal.Instant.fromEpochMilliseconds(TABLE_FROM).toZonedDateTimeISO(iana);
  const first = zoned.offsetNanoseconds / 1e6;
  for (let count = 0; count < 1000; count++) {
    const next = zoned.getTimeZoneTransition('next');
    if (!next || next.epochMilliseconds > TABLE_TO) break;
    instants.push(next.epochMilliseconds);
    offsets.push(next.offsetNanoseconds / 1e6);
    zoned = next;
  }
  const offsetAt = (instant: number) => {
    let low = 0;
    let high = instants.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((instants[middle] as number) <= instant) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? first : (offsets[low - 1] as number);
  };
  const rule = fromOffsets(offsetAt);
  RULES.set(iana, rule);
  return rule;
}

/** A rule from any offset function (ical.js zones that IANA does not know use this). */
export function fromOffsets(offsetAt: (instant: number) => number): ZoneRule {
  return {
    offsetAt,
    toInstant(wall) {
      // Guess with the offset at the wall time read as UTC, then correct once with the offset
      // in force at the guess: exact outside transitions, the later offset inside a gap.
      const guess = wall - offsetAt(wall);
      return wall - offsetAt(guess);
    },
  };
}
