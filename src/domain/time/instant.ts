import { Temporal } from 'temporal-polyfill';
import { DomainInputError } from '../input-error.js';
import { DAY_MS, daysInMonth, epochDayFromYmd } from './epoch-day.js';

/** An instant as an ISO string with a UTC offset (`…Z`, `…+02:00`) or a Temporal.Instant. */
export type InstantInput = string | Temporal.Instant;

// Temporal.Instant.from costs microseconds and Date.parse is lenient (it rolls 30 February
// over into March and reads offset-less strings in the host's zone). Agenda ranking reads
// thousands of instants, so the common exact shape is parsed here by character codes;
// anything else goes to Temporal, which either understands it or refuses it.
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Epoch milliseconds of an instant; throws DomainInputError for strings without an offset. */
export function epochMsOf(value: InstantInput): number {
  if (typeof value !== 'string') return value.epochMilliseconds;
  const ms = parsePlainIsoInstant(value);
  return Number.isNaN(ms) ? toInstant(value).epochMilliseconds : ms;
}

// YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM), or NaN.
function parsePlainIsoInstant(value: string): number {
  const length = value.length;
  if (length < 17 || length > 35 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const t = value.charCodeAt(10);
  if ((t !== 84 && t !== 116) || value.charCodeAt(13) !== 58) return Number.NaN;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return Number.NaN;
  }
  if (!(hour <= 23 && minute <= 59)) return Number.NaN;

  let offsetMs: number;
  let end: number;
  const last = value.charCodeAt(length - 1);
  if (last === 90 || last === 122) {
    offsetMs = 0;
    end = length - 1;
  } else {
    const sign = value.charCodeAt(length - 6);
    if ((sign !== 43 && sign !== 45) || value.charCodeAt(length - 3) !== 58) return Number.NaN;
    const offsetHours = digits(value, length - 5, 2);
    const offsetMinutes = digits(value, length - 2, 2);
    if (!(offsetHours <= 23 && offsetMinutes <= 59)) return Number.NaN;
    offsetMs = (sign === 45 ? -1 : 1) * (offsetHours * HOUR_MS + offsetMinutes * MINUTE_MS);
    end = length - 6;
  }

  let seconds = 0;
  let fractionMs = 0;
  if (end > 16) {
    if (value.charCodeAt(16) !== 58 || end < 19) return Number.NaN;
    seconds = digits(value, 17, 2);
    if (!(seconds <= 59)) return Number.NaN;
    if (end > 19) {
      if (value.charCodeAt(19) !== 46 || end === 20) return Number.NaN;
      const fraction = digits(value, 20, Math.min(end - 20, 3));
      const rest = end - 23 > 0 ? digits(value, 23, end - 23) : 0;
      if (Number.isNaN(fraction) || Number.isNaN(rest)) return Number.NaN;
      fractionMs = fraction * 10 ** (3 - Math.min(end - 20, 3));
    }
  } else if (end !== 16) {
    return Number.NaN;
  }
  return (
    epochDayFromYmd(year, month, day) * DAY_MS +
    hour * HOUR_MS +
    minute * MINUTE_MS +
    seconds * 1000 +
    fractionMs -
    offsetMs
  );
}

function digits(value: string, start: number, count: number): number {
  let result = 0;
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    result = result * 10 + digit;
  }
  return result;
}

/** A Temporal.Instant from either form; throws DomainInputError for strings without an offset. */
export function toInstant(value: InstantInput): Temporal.Instant {
  if (typeof value !== 'string') return value;
  try {
    return Temporal.Instant.from(value);
  } catch {
    throw new DomainInputError(
      'invalid_instant',
      `"${value}" is not an instant: use an ISO date-time with a UTC offset, like 2024-05-01T09:30:00Z.`,
    );
  }
}
