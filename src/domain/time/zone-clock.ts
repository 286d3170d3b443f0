import { Temporal } from 'temporal-polyfill';
import { DAY_MS } from './epoch-day.js';

// A Temporal offset lookup costs tens of microseconds, too much per person when ranking
// thousands. Offsets change a few times a year, so they are resolved once per 16-day span
// and the one transition inside a span, if any, is located once. This assumes no zone has
// two transitions in one span that cancel out; spans with two transitions fall back to
// exact lookups.
const SPAN_MS = 16 * DAY_MS;

// Caches stay bounded whatever instants or zones callers throw at them.
const MAX_SPANS_PER_ZONE = 20_000;
const MAX_CLOCKS = 64;
const clocks = new Map<string, ZoneClock>();

type Span = { offset: number } | { before: number; after: number; at: number } | 'exact';

/** Wall-clock arithmetic in one zone, cheap enough to call for every person on every request. */
export interface ZoneClock {
  readonly zone: string;
  /** The zone's UTC offset in milliseconds at an instant. */
  offsetMs(epochMs: number): number;
  /** Milliseconds since 1970-01-01T00:00 on the zone's wall clock. */
  wallMs(epochMs: number): number;
  /** The zone's calendar date at an instant, as days since 1970-01-01. */
  localEpochDay(epochMs: number): number;
}

/**
 * The shared ZoneClock of a valid zone. Offsets are facts of the time zone database, so what
 * one request resolved serves the next; this is what keeps a 5,000-person agenda fast.
 */
export function zoneClockFor(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    if (clocks.size >= MAX_CLOCKS) clocks.delete(clocks.keys().next().value!);
    clock = createZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/** Builds a fresh ZoneClock for a zone already known to be valid. */
export function createZoneClock(zone: string): ZoneClock {
  const boundaryOffsets = new Map<number, number>();
  const spans = new Map<number, Span>();

  const zonedAt = (epochMs: number) =>
    Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  const exactOffset = (epochMs: number) => zonedAt(epochMs).offsetNanoseconds / 1e6;

  const boundaryOffset = (index: number): number => {
    let offset = boundaryOffsets.get(index);
    if (offset === undefined) {
      offset = exactOffset(index * SPAN_MS);
      boundaryOffsets.set(index, offset);
    }
    return offset;
  };

  const resolveSpan = (index: number): Span => {
    const before = boundaryOffset(index);
    const after = boundaryOffset(index + 1);
    if (before === after) return { offset: before };
    const spanEnd = (index + 1) * SPAN_MS;
    const transition = zonedAt(index * SPAN_MS).getTimeZoneTransition('next');
    if (!transition || transition.epochMilliseconds > spanEnd) return 'exact';
    const following = transition.getTimeZoneTransition('next');
    if (following && following.epochMilliseconds <= spanEnd) return 'exact';
    return { before, after: transition.offsetNanoseconds / 1e6, at: transition.epochMilliseconds };
  };

  const offsetMs = (epochMs: number): number => {
    const index = Math.floor(epochMs / SPAN_MS);
    let span = spans.get(index);
    if (span === undefined) {
      span = resolveSpan(index);
      if (spans.size >= MAX_SPANS_PER_ZONE) spans.clear();
      spans.set(index, span);
    }
    if (span === 'exact') return exactOffset(epochMs);
    if ('offset' in span) return span.offset;
    return epochMs >= span.at ? span.after : span.before;
  };

  const wallMs = (epochMs: number) => epochMs + offsetMs(epochMs);

  return {
    zone,
    offsetMs,
    wallMs,
    localEpochDay: (epochMs) => Math.floor(wallMs(epochMs) / DAY_MS),
  };
}
