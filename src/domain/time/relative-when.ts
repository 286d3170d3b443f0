import { Temporal } from 'temporal-polyfill';
import { DomainInputError } from '../input-error.js';
import { amountOf } from '../language/amount-words.js';
import { weekdayNamed } from './calendar-names.js';
import { epochMsOf, type InstantInput } from './instant.js';
import { requireTimeZone } from './time-zone.js';

// A logged conversation may carry a time a little ahead of the server's clock (another
// device, another zone's "today"), but not a day into the future.
const FUTURE_TOLERANCE_MS = 86_400_000;

// Bare "m" is not accepted: in durations it means months ("3m"), here it would mean minutes.
const AGO = /^(\d{1,4}|[a-z]+)\s*(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?)\s+ago$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;
const ISO_OFFSET_DATE_TIME = /^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}.*(?:z|[+-]\d{2}(?::?\d{2})?)$/;

interface Context {
  now: Temporal.Instant;
  zone: string;
  today: Temporal.PlainDate;
}

/**
 * The instant meant by "yesterday", "3 days ago", "2 hours ago", "last friday", an ISO date or
 * an ISO date-time (local to `zone` unless it has an offset), as an ISO instant string.
 */
export function parseRelativeWhen(input: string, now: InstantInput, zone: string): string {
  const instant = Temporal.Instant.fromEpochMilliseconds(epochMsOf(now));
  const timeZone = requireTimeZone(zone, 'zone');
  const context: Context = {
    now: instant,
    zone: timeZone,
    today: instant.toZonedDateTimeISO(timeZone).toPlainDate(),
  };
  const result = interpret(input.trim().toLowerCase(), context);
  if (!result) {
    throw new DomainInputError(
      'invalid_when',
      `Could not read "${input}" as a time. Try "yesterday", "3 days ago", "2 hours ago", "last friday", "2024-05-01" or "2024-05-01T14:30".`,
    );
  }
  if (result.epochMilliseconds - instant.epochMilliseconds > FUTURE_TOLERANCE_MS) {
    throw new DomainInputError(
      'when_in_future',
      `"${input}" is in the future; a conversation can be logged at most a day ahead.`,
    );
  }
  return result.toString();
}

function interpret(text: string, context: Context): Temporal.Instant | null {
  if (text === 'now' || text === 'just now' || text === 'today') return context.now;
  if (text === 'yesterday') return dayInstant(context.today.subtract({ days: 1 }), context);
  if (ISO_DATE.test(text)) {
    const date = safely(() => Temporal.PlainDate.from(text, { overflow: 'reject' }));
    return date ? dayInstant(date, context) : null;
  }
  if (ISO_LOCAL_DATE_TIME.test(text)) {
    return safely(() =>
      Temporal.PlainDateTime.from(text.replace(' ', 'T'), { overflow: 'reject' })
        .toZonedDateTime(context.zone)
        .toInstant(),
    );
  }
  if (ISO_OFFSET_DATE_TIME.test(text)) {
    return safely(() => Temporal.Instant.from(text.replace(' ', 'T').toUpperCase()));
  }
  return agoInstant(text, context) ?? weekdayInstant(text, context);
}

// A date alone means "some time that day": noon avoids landing on the neighbouring date when
// the zone is later corrected by a few hours, but never later than now for today.
function dayInstant(date: Temporal.PlainDate, context: Context): Temporal.Instant {
  const noon = date.toZonedDateTime({ timeZone: context.zone, plainTime: '12:00' }).toInstant();
  return Temporal.Instant.compare(noon, context.now) > 0 && date.equals(context.today)
    ? context.now
    : noon;
}

function agoInstant(text: string, context: Context): Temporal.Instant | null {
  const match = AGO.exec(text);
  if (!match) return null;
  const [, amountText = '', unit = ''] = match;
  const amount = amountOf(amountText);
  if (amount === undefined) return null;
  if (unit.startsWith('mi')) return context.now.subtract({ minutes: amount });
  if (unit.startsWith('h')) return context.now.subtract({ hours: amount });
  if (unit.startsWith('mo')) return dayInstant(context.today.subtract({ months: amount }), context);
  const days = unit.startsWith('w') ? amount * 7 : amount;
  return dayInstant(context.today.subtract({ days }), context);
}

// "friday" and "last friday" both mean the most recent Friday before today: on a Friday
// people say "today" for today.
function weekdayInstant(text: string, context: Context): Temporal.Instant | null {
  const name = text.replace(/^(last|on)\s+/, '');
  const weekday = weekdayNamed(name);
  if (weekday === null) return null;
  const back = ((context.today.dayOfWeek - weekday + 6) % 7) + 1;
  return dayInstant(context.today.subtract({ days: back }), context);
}

function safely<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch {
    return null;
  }
}
