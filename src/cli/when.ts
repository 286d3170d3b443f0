// Dates and times as people type them on the command line, resolved in the user's zone:
// "2026-05-01", "today", "tomorrow", "friday", "in 3 days", "3d" for what is ahead (promises,
// snoozes) and "yesterday", "3 days ago", "last friday" or an ISO time for what has happened.
import { Temporal } from 'temporal-polyfill';
import {
  amountOf,
  canonicalTimeZone,
  DomainInputError,
  type InstantInput,
  parseDuration,
  parseRelativeWhen,
  todayIn,
  WEEKDAY_NAMES,
  weekdayNamed,
} from '../domain/index';
import { CliError } from './errors';

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const IN_AMOUNT = /^in\s+(\d{1,4}|[a-z]+)\s+(days?|weeks?|fortnights?|months?)$/;

const HINT_AHEAD =
  'Try 2026-05-01, "today", "tomorrow", "friday", "next monday", "in 3 days", "in 2 weeks" or 3d.';

/** The zone's IANA name, or a CliError naming the flag. */
export function requireZone(zone: string, flag = '--tz'): string {
  const canonical = canonicalTimeZone(zone.trim());
  if (!canonical) {
    throw new CliError(
      `${flag} "${zone}" is not a time zone; use an IANA name such as Europe/Berlin.`,
    );
  }
  return canonical;
}

/** A real calendar date `YYYY-MM-DD`, or null. */
export function isoDate(text: string): string | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  try {
    return Temporal.PlainDate.from(
      { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
      { overflow: 'reject' },
    ).toString();
  } catch {
    return null;
  }
}

/**
 * A day from today on, as `YYYY-MM-DD` in `zone`: an ISO date, "today", "tomorrow", a weekday
 * ("friday", "next friday": the next one after today), "next week" (a week from today),
 * "in 3 days", "in two weeks", "in 1 month", or a duration such as "3d" or "2w".
 */
export function parseDateAhead(input: string, now: InstantInput, zone: string): string {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = Temporal.PlainDate.from(todayIn(zone, now));
  const result = interpretAhead(text, today);
  if (result === null) throw new CliError(`Could not read "${input}" as a date. ${HINT_AHEAD}`);
  return result;
}

function interpretAhead(text: string, today: Temporal.PlainDate): string | null {
  if (ISO_DATE.test(text)) {
    const date = isoDate(text);
    if (!date) return null;
    return date;
  }
  if (text === 'today' || text === 'tonight' || text === 'eod') return today.toString();
  if (text === 'tomorrow' || text === 'tmrw') return today.add({ days: 1 }).toString();
  if (text === 'next week') return today.add({ days: 7 }).toString();
  if (text === 'next month') return today.add({ months: 1 }).toString();
  const weekdayName = text.replace(/^(next|this|on|by|coming)\s+/, '');
  const weekday = weekdayNamed(weekdayName);
  if (weekday !== null) {
    const ahead = ((weekday - today.dayOfWeek + 6) % 7) + 1;
    return today.add({ days: ahead }).toString();
  }
  const inAmount = IN_AMOUNT.exec(text);
  if (inAmount) {
    const [, amountText = '', unitText = ''] = inAmount;
    const amount = amountOf(amountText);
    if (amount === undefined) return null;
    const unit = unitText.replace(/s$/, '');
    if (unit === 'month') return today.add({ months: amount }).toString();
    return today.add({ days: amount * (UNIT_DAYS[unit] ?? 1) }).toString();
  }
  if (/^\d/.test(text)) {
    try {
      return today.add({ days: parseDuration(text) }).toString();
    } catch {
      return null;
    }
  }
  return null;
}

/** The instant meant by "now", "3 days ago", "yesterday", an ISO date or time, in `zone`. */
export function parseWhen(input: string, now: InstantInput, zone: string): string {
  try {
    return parseRelativeWhen(input, now, zone);
  } catch (error) {
    if (error instanceof DomainInputError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * A day that has happened or is coming (an event, a favor): an ISO date, words for days ahead
 * ("tomorrow", "in 3 days"), or words for days past ("yesterday", "3 days ago", "friday",
 * meaning the last one), as `YYYY-MM-DD` in `zone`.
 */
export function parseDay(input: string, now: InstantInput, zone: string): string {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = Temporal.PlainDate.from(todayIn(zone, now));
  if (ISO_DATE.test(text)) {
    const date = isoDate(text);
    if (!date) throw new CliError(`"${input}" is not a date on the calendar.`);
    return date;
  }
  if (/^(tomorrow|tmrw|next |in )/.test(text)) {
    const ahead = interpretAhead(text, today);
    if (ahead) return ahead;
  }
  try {
    const instant = parseRelativeWhen(text, now, zone);
    return todayIn(zone, instant);
  } catch (error) {
    if (error instanceof DomainInputError) {
      throw new CliError(
        `Could not read "${input}" as a date. Try 2026-05-01, "today", "yesterday", "3 days ago", "last friday" or "tomorrow".`,
      );
    }
    throw error;
  }
}

/** Whole days from `today` to `date`, both `YYYY-MM-DD` (negative for the past). */
export function daysBetween(today: string, date: string): number {
  return Temporal.PlainDate.from(today).until(Temporal.PlainDate.from(date), {
    largestUnit: 'days',
  }).days;
}

/**
 * A date as people say it relative to today: "today", "tomorrow", "yesterday", "Friday"
 * (within the week ahead), "3 days ago", else "Mon 2026-05-04".
 */
export function describeDay(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  const plain = Temporal.PlainDate.from(date);
  const Weekday = WEEKDAY_NAMES[plain.dayOfWeek - 1]!;
  if (diff > 1 && diff < 7) return `${Weekday} ${date}`;
  if (diff < 0 && diff > -46) return `${-diff} days ago`;
  return `${Weekday.slice(0, 3)} ${date}`;
}

/** When an instant happened, as a day relative to today in `zone` ("3 days ago"). */
export function describeInstant(iso: string, now: InstantInput, zone: string): string {
  return describeDay(todayIn(zone, iso), todayIn(zone, now));
}

/** Birthday as the API takes it: `YYYY-MM-DD` or `MM-DD`, checked against the calendar. */
export function parseBirthday(input: string): string {
  const text = input.trim();
  const full = ISO_DATE.test(text) ? isoDate(text) : null;
  if (full) return full;
  const short = /^(?:--)?(\d{2})-(\d{2})$/.exec(text);
  if (short) {
    const month = Number(short[1]);
    const day = Number(short[2]);
    // A leap year admits 29 February when the year is unknown.
    const fits =
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= Temporal.PlainDate.from({ year: 2000, month, day: 1 }).daysInMonth;
    if (fits) return `${short[1]}-${short[2]}`;
  }
  throw new CliError(
    `--birthday "${input}" is not a date on the calendar; use YYYY-MM-DD or MM-DD (e.g. 1990-04-17 or 04-17).`,
  );
}
